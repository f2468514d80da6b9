package vn.antq.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import vn.antq.dataset.Dataset;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.internal.Evaluation;
import vn.antq.internal.LoadedPack;
import vn.antq.internal.PackLoader;
import vn.antq.internal.PlanIndex;
import vn.antq.internal.PlanRun;
import vn.antq.pack.LayerInfo;
import vn.antq.pack.PackInfo;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterSet;
import vn.antq.plan.PlanException;
import vn.antq.plan.PlanInfo;

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
    private final Map<String, LoadedPack> plans;
    private final int parallelism;
    private final int chunkSize;
    private final Executor executor;

    private Evaluator(LoadedPack pack, Map<String, LoadedPack> plans, int parallelism, int chunkSize,
                      Executor executor) {
        this.pack = pack;
        this.plans = plans;
        this.parallelism = parallelism;
        this.chunkSize = chunkSize;
        this.executor = executor;
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
     * @throws PeriodNotCoveredException before any rule runs, when the dataset's reference date (or Kỷ niệm chương
     *                                   proposal date) lies outside what the pack covers: a parameter the rules
     *                                   that would fire on it join has no value that day
     * @throws RulePackException         when a rule fails while running
     */
    public EvaluationReport evaluate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return new Evaluation(pack, parallelism, chunkSize, executor).run(dataset);
    }

    /**
     * Evaluates every unit of the dataset, then the targets of a plan over the results.
     *
     * @param dataset a validated dataset
     * @param planId  the id of one of {@link #plans()}
     * @return the report with the plan's targets; {@code pack().layers()} also lists the layers on the plan
     * @throws PlanException     when no plan has that id, the dataset is for another year than the plan, or
     *                           it lacks the unit the plan covers
     * @throws PeriodNotCoveredException as {@link #evaluate(Dataset)}
     * @throws RulePackException when a rule fails while running
     */
    public EvaluationReport evaluate(Dataset dataset, String planId) {
        Objects.requireNonNull(planId, "planId");
        LoadedPack plan = plan(planId);
        return withPlanLayers(plan, new PlanRun(plan).run(dataset, evaluate(dataset)));
    }

    private LoadedPack plan(String planId) {
        LoadedPack plan = plans.get(planId);
        if (plan == null) {
            throw new PlanException("Không có kế hoạch " + planId + " (có: " + String.join(", ", plans.keySet())
                    + ") / no plan " + planId + " (known: " + String.join(", ", plans.keySet()) + ")");
        }
        return plan;
    }

    /** The report names the layers on the plan too, after the layers on the pack. */
    private static EvaluationReport withPlanLayers(LoadedPack plan, EvaluationReport report) {
        if (plan.info().layers().isEmpty()) {
            return report;
        }
        List<LayerInfo> layers = new ArrayList<>(report.pack().layers());
        layers.addAll(plan.info().layers());
        PackInfo info = new PackInfo(report.pack().id(), report.pack().name(), report.pack().version(), layers);
        return new EvaluationReport(report.year(), report.referenceDate(), info, report.provisionalParameters(),
                report.units(), report.plan(), report.targets(), report.budget(), report.proposals(),
                report.securityTeams(), report.medals(), report.warnings(), report.budgetCaps());
    }

    /**
     * Evaluates every unit of the dataset, and the targets of a plan when one is named, telling a listener the id
     * of each rule as it fires: what a scenario test counts as the rules it covers. The report is the one
     * {@link #evaluate(Dataset)} (or {@link #evaluate(Dataset, String)}) gives.
     *
     * @param dataset    a validated dataset
     * @param planId     the id of one of {@link #plans()}, or null for no plan
     * @param firedRules told the rule id at each firing (a rule fires once per match); called from the
     *                   evaluation's threads, so it must be thread-safe when {@link Builder#parallelism} is above 1
     * @return the report
     * @throws PlanException     when no plan has that id, the dataset is for another year than the plan, or
     *                           it lacks the unit the plan covers
     * @throws PeriodNotCoveredException as {@link #evaluate(Dataset)}
     * @throws RulePackException when a rule fails while running
     */
    public EvaluationReport evaluate(Dataset dataset, String planId, Consumer<String> firedRules) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(firedRules, "firedRules");
        LoadedPack plan = planId == null ? null : plan(planId);
        EvaluationReport report = new Evaluation(pack, parallelism, chunkSize, firedRules, executor).run(dataset);
        return plan == null ? report : withPlanLayers(plan, new PlanRun(plan, firedRules).run(dataset, report));
    }

    /**
     * A what-if on an evaluator already built: the same compiled packs (nothing is compiled or loaded again) with
     * some parameter values changed, as {@link Builder#parameterOverrides} would give.
     *
     * @param overrides parameters with distinct ids, each defined by the pack (with its layers) or one of the plans
     * @return a new evaluator; this one is unchanged
     * @throws RulePackException naming each parameter that no pack defines or whose value changes kind
     */
    public Evaluator withParameterOverrides(Collection<Parameter> overrides) {
        Map<String, LoadedPack> changedPlans = new TreeMap<>(plans);
        LoadedPack changed = override(pack, changedPlans, List.copyOf(overrides));
        return new Evaluator(changed, Collections.unmodifiableMap(changedPlans), parallelism, chunkSize, executor);
    }

    /** @return the plans this evaluator can evaluate, by id order */
    public List<PlanInfo> plans() {
        return plans.values().stream().map(LoadedPack::plan).toList();
    }

    /** @return the identity of the loaded pack, with the layers on it and the rules they disable */
    public PackInfo pack() {
        return pack.info();
    }

    /**
     * @return the indicators the pack's layers declare ({@code indicators} in their pack.yaml), to read datasets
     *     with ({@link vn.antq.dataset.DatasetReader#read(java.nio.file.Path, Collection)}); empty without layers
     * @since 0.3
     */
    public List<DeclaredIndicator> indicators() {
        return pack.indicators();
    }

    /** @return the pack's rules with their metadata, by rule id order, with its layers' and without the rules they disable */
    public Collection<RuleInfo> rules() {
        return pack.rules().values();
    }

    /** @return the pack's parameters, with its layers' new parameters and overrides */
    public ParameterSet parameters() {
        return pack.parameters();
    }

    /**
     * @param planId the id of one of {@link #plans()}
     * @return that plan's parameters
     * @throws PlanException when no plan has that id
     * @since 0.10
     */
    public ParameterSet planParameters(String planId) {
        LoadedPack plan = plans.get(Objects.requireNonNull(planId, "planId"));
        if (plan == null) {
            throw new PlanException("Không có kế hoạch " + planId + " (có: " + String.join(", ", plans.keySet())
                    + ") / no plan " + planId + " (known: " + String.join(", ", plans.keySet()) + ")");
        }
        return plan.parameters();
    }

    /** Configures and builds an {@link Evaluator}. Not thread-safe; build once and share the result. */
    public static final class Builder {
        private RulePack rulePack = RulePack.national();
        private int parallelism = 1;
        private int chunkSize = 100;
        private Executor executor;
        private ClassLoader classLoader = Evaluator.class.getClassLoader();
        private final List<RulePack> planPacks = new ArrayList<>();
        private boolean bundledPlans = true;
        private List<Parameter> overrides = List.of();
        private final List<RulePack> layers = new ArrayList<>();
        private final List<RulePack> given = new ArrayList<>();

        private Builder() {
        }

        /**
         * Layers a pack on the rule pack: its pack.yaml names the pack it {@code extends} (the rule pack, or a
         * layer added before), and its rules, parameters, overrides, indicators and disabled rules join the rule
         * pack's in one KIE base, compiled once when the evaluator is built. Repeatable, bottom first.
         *
         * @param value a pack whose pack.yaml has {@code extends}
         * @return this builder
         * @since 0.3
         */
        public Builder layer(RulePack value) {
            layers.add(Objects.requireNonNull(value, "layer"));
            return this;
        }

        /**
         * Adds a pack as the command line's {@code --rules} does, deciding when the evaluator is built: a pack
         * whose pack.yaml names the pack it {@code extends} is a {@link #layer}; one without replaces the rule pack
         * ({@link #rulePack}), and must then come first. Repeatable, in order.
         *
         * @param value a pack
         * @return this builder
         * @since 0.3
         */
        public Builder rules(RulePack value) {
            given.add(Objects.requireNonNull(value, "rules"));
            return this;
        }

        /**
         * @param value a plan pack to make available to {@link Evaluator#evaluate(Dataset, String)}, in
         *              addition to the plans bundled on the classpath
         * @return this builder
         */
        public Builder plan(RulePack value) {
            planPacks.add(Objects.requireNonNull(value, "plan"));
            return this;
        }

        /**
         * @param value false to leave out the plans that rules jars on the classpath bundle (default true)
         * @return this builder
         */
        public Builder bundledPlans(boolean value) {
            this.bundledPlans = value;
            return this;
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
         * Runs an evaluation's rule sessions as tasks of the host's executor instead of on threads antq starts (then
         * {@link #parallelism} is not used: the executor decides how many run at once). {@code evaluate} waits for
         * its tasks, so it must not be called from a thread of a bounded executor it gives them to.
         *
         * @param value the host's executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
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

        /**
         * Evaluates with some parameter values changed, as a what-if: each override replaces the values of the
         * pack's (or a plan's) parameter of the same id from its first date onward (see
         * {@link ParameterSet#overriddenBy}). Replaces overrides given before.
         *
         * @param value parameters with distinct ids, each defined by the pack or one of the plans
         * @return this builder
         */
        public Builder parameterOverrides(Collection<Parameter> value) {
            this.overrides = List.copyOf(value);
            return this;
        }

        /** @param value the class loader that sees the pack and its fact classes @return this builder */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value, "classLoader");
            return this;
        }

        /**
         * Loads the pack and the plans.
         *
         * @return the evaluator
         * @throws RulePackException listing every problem of a pack or a layer, with file and line, or naming a
         *                           pack given as a plan that encodes no plan, or two plans with one id
         */
        public Evaluator build() {
            RulePack base = rulePack;
            List<RulePack> stack = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                RulePack p = given.get(i);
                if (PackLoader.identify(p, classLoader).extendsId() != null) {
                    stack.add(p);
                } else if (i == 0) {
                    base = p;
                } else {
                    throw new RulePackException(List.of(new PackProblem(p + "/pack.yaml", 0, "gói này không có 'extends' "
                            + "nên thay cả bộ luật; chỉ gói đầu tiên được như vậy / this pack has no 'extends', so it "
                            + "replaces the whole rule pack, which only the first pack may do")));
                }
            }
            stack.addAll(layers);
            List<RulePack> all = new ArrayList<>(bundledPlans ? PlanIndex.bundled(classLoader) : List.of());
            all.addAll(planPacks);
            Map<RulePack, List<RulePack>> layersOf = layersOf(base, stack, all);
            LoadedPack loaded = PackLoader.load(base, layersOf.get(base), classLoader);
            Map<String, LoadedPack> plans = new TreeMap<>();
            for (RulePack p : all) {
                LoadedPack plan = PackLoader.load(p, layersOf.getOrDefault(p, List.of()), classLoader);
                if (plan.plan() == null) {
                    throw new RulePackException(List.of(new PackProblem(p.toString(), 0,
                            "this pack encodes no plan (no 'plan' in pack.yaml)")));
                }
                if (plans.put(plan.plan().id(), plan) != null) {
                    throw new RulePackException(List.of(new PackProblem(p.toString(), 0,
                            "a second plan with id " + plan.plan().id())));
                }
            }
            if (!overrides.isEmpty()) {
                loaded = override(loaded, plans, overrides);
            }
            return new Evaluator(loaded, Collections.unmodifiableMap(plans), parallelism, chunkSize, executor);
        }

        /**
         * Sends each layer to the pack it extends: a plan (by its pack id or its plan id, e.g.
         * {@code extends: TH-KH67-2024}) or a layer already on a plan; any other goes on the rule pack, which
         * reports an {@code extends} that names no pack below.
         */
        private Map<RulePack, List<RulePack>> layersOf(RulePack base, List<RulePack> stack, List<RulePack> plans) {
            if (stack.isEmpty()) {
                // no layer: nothing to send anywhere, and no descriptor to read twice
                return Map.of(base, List.of());
            }
            Map<String, RulePack> target = new java.util.HashMap<>();
            for (RulePack p : plans) {
                PackLoader.Identity id = PackLoader.identify(p, classLoader);
                target.put(id.id(), p);
                if (id.planId() != null) {
                    target.put(id.planId(), p);
                }
            }
            target.put(PackLoader.identify(base, classLoader).id(), base);
            Map<RulePack, List<RulePack>> layersOf = new java.util.LinkedHashMap<>();
            layersOf.put(base, new ArrayList<>());
            for (RulePack layer : stack) {
                PackLoader.Identity id = PackLoader.identify(layer, classLoader);
                RulePack below = target.getOrDefault(id.extendsId(), base);
                layersOf.computeIfAbsent(below, k -> new ArrayList<>()).add(layer);
                target.putIfAbsent(id.id(), below);
            }
            return layersOf;
        }
    }

    /** Gives each loaded pack the overrides of the parameters it defines; an id no pack defines is a problem. */
    private static LoadedPack override(LoadedPack loaded, Map<String, LoadedPack> plans, List<Parameter> overrides) {
        List<PackProblem> problems = new ArrayList<>();
        List<Parameter> unmatched = new ArrayList<>(overrides);
        LoadedPack pack = override(loaded, unmatched, problems);
        plans.replaceAll((id, plan) -> override(plan, unmatched, problems));
        for (Parameter p : unmatched) {
            problems.add(new PackProblem("parameters", 0, "parameter " + p.id()
                    + " is not defined by the rule pack or any plan, so it cannot be overridden"));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return pack;
    }

    private static LoadedPack override(LoadedPack pack, List<Parameter> unmatched, List<PackProblem> problems) {
        List<Parameter> mine = unmatched.stream().filter(p -> pack.parameters().get(p.id()).isPresent()).toList();
        if (mine.isEmpty()) {
            return pack;
        }
        unmatched.removeAll(mine);
        try {
            return pack.withParameters(pack.parameters().overriddenBy(mine));
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem("parameters", 0, e.getMessage()));
            return pack;
        }
    }
}
