package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.Evaluator;

/**
 * A host that owns its threads gives antq its executor: the evaluation's sessions run as tasks there, none on
 * threads antq starts, and the reports are those of the default evaluator.
 */
class HostExecutorTest {

    @Test
    void theSessionsRunOnTheHostsExecutorAndTheReportIsTheSame() {
        ExecutorService hostPool = Executors.newFixedThreadPool(3, r -> new Thread(r, "host-worker"));
        AtomicInteger tasks = new AtomicInteger();
        AtomicInteger onHostThreads = new AtomicInteger();
        try {
            Evaluator evaluator = Evaluator.builder().chunkSize(7).executor(task -> {
                tasks.incrementAndGet();
                hostPool.execute(() -> {
                    if (Thread.currentThread().getName().equals("host-worker")) {
                        onHostThreads.incrementAndGet();
                    }
                    task.run();
                });
            }).build();
            for (long seed = 300; seed < 305; seed++) {
                Dataset dataset = Localities.seeded(seed, 4).dataset();
                assertEquals(Fixture.EVALUATOR.evaluate(dataset), evaluator.evaluate(dataset), "seed " + seed);
            }
        } finally {
            hostPool.shutdownNow();
        }
        assertTrue(tasks.get() > 5, "sessions given to the host's executor: " + tasks.get());
        assertEquals(tasks.get(), onHostThreads.get());
    }
}
