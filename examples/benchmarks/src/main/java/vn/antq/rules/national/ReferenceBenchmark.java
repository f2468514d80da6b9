package vn.antq.rules.national;

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
import vn.antq.benchmarks.BenchmarkDatasets;
import vn.antq.dataset.Dataset;

/**
 * The same datasets through the plain-Java reference of the rule pack's tests (verdicts only, no
 * explanations, one thread): the floor that the rule engine's overhead is measured against. It lives in
 * the reference's package because the reference is package-private test code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ReferenceBenchmark {

    /** Target dataset size. */
    @Param({"10000", "100000"})
    public int units;

    private Dataset dataset;

    /** Generates the dataset once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = BenchmarkDatasets.ofSize(units);
    }

    /** @return the reference's result, so that nothing is optimised away */
    @Benchmark
    public Object evaluate() {
        return ReferenceStandard.evaluate(dataset);
    }
}
