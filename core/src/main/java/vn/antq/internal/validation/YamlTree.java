package vn.antq.internal.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read with the line and column of every key and value, so that a problem points at the author's
 * text. A key written twice in a mapping is reported.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** A value: a mapping (entries), a list (items) or a scalar (a String, BigDecimal, Boolean or null). */
    record Node(Pos at, Map<String, Entry> entries, List<Node> items, Object scalar, boolean isScalar) {

        boolean isMap() {
            return entries != null;
        }

        boolean isList() {
            return items != null;
        }

        /** @return the entry's value, or null */
        Node get(String key) {
            Entry e = entries == null ? null : entries.get(key);
            return e == null ? null : e.value();
        }

        /** @return the scalar as text, or null when it is not a scalar or is null */
        String text() {
            return isScalar && scalar != null ? String.valueOf(scalar) : null;
        }

        /** @return how the value reads in a message */
        String shown() {
            if (isMap()) {
                return "{…}";
            }
            if (isList()) {
                return "[…]";
            }
            return scalar == null ? "null" : scalar instanceof BigDecimal d ? d.toPlainString() : String.valueOf(scalar);
        }
    }

    /** A mapping's entry: the key's position and the value. */
    record Entry(String key, Pos at, Node value) {
    }

    private YamlTree() {
    }

    /** @return the document's root, or null when it does not parse (the problem is reported) */
    static Node read(SourceText source, Diagnostics diagnostics) {
        try (JsonParser parser = FACTORY.createParser(source.text())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Node(new Pos(source.file(), 1, 1), new LinkedHashMap<>(), null, null, false);
            }
            return node(parser, source, diagnostics);
        } catch (JsonProcessingException e) {
            Pos at = pos(source.file(), e.getLocation());
            String why = e.getOriginalMessage().lines().findFirst().orElse("");
            diagnostics.error("YAML-SYNTAX", at, source.line(at.line()).trim(),
                    "Tệp YAML không đọc được (" + why + "). Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu "
                            + "hai chấm sau tên trường và dấu ngoặc kép đóng mở.",
                    "The YAML file does not parse (" + why + "). Check the indentation (spaces, not tabs), the colon "
                            + "after each key and matching quotes.");
            return null;
        } catch (IOException e) {
            diagnostics.error("FILE-READ", Pos.file(source.file()), "", "Không đọc được tệp: " + e.getMessage(),
                    "Cannot read the file: " + e.getMessage());
            return null;
        }
    }

    private static Node node(JsonParser parser, SourceText source, Diagnostics diagnostics) throws IOException {
        Pos at = pos(source.file(), parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Pos keyAt = pos(source.file(), parser.currentTokenLocation());
                    parser.nextToken();
                    Node value = node(parser, source, diagnostics);
                    if (entries.containsKey(key)) {
                        diagnostics.error("YAML-DUPLICATE-KEY", keyAt, key,
                                "Trường \"" + key + "\" được viết hai lần trong cùng một khối; xóa một lần.",
                                "Key \"" + key + "\" is written twice in the same mapping; remove one.");
                    }
                    entries.put(key, new Entry(key, keyAt, value));
                }
                return new Node(at, entries, null, null, false);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, source, diagnostics));
                }
                return new Node(at, null, items, null, false);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(at, null, null, new BigDecimal(parser.getText()), true);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(at, null, null, token == JsonToken.VALUE_TRUE, true);
            }
            case VALUE_NULL -> {
                return new Node(at, null, null, null, true);
            }
            default -> {
                return new Node(at, null, null, parser.getText(), true);
            }
        }
    }

    private static Pos pos(String file, JsonLocation location) {
        return location == null ? Pos.file(file) : new Pos(file, Math.max(0, location.getLineNr()),
                Math.max(0, location.getColumnNr()));
    }
}
