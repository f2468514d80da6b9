package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.standard.CriterionResult;

/**
 * Property (a): on random localities the DRL pack and the plain-Java {@link ReferenceStandard} agree on every
 * unit's status, on every criterion (same rule ids, same verdicts) and on every movement level.
 */
class ReferenceAgreementTest {
    private static final int EXAMPLES = 1000;

    @Test
    void packAndReferenceAgreeOnEveryUnitStatusCriterionAndMovementLevel() {
        // Given
        AtomicInteger units = new AtomicInteger();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        // When / Then
        qt().withFixedSeed(20_241_115L).withExamples(EXAMPLES).withShrinkCycles(200)
                .forAll(Localities.localities())
                .checkAssert(locality -> {
                    Dataset dataset = locality.dataset();
                    EvaluationReport report = Fixture.EVALUATOR.evaluate(dataset);
                    units.addAndGet(Agreement.assertAgree(dataset, report, ReferenceStandard.evaluate(dataset)));
                    tally(report, seen);
                });
        // and the generator reached every outcome, thousands of units in all
        assertTrue(units.get() >= 10_000, "units compared: " + units);
        for (String outcome : new String[] {"status:ACHIEVED", "status:NOT_ACHIEVED", "status:INSUFFICIENT_DATA",
                "status:NOT_APPLICABLE", "ANTT-XA-4:MET", "ANTT-XA-4:NOT_MET", "ANTT-XA-4:UNKNOWN",
                "ANTT-XA-4:NOT_APPLICABLE", "ANTT-CQDN-4:NOT_APPLICABLE", "ANTT-KDC-4b:UNKNOWN",
                "movement:EXCELLENT", "movement:GOOD", "movement:AVERAGE", "movement:WEAK",
                "movement:INSUFFICIENT_DATA", "ANTT-PV-DN:UNKNOWN", "ANTT-XA-2.3:NOT_MET", "ANTT-XA-2.3:UNKNOWN"}) {
            assertTrue(seen.getOrDefault(outcome, 0) >= 10, outcome + " seen too rarely: " + new TreeMap<>(seen));
        }
    }

    private static void tally(EvaluationReport report, Map<String, Integer> seen) {
        for (UnitAssessment u : report.units()) {
            seen.merge("status:" + u.standard().status(), 1, Integer::sum);
            seen.merge("movement:" + u.movement().level(), 1, Integer::sum);
            for (CriterionResult c : u.standard().criteria()) {
                seen.merge(c.rule() + ":" + c.status(), 1, Integer::sum);
            }
        }
    }
}
