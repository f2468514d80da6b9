package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;

/**
 * One {@link vn.antq.evaluation.Evaluator} shared by 8 threads at once, each evaluating several different generated
 * datasets in its own order, gives reports equal to those of sequential use.
 */
class ConcurrentEvaluationTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 5;

    @Test
    void eightThreadsSharingOneEvaluatorGetTheReportsOfSequentialUse() throws Exception {
        // Given six localities of up to four communes, and their reports evaluated one after the other
        List<Dataset> datasets = LongStream.rangeClosed(1, 6).mapToObj(seed -> Localities.seeded(seed, 4).dataset())
                .toList();
        List<EvaluationReport> sequential = datasets.stream().map(Fixture.EVALUATOR::evaluate).toList();
        // When 8 threads, released together, evaluate them all several times, each starting elsewhere
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < ROUNDS * datasets.size(); i++) {
                        int d = (offset + i) % datasets.size();
                        if (!sequential.get(d).equals(Fixture.EVALUATOR.evaluate(datasets.get(d)))) {
                            mismatches.add("thread " + offset + ", dataset " + d);
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            // Then every concurrent report equals the sequential one
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> f : results) {
                mismatches.addAll(f.get());
            }
            assertEquals(List.of(), mismatches);
        } finally {
            pool.shutdownNow();
        }
    }
}
