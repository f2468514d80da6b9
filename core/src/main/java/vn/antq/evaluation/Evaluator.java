package vn.antq.evaluation;

import java.util.Collection;
import java.util.Objects;
import vn.antq.dataset.Dataset;
import vn.antq.internal.Evaluation;
import vn.antq.internal.LoadedPack;
import vn.antq.internal.PackLoader;
import vn.antq.pack.PackInfo;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.ParameterSet;

/**
 * Evaluates datasets against a rule pack. Build it once — building loads the pack, which is the only
 * costly step — then call {@link #evaluate(Dataset)} as often as needed.
 *
 * <p>An evaluator is immutable and thread-safe: any number of threads may evaluate at once. Each
 * evaluation runs its own rule sessions (one per chunk of about a hundred units, each commune with
 * the units it manages in the same chunk) and never compiles rules.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder().build();          // the bundled national pack
 * EvaluationReport report = evaluator.evaluate(DatasetReader.read(path));
 * }</pre>
 *
 * @since 0.1
 */
public final class Evaluator {
    private final LoadedPack pack;
    private final int parallelism;
    private final int chunkSize;

    private Evaluator(LoadedPack pack, int parallelism, int chunkSize) {
        this.pack = pack;
        this.parallelism = parallelism;
        this.chunkSize = chunkSize;
    }

    /** @return a builder with the national pack, one thread and chunks of 100 units */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates every unit of the dataset at its year and reference date.
     *
     * @param dataset a validated dataset
     * @return the report, every unit once in dataset order
     * @throws RulePackException when a rule fails while running (e.g. reads a parameter the pack does
     *                           not define at the dataset's reference date)
     */
    public EvaluationReport evaluate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return new Evaluation(pack, parallelism, chunkSize).run(dataset);
    }

    /** @return the identity of the loaded pack */
    public PackInfo pack() {
        return pack.info();
    }

    /** @return the pack's rules with their metadata, by rule id order */
    public Collection<RuleInfo> rules() {
        return pack.rules().values();
    }

    /** @return the pack's parameters */
    public ParameterSet parameters() {
        return pack.parameters();
    }

    /** Configures and builds an {@link Evaluator}. Not thread-safe; build once and share the result. */
    public static final class Builder {
        private RulePack rulePack = RulePack.national();
        private int parallelism = 1;
        private int chunkSize = 100;
        private ClassLoader classLoader = Evaluator.class.getClassLoader();

        private Builder() {
        }

        /** @param value the pack to load (default: {@link RulePack#national()}) @return this builder */
        public Builder rulePack(RulePack value) {
            this.rulePack = Objects.requireNonNull(value, "rulePack");
            return this;
        }

        /**
         * @param value how many threads one evaluation may use, at least 1 (default 1)
         * @return this builder
         */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be >= 1: " + value);
            }
            this.parallelism = value;
            return this;
        }

        /**
         * @param value the target number of units per rule session, at least 1 (default 100); a
         *              commune and the units it manages always share a session
         * @return this builder
         */
        public Builder chunkSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("chunkSize must be >= 1: " + value);
            }
            this.chunkSize = value;
            return this;
        }

        /** @param value the class loader that sees the pack and its fact classes @return this builder */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "classLoader");
            return this;
        }

        /**
         * Loads the pack.
         *
         * @return the evaluator
         * @throws RulePackException listing every problem of the pack, with file and line
         */
        public Evaluator build() {
            return new Evaluator(PackLoader.load(rulePack, classLoader), parallelism, chunkSize);
        }
    }
}
