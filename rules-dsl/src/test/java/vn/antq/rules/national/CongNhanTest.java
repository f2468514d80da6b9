package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.criterion;
import static vn.antq.rules.national.Fixture.criterionResult;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.status;
import static vn.antq.rules.national.Fixture.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.period.AssessmentWindow;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * Kết quả công nhận — TT 124/2021/TT-BCA Điều 3, Điều 8 (tt124/cong-nhan.drl): ACHIEVED when every applicable
 * criterion is MET, NOT_ACHIEVED as soon as one is NOT_MET, INSUFFICIENT_DATA otherwise.
 */
class CongNhanTest {
    private static final List<String> JUDGED = List.of("c1", "r1", "a1", "e1", "s1");

    private static Fixture locality() {
        return new Fixture().commune("c1").residentialArea("r1", "c1").organisation("a1", UnitKind.AGENCY, "c1")
                .organisation("e1", UnitKind.ENTERPRISE, "c1").organisation("s1", UnitKind.SCHOOL, "c1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "r1", "a1", "e1", "s1"})
    void everyCriterionMetIsAchieved(String id) {
        assertEquals(StandardStatus.ACHIEVED, status(locality().evaluate(), id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "r1", "a1", "e1", "s1"})
    void oneCriterionNotMetIsNotAchieved(String id) {
        assertEquals(StandardStatus.NOT_ACHIEVED, status(locality().failing(id).evaluate(), id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "r1", "a1", "e1", "s1"})
    void missingDataWithoutAFailureIsInsufficientData(String id) {
        assertEquals(StandardStatus.INSUFFICIENT_DATA, status(locality().undecided(id).evaluate(), id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "r1", "a1", "e1", "s1"})
    void aKnownFailureBeatsMissingDataForTheOverallStatus(String id) {
        // Given one criterion NOT_MET (policies) and others UNKNOWN (no resolution indicator, no events array)
        Fixture f = locality().failing(id).remove(id, "partyResolutionQ1").eventsNotReported(id);
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertTrue(unit(report, id).standard().criteria().stream().anyMatch(c -> c.status() == Verdict.UNKNOWN));
        assertEquals(StandardStatus.NOT_ACHIEVED, status(report, id));
    }

    @Test
    void aCommuneFailsBecauseOfAnEventInAResidentialAreaUnderIt() {
        EvaluationReport report = locality().event("r1", vn.antq.event.EventType.SEPARATISM, "2024-01-01").evaluate();
        assertEquals(Verdict.NOT_MET, criterion(report, "c1", "ANTT-XA-2.3"));
        assertEquals(StandardStatus.NOT_ACHIEVED, status(report, "c1"));
    }

    @Test
    void aCommuneIsInsufficientWhenAUnitOnItsTerritoryHasNoEventsArray() {
        assertEquals(StandardStatus.INSUFFICIENT_DATA, status(locality().eventsNotReported("s1").evaluate(), "c1"));
    }

    @Test
    void theChildrensFailuresReachTheCommuneOnlyThroughTheSeventyPercentRule() {
        // Given one of four children fails (3/4 = 75% achieved): the commune is still achieved
        EvaluationReport report = locality().failing("s1").evaluate();
        assertEquals(StandardStatus.ACHIEVED, status(report, "c1"));
        // and with two failing (2/4 = 50%) it is not
        assertEquals(StandardStatus.NOT_ACHIEVED, status(locality().failing("s1").failing("e1").evaluate(), "c1"));
    }

    @Test
    void theWindowOfEachKindIsReported() {
        EvaluationReport report = locality().evaluate();
        assertEquals(new AssessmentWindow(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 10, 31)),
                unit(report, "r1").standard().window());
        for (String id : List.of("c1", "a1", "e1", "s1")) {
            assertEquals(new AssessmentWindow(LocalDate.of(2023, 11, 16), LocalDate.of(2024, 11, 15)),
                    unit(report, id).standard().window(), id);
        }
        assertNull(unit(report, "38").standard().window());
    }

    @Test
    void everyUnitAppearsOnceInDatasetOrder() {
        EvaluationReport report = locality().evaluate();
        assertEquals(List.of("38", "380", "c1", "r1", "a1", "e1", "s1"),
                report.units().stream().map(UnitAssessment::id).toList());
    }

    @Test
    void aUnitJudgedWithTheProvisionalCrimeParameterIsProvisional() {
        EvaluationReport report = locality().evaluate();
        assertTrue(unit(report, "r1").standard().provisional());
        assertTrue(unit(report, "c1").standard().provisional());
        for (String id : JUDGED) {
            assertTrue(unit(report, id).standard().criteria().stream()
                    .filter(c -> !c.rule().endsWith("-4a") && !c.rule().endsWith("2.4a") && !c.rule().equals("ANTT-XA-4"))
                    .noneMatch(c -> c.provisional()), id);
        }
        assertEquals(List.of("crime.equalCountHolds"), criterionResult(report, "c1", "ANTT-XA-4").provisionalBasis(),
                "the pooled criterion rests on the standings of the units it pools");
    }

    @Test
    void aRegistrationOfFalseIsAFailureNotMissingData() {
        assertEquals(StandardStatus.NOT_ACHIEVED,
                status(locality().set("a1", "registeredForStandard", flag(false)).evaluate(), "a1"));
    }
}
