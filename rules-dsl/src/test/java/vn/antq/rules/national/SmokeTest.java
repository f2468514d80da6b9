package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;

class SmokeTest {
    @Test
    void aLocalityWhereEveryCriterionPassesIsAchievedThroughout() {
        // Given
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .organisation("a1", UnitKind.AGENCY, "c1").organisation("e1", UnitKind.ENTERPRISE, "c1")
                .organisation("s1", UnitKind.SCHOOL, "c1");
        // When
        EvaluationReport report = f.evaluate();
        // Then
        for (String id : new String[] {"c1", "r1", "a1", "e1", "s1"}) {
            assertEquals(StandardStatus.ACHIEVED, Fixture.status(report, id), id);
        }
    }
}
