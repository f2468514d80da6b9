package vn.antq.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.movement.MovementClassification;
import vn.antq.movement.MovementLevel;

class JsonReportWriterTest {
    private final JsonReportWriter writer = new JsonReportWriter();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void topLevelFieldsFollowTheContractInOrder() throws IOException {
        JsonNode root = mapper.readTree(writer.render(SampleReport.build()));

        assertEquals(List.of("format", "year", "referenceDate", "rules", "units", "targets", "budget", "budgetTotals", "budgetCaps", "proposals",
                "securityTeams", "warnings"),
                fieldNames(root));
        assertEquals("antq-report/1.1", root.get("format").textValue());
        assertEquals(2024, root.get("year").intValue());
        assertEquals("2024-11-15", root.get("referenceDate").textValue());
        JsonNode rules = root.get("rules");
        assertEquals(List.of("pack", "name", "version", "provisionalParameters"), fieldNames(rules));
        assertEquals("antq-national", rules.get("pack").textValue());
        assertEquals("Bộ luật quốc gia", rules.get("name").textValue());
        assertEquals("0.1.0", rules.get("version").textValue());
        assertEquals("movement.band.good", rules.get("provisionalParameters").get(0).textValue());
        assertTrue(root.get("targets").isArray() && root.get("targets").isEmpty());
        assertEquals("380-01: chỉ số không có trong danh mục: localIndicator", root.get("warnings").get(0).textValue());
    }

    @Test
    void everyUnitAppearsOnceInReportOrder() throws IOException {
        EvaluationReport report = SampleReport.build();
        JsonNode units = mapper.readTree(writer.render(report)).get("units");

        List<String> ids = new ArrayList<>();
        units.forEach(u -> ids.add(u.get("id").textValue()));
        assertEquals(report.units().stream().map(UnitAssessment::id).toList(), ids);
    }

    @Test
    void anAssessedUnitCarriesItsWindowCriteriaAndMovement() throws IOException {
        JsonNode commune = unit(writer.render(SampleReport.build()), "380-01");

        assertEquals(List.of("id", "kind", "type", "name", "parent", "standard", "movement"), fieldNames(commune));
        assertEquals("COMMUNE", commune.get("kind").textValue());
        assertEquals("PHUONG", commune.get("type").textValue());
        assertEquals("Phường Điện Biên", commune.get("name").textValue());
        assertEquals("380", commune.get("parent").textValue());
        JsonNode standard = commune.get("standard");
        assertEquals(List.of("status", "provisional", "provisionalBasis", "window", "criteria"), fieldNames(standard));
        assertEquals("ACHIEVED", standard.get("status").textValue());
        assertEquals("2023-11-16", standard.get("window").get("from").textValue());
        assertEquals("2024-11-15", standard.get("window").get("to").textValue());
        JsonNode criterion = standard.get("criteria").get(0);
        assertEquals(List.of("rule", "status", "label", "actual", "required", "source", "provisional",
                "provisionalBasis", "parameters"),
                fieldNames(criterion));
        assertEquals("ANTT-XA-4", criterion.get("rule").textValue());
        assertEquals("MET", criterion.get("status").textValue());
        assertEquals("18/25 (72%)", criterion.get("actual").textValue());
        assertEquals("≥ 70%", criterion.get("required").textValue());
        assertEquals("TT 124/2021/TT-BCA, Điều 5 khoản 4", criterion.get("source").textValue());
        assertFalse(criterion.get("provisional").booleanValue());
        JsonNode movement = commune.get("movement");
        assertEquals(List.of("level", "score", "provisional", "provisionalBasis", "rule", "parameters"),
                fieldNames(movement));
        assertEquals(List.of("movement.band.good"), strings(movement.get("provisionalBasis")));
        assertEquals("EXCELLENT", movement.get("level").textValue());
        assertTrue(movement.get("score").isNumber());
        assertEquals(0, new BigDecimal("91.5").compareTo(movement.get("score").decimalValue()));
        assertTrue(movement.get("provisional").booleanValue());
        assertEquals("QD510-PL", movement.get("rule").textValue());
        JsonNode parameter = movement.get("parameters").get(0);
        assertEquals(List.of("id", "value", "source", "provisional"), fieldNames(parameter));
        assertEquals("movement.band.good", parameter.get("id").textValue());
        assertEquals("70", parameter.get("value").textValue());
        assertTrue(parameter.get("provisional").booleanValue());
    }

    @Test
    void emptyOptionalFieldsAreLeftOutAndAMissingScoreIsNull() throws IOException {
        String json = writer.render(SampleReport.build());
        JsonNode province = unit(json, "38");
        JsonNode excluded = unit(json, "380-01-DN1");
        JsonNode lacking = unit(json, "381-01-01");

        assertEquals(List.of("id", "kind", "name", "standard", "movement"), fieldNames(province));
        assertEquals(List.of("status", "provisional", "provisionalBasis", "criteria"),
                fieldNames(province.get("standard")));
        assertEquals("NOT_APPLICABLE", province.get("standard").get("status").textValue());
        assertEquals(List.of("level", "score", "provisional", "provisionalBasis", "parameters"),
                fieldNames(province.get("movement")));
        assertTrue(province.get("movement").get("score").isNull());
        assertEquals(List.of("status", "provisional", "provisionalBasis", "window", "exclusion", "criteria"),
                fieldNames(excluded.get("standard")));
        assertEquals("Doanh nghiệp nhỏ và siêu nhỏ không thuộc phạm vi (ANTT-PV-DN)",
                excluded.get("standard").get("exclusion").textValue());
        assertEquals("INSUFFICIENT_DATA", lacking.get("movement").get("level").textValue());
        assertTrue(lacking.get("movement").get("score").isNull());
        assertEquals("UNKNOWN", lacking.get("standard").get("criteria").get(0).get("status").textValue());
    }

    @Test
    void equalReportsGiveByteIdenticalOutputWhateverTheLocale() throws IOException {
        byte[] first = bytes(SampleReport.build());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertArrayEquals(first, bytes(SampleReport.build()));
        } finally {
            Locale.setDefault(saved);
        }
        assertArrayEquals(first, bytes(SampleReport.build()));
    }

    @Test
    void outputIsPrettyPrintedWithTwoSpacesPlainNumbersAndATrailingNewline() {
        EvaluationReport base = SampleReport.build();
        List<UnitAssessment> units = new ArrayList<>(base.units());
        UnitAssessment commune = units.get(2);
        units.set(2, new UnitAssessment(commune.id(), commune.kind(), commune.type(), commune.name(),
                commune.parentId(), commune.standard(),
                new MovementClassification(MovementLevel.EXCELLENT, new BigDecimal("1E+2"), "QD510-PL", List.of())));
        String json = writer.render(new EvaluationReport(base.year(), base.referenceDate(), base.pack(),
                base.provisionalParameters(), units, null, List.of(), List.of(), List.of(), List.of(), null, base.warnings()));

        assertTrue(json.startsWith("{\n  \"format\": \"antq-report/1.1\",\n  \"year\": 2024,\n"), json);
        assertTrue(json.contains("\"score\": 100,"), json);
        assertTrue(json.contains("\"targets\": [],"), json);
        assertTrue(json.endsWith("\n}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("Phường Điện Biên"), "UTF-8 text, not escaped");
    }

    private byte[] bytes(EvaluationReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    private JsonNode unit(String json, String id) throws IOException {
        for (JsonNode u : mapper.readTree(json).get("units")) {
            if (u.get("id").textValue().equals(id)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.textValue()));
        return values;
    }
}
