package vn.antq.samples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

import java.io.IOException;

/**
 * Lays a dataset out with one top-level field per line, indented by two spaces, and one unit per line, indented by
 * four; everything inside a unit is compact. The file stays small and reads well in a diff.
 */
final class UnitPerLineLayout implements PrettyPrinter {
    /** The nesting depth of the document's object. */
    private static final int DOCUMENT = 1;
    /** The nesting depth of its arrays ({@code units}, {@code campaigns}). */
    private static final int LISTS = 2;

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
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(depth(gen) == LISTS ? ",\n    " : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int nrOfValues) throws IOException {
        gen.writeRaw(depth(gen) == LISTS && nrOfValues > 0 ? "\n  ]" : "]");
    }

    private static int depth(JsonGenerator gen) {
        return gen.getOutputContext().getNestingDepth();
    }
}
