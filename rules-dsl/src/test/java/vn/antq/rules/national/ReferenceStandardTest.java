package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.dataset.Dataset;
import vn.antq.event.EventType;
import vn.antq.movement.MovementLevel;
import vn.antq.rules.national.ReferenceStandard.Result;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/** The oracle itself, checked against hand-worked cases of domain.md before it is trusted with random ones. */
class ReferenceStandardTest {

    private static Result reference(Fixture f) {
        Dataset dataset = f.dataset();
        return ReferenceStandard.evaluate(dataset);
    }

    @ParameterizedTest(name = "{0} achieved, {1} not, {2} unknown → {3}")
    @CsvSource({"18, 7, 0, MET", "17, 8, 0, NOT_MET", "17, 7, 1, UNKNOWN", "18, 4, 3, MET", "14, 8, 3, NOT_MET"})
    void theOraclePoolsTheCommunesUnitsAsDomainMdSays(int achieved, int failing, int undecided, Verdict expected) {
        Fixture f = new Fixture().commune("c1").residentialAreas("c1", achieved + failing + undecided);
        for (int i = achieved + 1; i <= achieved + failing + undecided; i++) {
            if (i <= achieved + failing) {
                f.failing("c1-r" + i);
            } else {
                f.undecided("c1-r" + i);
            }
        }
        assertEquals(expected, reference(f).criteria().get("c1").get("ANTT-XA-4"));
    }

    @Test
    void theOracleLetsAKnownTerritoryEventDecideAndJudgesAFixtureLocalityAsThePackDoes() {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .organisation("e1", UnitKind.ENTERPRISE, "c1")
                .organisation("s1", UnitKind.SCHOOL, "c1").eventsNotReported("e1")
                .event("r1", EventType.SEPARATISM, "2024-03-01");
        Result r = reference(f);
        assertEquals(Verdict.NOT_MET, r.criteria().get("c1").get("ANTT-XA-2.3"));
        assertEquals(StandardStatus.NOT_ACHIEVED, r.status().get("c1"));
        assertEquals(StandardStatus.ACHIEVED, r.status().get("s1"));
        assertEquals(StandardStatus.INSUFFICIENT_DATA, r.status().get("e1"));
        assertEquals(MovementLevel.GOOD, r.movement().get("380"));
        assertEquals(MovementLevel.NOT_APPLICABLE, r.movement().get("38"));
    }

    @Test
    void theOracleAgreesWithThePackOnTheFixtureLocality() {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").organisation("a1", UnitKind.AGENCY, "c1")
                .organisation("e1", UnitKind.ENTERPRISE, "c1").organisation("s1", UnitKind.SCHOOL, "c1");
        Dataset dataset = f.dataset();
        Agreement.assertAgree(dataset, Fixture.EVALUATOR.evaluate(dataset),
                ReferenceStandard.evaluate(dataset));
    }
}
