package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.standard.CriterionResult;
import vn.antq.unit.Unit;
import vn.antq.verdict.Verdict;

/** Compares the pack's report with the {@link ReferenceStandard} unit by unit. */
final class Agreement {

    private Agreement() {
    }

    /**
     * Asserts that every unit has the same status, the same criteria with the same verdicts and the same movement
     * level in the report as in the reference.
     *
     * @return how many units were compared
     */
    static int assertAgree(Dataset dataset, EvaluationReport report, ReferenceStandard.Result expected) {
        for (Unit u : dataset.units()) {
            UnitAssessment actual = report.unit(u.id()).orElseThrow(() -> new AssertionError("no unit " + u.id()));
            assertEquals(expected.criteria().get(u.id()), verdicts(actual), () -> "criteria of " + u.id());
            assertEquals(expected.status().get(u.id()), actual.standard().status(), () -> "status of " + u.id());
            assertEquals(expected.movement().get(u.id()), actual.movement().level(), () -> "movement of " + u.id());
        }
        return dataset.units().size();
    }

    static Map<String, Verdict> verdicts(UnitAssessment unit) {
        Map<String, Verdict> m = new LinkedHashMap<>();
        for (CriterionResult c : unit.standard().criteria()) {
            m.put(c.rule(), c.status());
        }
        return m;
    }
}
