package vn.antq.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;

/**
 * Time to evaluate a generated dataset through the national rule pack; divide the unit count by the
 * score for units per second. Forks run with a 1 GB heap, so a 100k-unit run also checks the memory aim.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {

    /** Target dataset size. */
    @Param({"10000", "100000"})
    public int units;

    /** Threads per evaluation. */
    @Param({"1", "2"})
    public int parallelism;

    /** Units per rule session. */
    @Param({"100"})
    public int chunkSize;

    private Evaluator evaluator;
    private Dataset dataset;

    /** Builds the evaluator and the dataset once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        evaluator = Evaluator.builder().parallelism(parallelism).chunkSize(chunkSize).build();
        dataset = BenchmarkDatasets.ofSize(units);
    }

    /** @return the report, so that nothing is optimised away */
    @Benchmark
    public EvaluationReport evaluate() {
        return evaluator.evaluate(dataset);
    }
}
