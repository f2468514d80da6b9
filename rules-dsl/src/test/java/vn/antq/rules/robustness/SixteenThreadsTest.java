package vn.antq.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.report.JsonReportWriter;
import vn.antq.samples.GeneratorSettings;
import vn.antq.samples.SampleGenerator;

/**
 * 16 threads released together, each evaluating a locality with teams, members, leaders and budget lines 200 times
 * on one shared evaluator (itself using two threads), write JSON reports byte-identical to the sequential one.
 */
class SixteenThreadsTest {
    private static final int THREADS = 16;
    private static final int ROUNDS = 200;

    @Test
    void sixteenThreadsTimesTwoHundredEvaluationsAreByteIdenticalToSequentialUse() throws Exception {
        Dataset locality = DatasetReader.read(SampleGenerator.generate(GeneratorSettings.builder().seed(23)
                .year(2024).provinces("38").maxUnits(15).build()));
        Evaluator evaluator = Evaluator.builder().parallelism(2).chunkSize(7).build();
        byte[] sequential = json(Evaluator.builder().build().evaluate(locality));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int different = 0;
                    for (int i = 0; i < ROUNDS; i++) {
                        if (!java.util.Arrays.equals(sequential, json(evaluator.evaluate(locality)))) {
                            different++;
                        }
                    }
                    return different;
                }));
            }
            start.countDown();
            int different = 0;
            for (Future<Integer> f : results) {
                different += f.get();
            }
            assertEquals(0, different, "reports differing from the sequential one, of " + THREADS * ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] json(EvaluationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JsonReportWriter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
