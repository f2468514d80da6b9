package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;

class SmokeTest {
    @Test
    void aLocalityWhereEveryCriterionPassesIsAchievedThroughout() {
        EvaluationReport report = new Fixture().commune("c1").residentialArea("r1", "c1")
                .organisation("a1", UnitKind.AGENCY, "c1").organisation("e1", UnitKind.ENTERPRISE, "c1")
                .organisation("s1", UnitKind.SCHOOL, "c1").evaluate();
        report.units().forEach(u -> System.out.println(u.id() + " " + u.standard().status() + " " + u.movement().level()
                + "\n   " + u.standard().criteria()));
        assertEquals(StandardStatus.ACHIEVED, Fixture.unit(report, "c1").standard().status());
        assertEquals(StandardStatus.ACHIEVED, Fixture.unit(report, "r1").standard().status());
    }
}
