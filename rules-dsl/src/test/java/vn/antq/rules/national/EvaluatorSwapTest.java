package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;

/**
 * A host swaps its evaluator atomically (docs/embedding.md): evaluations running on the old one finish on it, the
 * next ones take the new one, and none fails.
 */
class EvaluatorSwapTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 6;

    @Test
    void anEvaluatorSwappedWhileEightThreadsEvaluateGivesEveryResultFromTheOldOrTheNew() throws Exception {
        Dataset dataset = new Fixture().commune("c1").residentialAreas("c1", 4)
                .set("c1-r1", "securityTeamRating", Fixture.code("NOT_COMPLETED")).dataset();
        Evaluator old = Fixture.EVALUATOR;
        Evaluator replacement = LayeredPackTest.layered("th-tat-kdc5");
        EvaluationReport before = old.evaluate(dataset);
        EvaluationReport after = replacement.evaluate(dataset);
        assertTrue(!before.equals(after), "the two evaluators disagree on this dataset");

        AtomicReference<Evaluator> current = new AtomicReference<>(old);
        CountDownLatch halfway = new CountDownLatch(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<EvaluationReport>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit(() -> {
                List<EvaluationReport> mine = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    mine.add(current.get().evaluate(dataset));
                    if (r == ROUNDS / 2 - 1) {
                        halfway.countDown();
                    }
                }
                return mine;
            }));
        }
        halfway.await();
        current.set(replacement);
        int fromOld = 0;
        int fromNew = 0;
        for (Future<List<EvaluationReport>> f : results) {
            for (EvaluationReport report : f.get()) {
                assertTrue(report.equals(before) || report.equals(after), "a result of neither evaluator");
                fromOld += report.equals(before) ? 1 : 0;
                fromNew += report.equals(after) ? 1 : 0;
            }
        }
        pool.shutdown();
        assertEquals(THREADS * ROUNDS, fromOld + fromNew);
        assertTrue(fromOld >= THREADS * ROUNDS / 2, "every thread evaluated half its rounds before the swap");
        assertEquals(after, current.get().evaluate(dataset), "evaluations after the swap take the new evaluator");
    }
}
