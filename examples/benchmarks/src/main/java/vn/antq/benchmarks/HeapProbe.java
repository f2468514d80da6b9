package vn.antq.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;

/**
 * Prints the heap a dataset and its report retain, after a full collection: how much of the 1 GB aim
 * for a 100k-unit evaluation each takes. Argument: the dataset size (default 100000). Run it with
 * {@code -Xmx1g} to check that the evaluation fits.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    /** @param args optional dataset size */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Evaluator evaluator = Evaluator.builder().parallelism(Runtime.getRuntime().availableProcessors()).build();
        long base = retained();
        Dataset dataset = BenchmarkDatasets.ofSize(size);
        long withDataset = retained();
        EvaluationReport report = evaluator.evaluate(dataset);
        long withReport = retained();
        System.out.printf("units %d: evaluator %d MB, dataset %d MB, report %d MB, peak committed %d MB (max heap %d MB)%n",
                report.units().size(), base >> 20, (withDataset - base) >> 20, (withReport - withDataset) >> 20,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long retained() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
