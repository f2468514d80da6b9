package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.code;
import static vn.antq.rules.national.Fixture.criterion;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.level;
import static vn.antq.rules.national.Fixture.ruleIds;
import static vn.antq.rules.national.Fixture.status;
import static vn.antq.rules.national.Fixture.unit;
import static vn.antq.verdict.Verdict.UNKNOWN;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.indicator.IndicatorValue;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;

/**
 * Phạm vi áp dụng — TT 124/2021/TT-BCA Điều 1 (tt124/dieu1-pham-vi.drl): armed-forces agencies, small and micro
 * enterprises, primary schools, kindergartens and nurseries are outside the standard (ANTT-LT-*); a unit whose
 * scope cannot be decided gets an UNKNOWN scope criterion (ANTT-PV-*) and is judged on the rest.
 */
class Dieu1PhamViTest {

    private static Fixture unitOf(UnitKind kind, String indicator, IndicatorValue value) {
        return new Fixture().commune("c1").organisation("u1", kind, "c1").set("u1", indicator, value);
    }

    @ParameterizedTest(name = "{0} {1}={2} is outside the standard ({3})")
    @CsvSource({
        "AGENCY, armedForces, true, ANTT-LT-CQ",
        "ENTERPRISE, size, MICRO, ANTT-LT-DN",
        "ENTERPRISE, size, SMALL, ANTT-LT-DN",
        "SCHOOL, level, NURSERY, ANTT-LT-CSGD",
        "SCHOOL, level, KINDERGARTEN, ANTT-LT-CSGD",
        "SCHOOL, level, PRIMARY, ANTT-LT-CSGD"})
    void anExcludedUnitIsNotApplicableWithNoCriteriaAndNoMovementLevel(UnitKind kind, String indicator, String value,
                                                                      String rule) {
        // Given a unit that would fail a criterion if it were judged
        IndicatorValue v = indicator.equals("armedForces") ? flag(true) : code(value);
        Fixture f = unitOf(kind, indicator, v).failing("u1");
        // When
        EvaluationReport report = f.evaluate();
        // Then
        UnitAssessment u = unit(report, "u1");
        assertEquals(StandardStatus.NOT_APPLICABLE, u.standard().status());
        assertEquals(List.of(), u.standard().criteria());
        assertNotNull(u.standard().exclusion());
        assertTrue(u.standard().exclusion().contains(rule), u.standard().exclusion());
        assertEquals(MovementLevel.NOT_APPLICABLE, u.movement().level());
    }

    @ParameterizedTest(name = "{0} {1}={2} is judged")
    @CsvSource({
        "AGENCY, armedForces, false",
        "ENTERPRISE, size, MEDIUM",
        "ENTERPRISE, size, LARGE",
        "SCHOOL, level, LOWER_SECONDARY",
        "SCHOOL, level, UPPER_SECONDARY",
        "SCHOOL, level, MULTI_LEVEL_GENERAL",
        "SCHOOL, level, VOCATIONAL",
        "SCHOOL, level, HIGHER"})
    void aUnitInScopeIsJudgedWithoutAScopeCriterion(UnitKind kind, String indicator, String value) {
        IndicatorValue v = indicator.equals("armedForces") ? flag(false) : code(value);
        EvaluationReport report = unitOf(kind, indicator, v).evaluate();
        assertEquals(StandardStatus.ACHIEVED, status(report, "u1"));
        assertFalse(ruleIds(report, "u1").stream().anyMatch(r -> r.startsWith("ANTT-PV") || r.startsWith("ANTT-LT")));
    }

    @ParameterizedTest(name = "{0} without {1} → {2} UNKNOWN")
    @CsvSource({"AGENCY, armedForces, ANTT-PV-CQ", "ENTERPRISE, size, ANTT-PV-DN", "SCHOOL, level, ANTT-PV-CSGD"})
    void anUndecidableScopeIsUnknownAndTheUnitIsInsufficientData(UnitKind kind, String indicator, String rule) {
        // Given
        Fixture f = new Fixture().commune("c1").organisation("u1", kind, "c1").remove("u1", indicator);
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertEquals(UNKNOWN, criterion(report, "u1", rule));
        assertEquals(StandardStatus.INSUFFICIENT_DATA, status(report, "u1"));
        assertEquals(MovementLevel.GOOD, level(report, "u1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENCY", "ENTERPRISE", "SCHOOL"})
    void anUndecidableScopeDoesNotHideAKnownFailure(UnitKind kind) {
        String indicator = switch (kind) {
            case AGENCY -> "armedForces";
            case ENTERPRISE -> "size";
            default -> "level";
        };
        EvaluationReport report = new Fixture().commune("c1").organisation("u1", kind, "c1").remove("u1", indicator)
                .set("u1", "planQ1", flag(false)).evaluate();
        assertEquals(StandardStatus.NOT_ACHIEVED, status(report, "u1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"38", "380"})
    void provincesAndDistrictsAreNotJudgedAgainstTheStandard(String id) {
        EvaluationReport report = new Fixture().commune("c1").evaluate();
        assertEquals(StandardStatus.NOT_APPLICABLE, status(report, id));
        assertEquals(List.of(), ruleIds(report, id));
    }
}
