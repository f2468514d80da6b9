package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.level;
import static vn.antq.rules.national.Fixture.num;
import static vn.antq.rules.national.Fixture.status;
import static vn.antq.rules.national.Fixture.unit;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.movement.MovementClassification;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.UnitKind;

/**
 * Phân loại phong trào — QĐ 510/QĐ-BCA-V05 (qd510/phan-loai-phong-trao.drl, one rule QD510-PL.&lt;band&gt; per band):
 * provisional bands Xuất sắc ≥ 90, Khá ≥ 70, Trung bình ≥ 50, else Yếu; no score → QD510-PL.THIEU-DIEM.
 */
class PhanLoaiPhongTraoTest {
    private static final List<String> BANDS =
            List.of("movement.band.excellent", "movement.band.good", "movement.band.average");

    private static Fixture locality() {
        return new Fixture().commune("c1").residentialArea("r1", "c1").organisation("a1", UnitKind.AGENCY, "c1")
                .organisation("e1", UnitKind.ENTERPRISE, "c1").organisation("s1", UnitKind.SCHOOL, "c1");
    }

    @ParameterizedTest(name = "score {0} → {1}")
    @CsvSource({"100, EXCELLENT, XUAT-SAC", "90, EXCELLENT, XUAT-SAC", "90.00, EXCELLENT, XUAT-SAC", "89.99, GOOD, KHA",
        "70, GOOD, KHA", "69.99, AVERAGE, TRUNG-BINH", "50, AVERAGE, TRUNG-BINH", "49.99, WEAK, YEU", "0, WEAK, YEU"})
    void theScoreFallsInItsBandLowerBoundsInclusive(String score, MovementLevel expected, String band) {
        // Given
        Fixture f = locality().set("r1", "movementScore", num(score));
        // When
        EvaluationReport report = f.evaluate();
        // Then
        MovementClassification m = unit(report, "r1").movement();
        assertEquals(expected, m.level());
        assertEquals(0, new BigDecimal(score).compareTo(m.score()));
        assertEquals("QD510-PL." + band, m.rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "r1", "a1", "e1", "s1", "380"})
    void everyEvaluatedKindAndTheDistrictIsClassified(String id) {
        // Given the same score 89.99 everywhere
        Fixture f = locality();
        for (String u : List.of("c1", "r1", "a1", "e1", "s1", "380")) {
            f.set(u, "movementScore", num("89.99"));
        }
        // Then
        assertEquals(MovementLevel.GOOD, level(f.evaluate(), id));
    }

    @Test
    void aDistrictIsClassifiedFromItsOwnScore() {
        assertEquals(MovementLevel.EXCELLENT,
                level(locality().set("380", "movementScore", num("90")).evaluate(), "380"));
        assertEquals(MovementLevel.WEAK,
                level(locality().set("380", "movementScore", num("49.99")).evaluate(), "380"));
    }

    @Test
    void aWholeNumberScoreIsReadAsANumber() {
        assertEquals(MovementLevel.EXCELLENT, level(locality().set("r1", "movementScore", count(90)).evaluate(), "r1"));
    }

    @Test
    void aMissingScoreIsInsufficientDataAndUsesNoProvisionalBand() {
        // When
        MovementClassification m = unit(locality().remove("r1", "movementScore").evaluate(), "r1").movement();
        // Then
        assertEquals(MovementLevel.INSUFFICIENT_DATA, m.level());
        assertEquals("QD510-PL.THIEU-DIEM", m.rule());
        assertNull(m.score());
        assertFalse(m.provisional());
    }

    @Test
    void aLevelFromTheProvisionalBandsIsProvisionalAndTheReportListsTheBands() {
        // When
        EvaluationReport report = locality().evaluate();
        // Then
        MovementClassification m = unit(report, "r1").movement();
        assertTrue(m.provisional());
        assertEquals(BANDS, m.parameters().stream().map(UsedParameter::id).toList());
        assertTrue(m.parameters().stream().allMatch(UsedParameter::provisional));
        assertTrue(report.provisionalParameters().containsAll(BANDS), report.provisionalParameters().toString());
    }

    @Test
    void whenNoUnitHasAScoreTheBandsAreNotListedAsUsed() {
        // Given
        Fixture f = locality();
        for (String u : List.of("c1", "r1", "a1", "e1", "s1", "380")) {
            f.remove(u, "movementScore");
        }
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertTrue(BANDS.stream().noneMatch(report.provisionalParameters()::contains),
                report.provisionalParameters().toString());
    }

    @Test
    void theProvinceIsNotClassified() {
        assertEquals(MovementLevel.NOT_APPLICABLE, level(locality().evaluate(), "38"));
    }

    @Test
    void theLevelDoesNotDependOnTheStandardByDefault() {
        // Given a unit that fails the standard but scores 95
        EvaluationReport report = locality().failing("r1").set("r1", "movementScore", num("95")).evaluate();
        // Then
        assertEquals(StandardStatus.NOT_ACHIEVED, status(report, "r1"));
        assertEquals(MovementLevel.EXCELLENT, level(report, "r1"));
    }
}
