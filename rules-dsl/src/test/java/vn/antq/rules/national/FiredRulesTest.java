package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;

/**
 * {@code Evaluator.evaluate(dataset, planId, firedRules)}: the listener hears every rule that fires, in every kind of
 * session, the report is the usual one, and a pooled session no longer tells a listener once its evaluation is over.
 */
class FiredRulesTest {
    private static final Evaluator PARALLEL = Evaluator.builder().parallelism(2).chunkSize(3).build();

    @Test
    void theListenerHearsTheRulesOfUnitsAndRecognitionAndTheReportIsTheUsualOne() {
        // Given
        Dataset dataset = new Fixture().commune("c1").residentialArea("r1", "c1").dataset();
        Set<String> fired = ConcurrentHashMap.newKeySet();
        // When
        EvaluationReport report = Fixture.EVALUATOR.evaluate(dataset, null, fired::add);
        // Then
        assertEquals(Fixture.EVALUATOR.evaluate(dataset), report);
        assertTrue(fired.containsAll(List.of("ANTT-KDC-1", "ANTT-XA-4", "ANTT-KQ-DON-VI", "ANTT-KQ-XA",
                "ANTT-CN-KDC")), fired::toString);
        assertFalse(fired.contains("ANTT-LT-DN"), fired::toString);
    }

    @Test
    void theListenerHearsEveryThreadAndNothingAfterwards() {
        // Given a locality split over sessions of three units on two threads
        Dataset dataset = Localities.seeded(7, 3).dataset();
        Set<String> fired = ConcurrentHashMap.newKeySet();
        // When
        PARALLEL.evaluate(dataset, null, fired::add);
        Set<String> first = Set.copyOf(fired);
        PARALLEL.evaluate(dataset);
        // Then
        assertTrue(first.contains("ANTT-KQ-XA"), first::toString);
        assertEquals(first, fired, "the pooled sessions were given back without the listener");
    }
}
