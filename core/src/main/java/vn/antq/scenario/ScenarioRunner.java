package vn.antq.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;
import vn.antq.plan.PlanException;

/**
 * Runs scenario files ({@code antq-scenario/1}): reads each file (every problem with its line and column), builds
 * each case's dataset with the pack's scenario defaults, evaluates it — with the national pack and the case's
 * packs on top, and its plan — and compares the outcomes with the expected ones. It also collects the rules that
 * fired, so a pack can tell which of its rules no scenario covers.
 *
 * <p>Evaluators are built once per list of packs and reused; a runner is not thread-safe.
 *
 * <pre>{@code
 * ScenarioRun run = new ScenarioRunner().run(List.of(Path.of("rules-dsl/scenarios")));
 * run.results().stream().filter(r -> !r.passed()).forEach(r -> System.out.println(r.describe()));
 * System.out.println(run.summary());
 * }</pre>
 */
public final class ScenarioRunner {
    private final ClassLoader classLoader;
    private final Map<List<Path>, Evaluator> evaluators = new HashMap<>();
    private final Map<List<Path>, ScenarioDefaults> defaults = new HashMap<>();

    /** A runner on the class loader that loaded antq (it must see the national pack). */
    public ScenarioRunner() {
        this(ScenarioRunner.class.getClassLoader());
    }

    /** @param classLoader the class loader that sees the national pack and its fact classes */
    public ScenarioRunner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * The scenario files under some paths: a file is taken as it is; a directory gives every {@code .yaml} and
     * {@code .yml} file under it, in name order, except that a pack directory (one with {@code pack.yaml}) gives
     * only those under its {@code scenarios/} folder.
     *
     * @param paths files and directories
     * @return the scenario files, each once
     * @throws UncheckedIOException when a directory cannot be listed
     * @throws IllegalArgumentException when a path does not exist
     */
    public static List<Path> files(List<Path> paths) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                out.add(path);
            } else if (Files.isDirectory(path)) {
                Path root = Files.isRegularFile(path.resolve("pack.yaml")) ? path.resolve("scenarios") : path;
                if (Files.isDirectory(root)) {
                    out.addAll(yamlUnder(root));
                }
            } else {
                throw new IllegalArgumentException("không có tệp hay thư mục / no such file or directory: " + path);
            }
        }
        return List.copyOf(out);
    }

    private static List<Path> yamlUnder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a scenario file
     * @return its cases, in file order, each with its dataset built and checked
     * @throws ScenarioFormatException listing every problem of the file, each with line and column
     */
    public List<ScenarioCase> load(Path file) {
        return ScenarioFileReader.read(file, this::defaults);
    }

    /**
     * Evaluates one case and compares.
     *
     * @param scenario a case from {@link #load(Path)}
     * @return its result
     * @throws RulePackException when one of the case's packs does not load
     */
    public CaseResult run(ScenarioCase scenario) {
        Set<String> fired = ConcurrentHashMap.newKeySet();
        EvaluationReport report;
        try {
            report = evaluator(scenario.packs()).evaluate(scenario.dataset(), scenario.planId(), fired::add);
        } catch (PlanException e) {
            return new CaseResult(scenario.file(), scenario.name(), scenario.line(), List.of(new Mismatch(
                    "đánh giá theo kế hoạch / evaluation with the plan", scenario.line(), scenario.planId(),
                    Actual.NONE, List.of(e.getMessage()))), scenario.defaultsUsed(), fired);
        }
        List<Mismatch> mismatches = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            Actual actual = e.actual().apply(report);
            if (!actual.value().equals(e.expected())) {
                mismatches.add(new Mismatch(e.subject(), e.line(), e.expected(), actual.value(), actual.details()));
            }
        }
        return new CaseResult(scenario.file(), scenario.name(), scenario.line(), mismatches, scenario.defaultsUsed(),
                new TreeSet<>(fired));
    }

    /**
     * Runs every case of every scenario file under the paths ({@link #files}). A file that cannot be read is
     * reported in {@link ScenarioRun#problems()} and the others still run.
     *
     * @param paths files and directories
     * @return the results, the problems and the rules covered
     * @throws RulePackException when a case's pack does not load
     */
    public ScenarioRun run(List<Path> paths) {
        List<CaseResult> results = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (Path file : files(paths)) {
            List<ScenarioCase> cases;
            try {
                cases = load(file);
            } catch (ScenarioFormatException e) {
                problems.addAll(e.problems());
                continue;
            }
            for (ScenarioCase c : cases) {
                CaseResult r = run(c);
                results.add(r);
                covered.addAll(r.firedRules());
            }
        }
        return new ScenarioRun(results, problems, Collections.unmodifiableSet(covered));
    }

    private Evaluator evaluator(List<Path> packs) {
        return evaluators.computeIfAbsent(packs, p -> withPacks(Evaluator.builder().classLoader(classLoader), p)
                .build());
    }

    private ScenarioDefaults defaults(List<Path> packs) {
        ScenarioDefaults found = defaults.get(packs);
        if (found == null) {
            found = ScenarioDefaults.of(packs, classLoader);
            defaults.put(packs, found);
        }
        return found;
    }

    /**
     * The one place a case's packs reach the evaluator, in order: a pack whose {@code pack.yaml} has no
     * {@code extends} replaces the national pack, a pack that extends another is layered on it (as
     * {@code antq evaluate --rules} does).
     */
    static Evaluator.Builder withPacks(Evaluator.Builder builder, List<Path> packs) {
        for (Path pack : packs) {
            builder.rules(RulePack.directory(pack));
        }
        return builder;
    }
}
