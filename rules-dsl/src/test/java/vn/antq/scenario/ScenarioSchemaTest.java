package vn.antq.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON Schema of antq-scenario/1 (docs/schemas) allows exactly the keys the reader accepts. */
class ScenarioSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "antq-scenario-1.schema.json");

    @Test
    void theSchemaNamesTheKeysTheReaderAccepts() throws IOException {
        // Given
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        JsonNode defs = schema.get("$defs");
        // Then
        assertEquals(new TreeSet<>(ScenarioFileReader.FILE_KEYS), names(schema));
        assertEquals(new TreeSet<>(ScenarioFileReader.CASE_KEYS), names(defs.get("case")));
        assertEquals(new TreeSet<>(CaseDataset.UNIT_FIELDS), names(defs.get("unit")));
        assertEquals(new TreeSet<>(ExpectationReader.SECTIONS), names(defs.get("expect")));
        assertEquals(ScenarioFileReader.FORMAT, schema.at("/properties/format/const").asText());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }
}
