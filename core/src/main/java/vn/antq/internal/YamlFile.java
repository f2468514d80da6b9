package vn.antq.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.antq.pack.PackProblem;

/** Reads a pack's YAML files into trees, remembering the line where each entry of a list starts. */
final class YamlFile {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A top-level document and the entries of one of its lists, each with its starting line. */
    record Document(JsonNode root, List<Entry> entries) {
    }

    /** One entry of the list, with its line. */
    record Entry(JsonNode node, int line) {
    }

    private YamlFile() {
    }

    /**
     * @param file     file name for problems
     * @param in       the YAML text
     * @param listName the top-level list whose entries' lines to keep
     * @param problems where to add a syntax problem
     * @return the document, or null when it does not parse
     */
    static Document read(String file, InputStream in, String listName, List<PackProblem> problems) {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new PackProblem(file, line(parser.currentLocation()), "expected a YAML mapping at top level"));
                return null;
            }
            ObjectNode root = MAPPER.createObjectNode();
            List<Entry> entries = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(listName) && value == JsonToken.START_ARRAY) {
                    ArrayNode array = root.putArray(name);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int line = line(parser.currentLocation());
                        JsonNode node = MAPPER.readTree(parser);
                        array.add(node);
                        entries.add(new Entry(node, line));
                    }
                } else {
                    root.set(name, MAPPER.readTree(parser));
                }
            }
            return new Document(root, entries);
        } catch (JsonProcessingException e) {
            problems.add(new PackProblem(file, line(e.getLocation()), "YAML does not parse: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new PackProblem(file, 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
