package vn.antq.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

import java.io.IOException;

/**
 * Lays a dataset out with one top-level field per line, indented by two spaces, and one unit or campaign per line,
 * indented by four; everything inside a unit is compact. A campaign's participation is the exception: its entries
 * come one per line, indented by six, and the array closes on a line of its own. The file stays small and reads well
 * in a diff.
 */
final class UnitPerLineLayout implements PrettyPrinter {
    /** The nesting depth of the document's object. */
    private static final int DOCUMENT = 1;
    /** The nesting depth of its arrays ({@code units}, {@code campaigns}). */
    private static final int LISTS = 2;
    /** The nesting depth of a campaign's {@code participation} array. */
    private static final int PARTICIPATION = 4;

    @Override
    public void writeRootValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator gen) throws IOException {
        gen.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator gen) throws IOException {
        if (depth(gen) == DOCUMENT) {
            gen.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(depth(gen) == DOCUMENT ? ": " : ":");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(depth(gen) == DOCUMENT ? ",\n  " : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator gen, int nrOfEntries) throws IOException {
        gen.writeRaw(depth(gen) == DOCUMENT && nrOfEntries > 0 ? "\n}" : "}");
    }

    @Override
    public void writeStartArray(JsonGenerator gen) throws IOException {
        gen.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator gen) throws IOException {
        if (depth(gen) == LISTS) {
            gen.writeRaw("\n    ");
        } else if (inParticipation(gen)) {
            gen.writeRaw("\n      ");
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(depth(gen) == LISTS ? ",\n    " : inParticipation(gen) ? ",\n      " : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int nrOfValues) throws IOException {
        if (nrOfValues > 0 && depth(gen) == LISTS) {
            gen.writeRaw("\n  ]");
        } else if (nrOfValues > 0 && inParticipation(gen)) {
            gen.writeRaw("\n    ]");
        } else {
            gen.writeRaw(']');
        }
    }

    private static int depth(JsonGenerator gen) {
        return gen.getOutputContext().getNestingDepth();
    }

    /** @return whether the array being written is a campaign's {@code participation} (units have no such field) */
    private static boolean inParticipation(JsonGenerator gen) {
        return depth(gen) == PARTICIPATION
                && "participation".equals(gen.getOutputContext().getParent().getCurrentName());
    }
}
