package vn.antq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import vn.antq.commendation.MedalReview;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.grassroots.TeamResult;
import vn.antq.rules.Params;
import vn.antq.rules.UnitFact;
import vn.antq.standard.Recognition;
import vn.antq.unit.Unit;

/**
 * One evaluation of one dataset: build facts, plan chunks, run a session per chunk (on up to
 * {@code parallelism} threads), assemble the report. Design note: the commune's pooled rule
 * (ANTT-XA-4) needs its units' results, so a commune and its units share a session; sessions of
 * about a hundred units keep the join memories small (one session per province was ten times slower).
 * The security teams are rated first: a team's computed rating feeds ANTT-KDC-5 of the khu dân cư it covers
 * when the dataset gives none.
 */
public final class Evaluation {
    private final LoadedPack pack;
    private final int parallelism;
    private final int chunkSize;
    private final Consumer<String> fired;
    private final Executor executor;

    /**
     * @param pack        the loaded pack
     * @param parallelism threads to use, at least 1
     * @param chunkSize   target units per session
     * @param executor    the host's executor to run the sessions on, or null for threads of the evaluation's own
     */
    public Evaluation(LoadedPack pack, int parallelism, int chunkSize, Executor executor) {
        this(pack, parallelism, chunkSize, RuleSession.UNTRACED, executor);
    }

    /**
     * @param pack        the loaded pack
     * @param parallelism threads to use, at least 1
     * @param chunkSize   target units per session
     * @param fired       told the id of each rule as it fires, from the evaluation's threads
     * @param executor    the host's executor to run the sessions on, or null for threads of the evaluation's own
     *                    (at most {@code parallelism})
     */
    public Evaluation(LoadedPack pack, int parallelism, int chunkSize, Consumer<String> fired, Executor executor) {
        this.pack = pack;
        this.parallelism = parallelism;
        this.chunkSize = chunkSize;
        this.fired = fired;
        this.executor = executor;
    }

    /**
     * @param dataset a validated dataset
     * @return its report
     * @throws vn.antq.evaluation.PeriodNotCoveredException before any rule runs, when a parameter the rules join has
     *                                                      no value on the day the dataset is read
     */
    public EvaluationReport run(Dataset dataset) {
        Params params = new Params(pack.parameters().at(dataset.referenceDate()));
        PeriodCoverage.check(pack, dataset, params);
        Map<String, Unit> byId = dataset.unitsById();
        ReportAssembler assembler = new ReportAssembler(pack, params, dataset, byId);
        List<TeamResult> teams = new TeamRun(pack, params, assembler, fired).run(dataset, byId, chunkSize, this::forEach);
        FactBuilder builder = new FactBuilder(dataset, byId, TeamStandings.byArea(dataset, teams),
                FactBuilder.windows(pack, params, dataset.year()), pack.indicatorLabels());
        Map<String, UnitFact> facts = builder.build();
        List<List<UnitFact>> chunks = ChunkPlanner.plan(facts, builder, chunkSize);
        SessionRunner runner = new SessionRunner(pack, params, fired);
        Map<String, UnitAssessment> assessed = new ConcurrentHashMap<>(facts.size() * 2);
        forEach(chunks, chunk -> assembler.assemble(chunk, runner.run(chunk), assessed));
        BudgetRun.Result budget = new BudgetRun(pack, params, assembler, fired).run(dataset);
        MedalReview medals = new MedalRun(pack, assembler, fired).run(dataset, this::forEach);
        Map<String, Recognition> recognitions = new RecognitionRun(pack, params, assembler, fired).run(dataset, byId);
        return assembler.report(assessed, recognitions, budget, teams, medals);
    }

    /** Runs the work on every chunk, on up to {@code parallelism} threads. */
    private <T> void forEach(List<T> chunks, Consumer<T> work) {
        if (chunks.size() <= 1 || (parallelism == 1 && executor == null)) {
            chunks.forEach(work);
        } else if (executor != null) {
            onHostExecutor(work, chunks);
        } else {
            parallel(work, chunks);
        }
    }

    /** Runs each chunk as a task of the host's executor and waits for all of them. */
    private <T> void onHostExecutor(Consumer<T> work, List<T> chunks) {
        List<CompletableFuture<Void>> futures = new ArrayList<>(chunks.size());
        for (T chunk : chunks) {
            futures.add(CompletableFuture.runAsync(() -> work.accept(chunk), executor));
        }
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        }
    }

    private <T> void parallel(Consumer<T> work, List<T> chunks) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, chunks.size()), r -> {
            Thread t = new Thread(r, "antq-evaluation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(chunks.size());
            for (T chunk : chunks) {
                futures.add(pool.submit(() -> work.accept(chunk)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
