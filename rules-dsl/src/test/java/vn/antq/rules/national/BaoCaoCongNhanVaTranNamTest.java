package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;
import vn.antq.report.JsonReportWriter;
import vn.antq.report.ReportWriter;
import vn.antq.report.TextReportWriter;
import vn.antq.unit.UnitKind;

/**
 * The reports show who recognises each unit and by when (TT 124 Điều 9, 10) and each spender's yearly total
 * against its cap (TT 40), in JSON and in text.
 */
class BaoCaoCongNhanVaTranNamTest {

    private static EvaluationReport report() {
        Dataset d = new Fixture().commune("c1").residentialArea("r1", "c1").organisation("a1", UnitKind.AGENCY, "c1")
                .failing("r1").dataset();
        List<BudgetLine> lines = List.of(
                new BudgetLine("NS-1", "38", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS,
                        BigDecimal.valueOf(300_000_000L), 30L, 30L, null, null, null),
                new BudgetLine("NS-2", "38", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS,
                        BigDecimal.valueOf(30_000_000L), 3L, 1L, null, null, null));
        return Fixture.EVALUATOR.evaluate(new Dataset(d.title(), d.year(), d.referenceDate(), d.units(),
                d.campaigns(), lines, List.of(), List.of(), List.of(), null, d.warnings()));
    }

    private static String render(ReportWriter writer, EvaluationReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theJsonReportHasEachUnitsRecognitionAndEachSpendersYearlyCap() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render(new JsonReportWriter(), report()));
        JsonNode units = root.get("units");
        JsonNode r1 = null;
        for (JsonNode u : units) {
            if (u.get("id").asText().equals("r1")) {
                r1 = u.get("recognition");
            }
        }
        assertEquals("Ủy ban nhân dân cấp xã", r1.get("authority").asText());
        assertEquals("c1", r1.get("authorityUnit").asText());
        assertEquals("2024-11-15", r1.get("before").asText());
        assertEquals("ANTT-CN-KDC", r1.get("rule").asText());
        JsonNode cap = root.get("budgetCaps").get(0);
        assertEquals("TT40-TRAN-NAM-XA-TINH", cap.get("rule").asText());
        assertEquals("NOT_MET", cap.get("status").asText());
        assertEquals(31, cap.get("total").asInt());
        assertEquals(30, cap.get("cap").asInt());
        assertEquals(List.of("NS-1", "NS-2"), List.of(cap.get("lines").get(0).asText(), cap.get("lines").get(1).asText()));
    }

    @Test
    void theTextReportCountsTheUnitsPerAuthorityAndShowsTheTotalAgainstTheCap() throws IOException {
        String text = render(new TextReportWriter(), report());
        assertTrue(text.contains("THẨM QUYỀN, THỜI HẠN CÔNG NHẬN"), text);
        assertTrue(text.contains("Ủy ban nhân dân cấp huyện"), text);
        assertTrue(text.contains("trước 15/11/2024"), text);
        assertTrue(text.contains("công nhận: Ủy ban nhân dân cấp xã (c1), trước ngày 15/11/2024"), text);
        assertTrue(text.contains("Mức trần trong năm"), text);
        assertTrue(text.contains("vượt mức trần trong năm"), text);
        assertTrue(text.contains("tổng xã của 2 dòng trong năm = 31 (NS-1: 30 + NS-2: 1)"), text);
    }
}
