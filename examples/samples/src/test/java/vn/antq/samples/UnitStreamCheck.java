package vn.antq.samples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An output stream that parses what is written to it as it arrives, keeping only counts and the ids seen: it checks a
 * dataset of any size without holding its text. It counts units by kind and notes duplicate ids and parents not
 * listed before their children.
 */
final class UnitStreamCheck extends OutputStream {
    private final JsonParser parser;
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final Set<String> ids = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private String field;
    private long bytes;

    UnitStreamCheck() throws IOException {
        parser = new JsonFactory().createNonBlockingByteArrayParser();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        bytes += len;
        ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(Arrays.copyOfRange(b, off, off + len), 0,
                len);
        for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.NOT_AVAILABLE;
             token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME) {
                field = parser.currentName();
                continue;
            }
            if (token == JsonToken.VALUE_STRING && field != null) {
                switch (field) {
                    case "kind" -> kinds.merge(parser.getText(), 1, Integer::sum);
                    case "id" -> {
                        if (!ids.add(parser.getText())) {
                            problems.add("duplicate id " + parser.getText());
                        }
                    }
                    case "parent" -> {
                        if (!ids.contains(parser.getText())) {
                            problems.add("parent " + parser.getText() + " not listed before its child");
                        }
                    }
                    default -> {
                    }
                }
            }
            field = null;
        }
    }

    /** @return the number of units of each kind */
    Map<String, Integer> kinds() {
        return kinds;
    }

    /** @return duplicate ids and parents listed late, empty if none */
    List<String> problems() {
        return problems;
    }

    /** @return the number of bytes written */
    long bytes() {
        return bytes;
    }
}
