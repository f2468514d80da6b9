package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameSeedGivesByteIdenticalDataset() {
        GeneratorSettings settings = GeneratorSettings.builder().seed(42).provinces("01", "38").maxUnits(3000).build();
        assertArrayEquals(SampleGenerator.generate(settings), SampleGenerator.generate(settings));
    }

    @Test
    void differentSeedsGiveDifferentDatasets() throws IOException {
        JsonNode one = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(1).provinces("38")
                .build()));
        JsonNode two = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(2).provinces("38")
                .build()));
        assertFalse(one.equals(two));
        assertEquals(one.get("units").get(0), two.get("units").get(0), "the province is the same");
        assertEquals(4351, residentialAreas(one), "the Thanh Hóa total holds for any seed");
        assertEquals(4351, residentialAreas(two), "the Thanh Hóa total holds for any seed");
    }

    @Test
    void provincesComeInTheNationalOrderWhateverOrderTheyAreGiven() {
        byte[] one = SampleGenerator.generate(GeneratorSettings.builder().provinces("38", "01").maxUnits(500)
                .build());
        byte[] other = SampleGenerator.generate(GeneratorSettings.builder().provinces("01", "38", "01")
                .maxUnits(500).build());
        assertArrayEquals(one, other);
    }

    @Test
    void maxUnitsOf10000GivesJustOver10000Units() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().maxUnits(10_000).build();
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(settings));
        int units = dataset.get("units").size();
        assertTrue(units >= 10_000 && units <= 10_100, "units: " + units);
        assertEquals("01", dataset.get("units").get(0).get("id").asText(), "starts with Hà Nội");
        assertTrue(dataset.get("title").asText().contains("khoảng 10.000 đơn vị"), dataset.get("title").asText());
    }

    @Test
    void aLimitedDatasetIsThePrefixOfTheFullOne() throws IOException {
        JsonNode full = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("01")
                .build()));
        JsonNode limited = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("01")
                .maxUnits(2000).build()));
        int size = limited.get("units").size();
        assertTrue(size < full.get("units").size());
        for (int i = 0; i < size; i++) {
            assertEquals(full.get("units").get(i), limited.get("units").get(i));
        }
    }

    @Test
    void aProvinceIsTheSameAloneOrAmongOthers() throws IOException {
        JsonNode alone = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("38")
                .build()));
        JsonNode withHaNam = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("35", "38")
                .build()));
        List<JsonNode> thanhHoa = new ArrayList<>();
        boolean inThanhHoa = false;
        for (JsonNode unit : withHaNam.get("units")) {
            if (unit.get("kind").asText().equals("PROVINCE")) {
                inThanhHoa = unit.get("id").asText().equals("38");
            }
            if (inThanhHoa) {
                thanhHoa.add(unit);
            }
        }
        List<JsonNode> expected = new ArrayList<>();
        alone.get("units").forEach(expected::add);
        assertEquals(expected, thanhHoa);
    }

    @Test
    void theWholeCountryHasEveryCommuneOnce() throws IOException {
        UnitStreamCheck check = new UnitStreamCheck();
        SampleGenerator.write(GeneratorSettings.builder().build(), check);
        Map<String, Integer> kinds = check.kinds();
        assertEquals(63, kinds.get("PROVINCE"));
        assertEquals(704, kinds.get("DISTRICT"));
        assertEquals(10_472, kinds.get("COMMUNE"));
        assertEquals(List.of(), check.problems());
        assertTrue(check.bytes() > 50_000_000, "bytes: " + check.bytes());
    }

    @Test
    void theYearMovesTheWindowsAndTheReferenceDate() throws IOException {
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(7).year(2025)
                .provinces("38").maxUnits(4000).build()));
        assertEquals("2025-11-15", dataset.get("referenceDate").asText());
        assertTrue(dataset.get("title").asText().startsWith("Tỉnh Thanh Hóa 2025 — dữ liệu mẫu rút gọn"));
        List<String> problems = new ArrayList<>();
        for (JsonNode unit : dataset.get("units")) {
            if (ContractChecks.ASSESSED.contains(unit.get("kind").asText())) {
                problems.addAll(ContractChecks.problems(unit, 2025));
            }
            for (JsonNode event : unit.path("events")) {
                assertTrue(!LocalDate.parse(event.get("date").asText()).isBefore(LocalDate.of(2024, 10, 31)));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aGivenTitleIsUsedAsItIs() throws IOException {
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("38")
                .maxUnits(10).title("Thử nghiệm").build()));
        assertEquals("Thử nghiệm", dataset.get("title").asText());
    }

    @Test
    void outputIsUtf8WithUnitsOnePerLine() {
        String text = new String(SampleGenerator.generate(GeneratorSettings.builder().provinces("38").maxUnits(40)
                .build()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"antq-dataset/1\",\n  \"title\": \"Tỉnh Thanh Hóa 2024"), text);
        assertTrue(text.contains("\n    {\"id\":\"38\",\"kind\":\"PROVINCE\",\"name\":\"Tỉnh Thanh Hóa\"},\n"), text);
        assertTrue(text.endsWith("\n  ],\n  \"campaigns\": []\n}\n"), text);
    }

    @Test
    void anUnknownProvinceIsRejectedBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleGenerator.write(
                GeneratorSettings.builder().provinces("38", "99").build(), out));
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertEquals(0, out.size());
    }

    private static long residentialAreas(JsonNode dataset) {
        long count = 0;
        for (JsonNode unit : dataset.get("units")) {
            if (unit.get("kind").asText().equals("RESIDENTIAL_AREA")) {
                count++;
            }
        }
        return count;
    }
}
