package vn.antq.benchmarks;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.samples.Samples;

/**
 * Prints how long after the JVM started the first result was ready: build the evaluator with the
 * bundled national pack, read the bundled Thanh Hóa sample, evaluate it, report the first unit.
 * Run it in a fresh JVM each time (see docs/performance.md).
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * @param args ignored
     * @throws Exception when the sample cannot be read
     */
    public static void main(String[] args) throws Exception {
        Evaluator evaluator = Evaluator.builder().build();
        long built = ManagementFactory.getRuntimeMXBean().getUptime();
        Dataset dataset;
        try (InputStream in = Samples.thanhHoa2024()) {
            dataset = DatasetReader.read(in);
        }
        EvaluationReport report = evaluator.evaluate(dataset);
        long done = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("evaluator built %d ms after JVM start; %d units evaluated, first result (%s: %s) %d ms after JVM start%n",
                built, report.units().size(), report.units().get(0).id(),
                report.units().get(0).standard().status(), done);
    }
}
