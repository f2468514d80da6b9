package vn.antq.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a tree that remembers where each node starts: a member by its key, an element of a
 * list by its first character. Paths are JSON pointers ({@code /cases/0/expect/units}). A repeated key is an error.
 */
final class YamlTree {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> where;

    private YamlTree(String file, JsonNode root, Map<String, int[]> where) {
        this.file = file;
        this.root = root;
        this.where = where;
    }

    /**
     * @param file the file's name for problems
     * @param in   its UTF-8 text
     * @return the tree
     * @throws ScenarioFormatException when it is not YAML, or a key is repeated
     */
    static YamlTree read(String file, InputStream in) {
        Map<String, int[]> where = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioFormatException(List.of(new ScenarioProblem(file, 1, 1,
                        "tệp rỗng / the file is empty")));
            }
            where.put("", position(parser.currentTokenLocation()));
            return new YamlTree(file, node(file, parser, "", where), where);
        } catch (JsonProcessingException e) {
            int[] at = position(e.getLocation());
            throw new ScenarioFormatException(List.of(new ScenarioProblem(file, at[0], at[1],
                    "YAML không hợp lệ / malformed YAML: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new ScenarioFormatException(List.of(new ScenarioProblem(file, 0, 0,
                    "không đọc được tệp / cannot read the file: " + e.getMessage())));
        }
    }

    private static JsonNode node(String file, JsonParser parser, String path, Map<String, int[]> where)
            throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path + "/" + name.replace("~", "~0").replace("/", "~1");
                int[] at = position(parser.currentTokenLocation());
                if (object.has(name)) {
                    throw new ScenarioFormatException(List.of(new ScenarioProblem(file, at[0], at[1],
                            "khóa \"" + name + "\" lặp lại / the key \"" + name + "\" is repeated")));
                }
                where.put(child, at);
                parser.nextToken();
                object.set(name, node(file, parser, child, where));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String child = path + "/" + i++;
                where.put(child, position(parser.currentTokenLocation()));
                array.add(node(file, parser, child, where));
            }
            return array;
        }
        return MAPPER.readTree(parser);
    }

    private static int[] position(JsonLocation location) {
        return location == null ? new int[] {0, 0} : new int[] {location.getLineNr(), location.getColumnNr()};
    }

    /** @return a new empty mapping */
    static ObjectNode empty() {
        return NODES.objectNode();
    }

    /** @return the document's root */
    JsonNode root() {
        return root;
    }

    /** @return the file's name */
    String file() {
        return file;
    }

    /**
     * @param path    a JSON pointer into the tree
     * @param message what is wrong
     * @return a problem at the nearest position known for the path
     */
    ScenarioProblem problem(String path, String message) {
        String p = path;
        while (!where.containsKey(p) && p.contains("/")) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        int[] at = where.getOrDefault(p, new int[] {0, 0});
        return new ScenarioProblem(file, at[0], at[1], message);
    }

    /** @param path a JSON pointer @return its 1-based line, or 0 */
    int line(String path) {
        return where.getOrDefault(path, new int[] {0, 0})[0];
    }
}
