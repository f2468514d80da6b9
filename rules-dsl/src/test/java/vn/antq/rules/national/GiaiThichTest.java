package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.criterionResult;
import static vn.antq.rules.national.Fixture.unit;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.event.EventType;
import vn.antq.standard.CriterionResult;
import vn.antq.unit.UnitKind;

/** Giải thích: every criterion carries its label, source, actual and required values, in Vietnamese. */
class GiaiThichTest {
    /** Letters that only Vietnamese text has (with its diacritics). */
    private static final Pattern VIETNAMESE =
            Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]");

    private static Fixture locality() {
        return new Fixture().commune("c1").residentialArea("r1", "c1").organisation("a1", UnitKind.AGENCY, "c1")
                .organisation("e1", UnitKind.ENTERPRISE, "c1").organisation("s1", UnitKind.SCHOOL, "c1");
    }

    private static void assertVietnamese(String text) {
        assertNotNull(text);
        assertTrue(VIETNAMESE.matcher(text).find(), "not Vietnamese: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "r1", "a1", "e1", "s1"})
    void everyCriterionHasAVietnameseLabelActualRequiredAndItsLegalSource(String id) {
        for (CriterionResult c : unit(locality().evaluate(), id).standard().criteria()) {
            assertVietnamese(c.label());
            assertVietnamese(c.actual());
            assertVietnamese(c.required());
            assertTrue(c.source().startsWith("TT 124/2021/TT-BCA, Điều "), c.source());
        }
    }

    @Test
    void aShortShareShowsTheCountsAndTheRequiredPercentage() {
        CriterionResult c = criterionResult(locality().set("r1", "householdsRegistered", count(419)).evaluate(), "r1",
                "ANTT-KDC-1");
        assertTrue(c.actual().contains("Số hộ đăng ký tham gia / Số hộ đang cư trú: 419/420 (99,76%)"), c.actual());
        assertTrue(c.required().contains("từ 100% trở lên"), c.required());
        assertEquals("TT 124/2021/TT-BCA, Điều 4 khoản 1", c.source());
    }

    @Test
    void anEventIsNamedWithItsDateAndTheWindowItWasReadIn() {
        CriterionResult c = criterionResult(locality().event("r1", EventType.SEPARATISM, "2024-03-05").evaluate(), "r1",
                "ANTT-KDC-3");
        assertTrue(c.actual().contains("Hoạt động ly khai, đòi tự trị 05/03/2024"), c.actual());
        assertTrue(c.actual().contains("(kỳ 01/11/2023–31/10/2024)"), c.actual());
    }

    @Test
    void missingDataIsSaidToBeMissing() {
        CriterionResult c = criterionResult(locality().remove("c1", "policeProactive").evaluate(), "c1", "ANTT-XA-3");
        assertTrue(c.actual().contains("chưa có số liệu"), c.actual());
        CriterionResult e = criterionResult(locality().eventsNotReported("s1").evaluate(), "c1", "ANTT-XA-2.3");
        assertTrue(e.actual().contains("chưa báo cáo sự việc"), e.actual());
    }

    @Test
    void anEqualCountNamesTheProvisionalParameterItUsed() {
        CriterionResult c = criterionResult(locality().set("r1", "crimeCount", count(3)).evaluate(), "r1",
                "ANTT-KDC-4a");
        assertTrue(c.actual().contains("Số vụ tội phạm: 3 (kỳ 01/11/2022–31/10/2023: 3)"), c.actual());
        assertTrue(c.provisional());
        assertTrue(c.parameters().stream().anyMatch(p -> p.id().equals("crime.equalCountHolds") && p.provisional()));
    }

    @Test
    void anExclusionSaysWhyInVietnamese() {
        EvaluationReport report = locality().set("e1", "size", Fixture.code("MICRO")).evaluate();
        String exclusion = unit(report, "e1").standard().exclusion();
        assertVietnamese(exclusion);
        assertTrue(exclusion.contains("MICRO"), exclusion);
    }
}
