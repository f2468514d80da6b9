package vn.antq.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.antq.commendation.MedalReview;
import vn.antq.commendation.Proposal;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.grassroots.TeamResult;
import vn.antq.movement.MovementClassification;
import vn.antq.movement.MovementLevel;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.period.AssessmentWindow;
import vn.antq.rules.Conclusion;
import vn.antq.rules.CriterionFact;
import vn.antq.rules.Exclusion;
import vn.antq.rules.MovementFact;
import vn.antq.rules.Params;
import vn.antq.rules.ProposalFact;
import vn.antq.rules.StandingFact;
import vn.antq.rules.UnitFact;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.Recognition;
import vn.antq.standard.StandardAssessment;
import vn.antq.standard.StandardStatus;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.Unit;

/**
 * Turns each session's conclusions into unit assessments as soon as the session ends (so that no
 * rule fact outlives its chunk), then puts them in dataset order. Thread-safe: chunks of one
 * evaluation are assembled concurrently. Explanation texts and parameter lists repeat across units,
 * so they are shared: a 100k-unit report would otherwise hold hundreds of megabytes of equal strings.
 */
final class ReportAssembler {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Comparator<CriterionResult> BY_RULE = Comparator.comparing(CriterionResult::rule);

    private final LoadedPack pack;
    private final Params params;
    private final Dataset dataset;
    private final Map<String, Unit> units;
    /** Recently shared texts, by identity; a power of two. */
    private static final int RECENT = 4_096;
    private final String[] recent = new String[RECENT];
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<List<String>, List<UsedParameter>> used = new ConcurrentHashMap<>();
    private final Map<List<String>, List<String>> idLists = new ConcurrentHashMap<>();
    private final Set<String> provisional = ConcurrentHashMap.newKeySet();
    private final List<ProposalFact> proposals = Collections.synchronizedList(new ArrayList<>());

    ReportAssembler(LoadedPack pack, Params params, Dataset dataset, Map<String, Unit> units) {
        this.pack = pack;
        this.params = params;
        this.dataset = dataset;
        this.units = units;
    }

    void assemble(List<UnitFact> chunk, ChunkResult results, Map<String, UnitAssessment> into) {
        proposals.addAll(results.proposals);
        for (UnitFact f : chunk) {
            Unit u = units.get(f.getId());
            into.put(u.id(), new UnitAssessment(u.id(), u.kind(), u.type(), u.name(), u.parentId(),
                    standard(u, f.getWindow(), results), movement(u, results.movements.get(u.id()))));
        }
    }

    EvaluationReport report(Map<String, UnitAssessment> assessed, Map<String, Recognition> recognitions,
                            BudgetRun.Result budget, List<TeamResult> teams, MedalReview medals) {
        List<UnitAssessment> ordered = new ArrayList<>(dataset.units().size());
        for (Unit u : dataset.units()) {
            UnitAssessment a = assessed.get(u.id());
            if (a == null) {
                ordered.add(notValid(u));
            } else if (a.standard().status() == StandardStatus.NOT_APPLICABLE) {
                ordered.add(a);
            } else {
                ordered.add(a.withRecognition(recognitions.get(u.id())));
            }
        }
        List<Proposal> ranked = new ProposalRanking(this).rank(proposals, assessed);
        return new EvaluationReport(dataset.year(), dataset.referenceDate(), pack.info(),
                provisional.stream().sorted().toList(), ordered, null, List.of(), budget.lines(), ranked, teams, medals,
                dataset.warnings(), budget.caps());
    }

    private UnitAssessment notValid(Unit u) {
        StandardAssessment standard = new StandardAssessment(StandardStatus.NOT_APPLICABLE, null,
                "Không tồn tại tại ngày tham chiếu " + DAY.format(dataset.referenceDate()), List.of());
        return new UnitAssessment(u.id(), u.kind(), u.type(), u.name(), u.parentId(), standard,
                MovementClassification.notApplicable());
    }

    private StandardAssessment standard(Unit u, AssessmentWindow window, ChunkResult results) {
        if (!u.kind().isAssessed()) {
            return new StandardAssessment(StandardStatus.NOT_APPLICABLE, null, null, List.of());
        }
        Exclusion exclusion = results.exclusions.get(u.id());
        if (exclusion != null) {
            return new StandardAssessment(StandardStatus.NOT_APPLICABLE, window,
                    shared(exclusion.reason() + " (" + exclusion.ruleId() + ")"), List.of());
        }
        StandingFact standing = results.standings.get(u.id());
        if (standing == null) {
            throw new RulePackException(List.of(new PackProblem("rules", 0,
                    "no rule concluded the standing of unit " + u.id() + " (" + u.kind() + ")")));
        }
        List<CriterionFact> facts = results.criteria.getOrDefault(u.id(), List.of());
        List<CriterionResult> criteria = new ArrayList<>(facts.size());
        for (CriterionFact c : facts) {
            criteria.add(criterion(c));
        }
        criteria.sort(BY_RULE);
        return new StandardAssessment(standing.status(), window, null, criteria);
    }

    private CriterionResult criterion(CriterionFact c) {
        return new CriterionResult(c.ruleId(), c.verdict(), label(c), shared(c.actual()), shared(c.required()),
                source(c), sharedIds(c.provisionalBasis()), parameters(c));
    }

    /** @param c a conclusion @return the label of the rule that drew it, or null when the pack has none */
    String label(Conclusion c) {
        RuleInfo info = pack.rules().get(c.ruleId());
        return info == null ? null : info.label();
    }

    /** @param c a conclusion @return the legal source of the rule that drew it, or null when the pack has none */
    String source(Conclusion c) {
        RuleInfo info = pack.rules().get(c.ruleId());
        return info == null ? null : info.source();
    }

    /** @param c a conclusion @return the parameters it used, shared across conclusions; records the provisional ones */
    List<UsedParameter> parameters(Conclusion c) {
        return parameters(c.parameterIds());
    }

    private MovementClassification movement(Unit u, MovementFact fact) {
        if (fact == null || !u.kind().isClassified()) {
            return MovementClassification.notApplicable();
        }
        List<UsedParameter> parameters = fact.level() == MovementLevel.INSUFFICIENT_DATA
                ? List.of() : parameters(fact.parameterIds());
        return new MovementClassification(fact.level(), fact.score(), fact.ruleId(), parameters);
    }

    /** @return the parameters used, shared across conclusions; records the provisional ones */
    List<UsedParameter> parameters(List<String> ids) {
        return used.computeIfAbsent(ids, this::resolve);
    }

    /**
     * @param ids parameter ids
     * @param at  parameters resolved on another day than the reference date (e.g. a proposal date)
     * @return the parameters used, as resolved in {@code at}; records the provisional ones
     */
    List<UsedParameter> parameters(List<String> ids, Params at) {
        List<UsedParameter> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            ResolvedParameter p = at.get(id);
            if (p.provisional()) {
                provisional.add(id);
            }
            list.add(new UsedParameter(p.id(), p.displayValue(), p.source(), p.provisional()));
        }
        return List.copyOf(list);
    }

    private List<UsedParameter> resolve(List<String> ids) {
        return parameters(ids, params);
    }

    /** @param ids a list of ids @return an equal list shared with the other conclusions that use it */
    List<String> sharedIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> known = idLists.get(ids); // most lists are known: a read takes no lock
        if (known == null) {
            known = idLists.putIfAbsent(ids, ids);
        }
        return known != null ? known : ids;
    }

    /** @param text an explanation text @return an equal text shared with the other conclusions that use it */
    String shared(String text) {
        // most texts are the very instance shared a moment ago (a rule's conclusions repeat their wording): a look
        // by identity in a small table of recent ones spares hashing the text and a look in the large map; the
        // table holds only shared texts, so a stale or racy read is still a shared text or a miss
        int slot = System.identityHashCode(text) & (RECENT - 1);
        if (recent[slot] == text) {
            return text;
        }
        String known = texts.get(text); // most texts are known: a read takes no lock
        if (known == null) {
            known = texts.putIfAbsent(text, text);
        }
        String canonical = known != null ? known : text;
        recent[System.identityHashCode(canonical) & (RECENT - 1)] = canonical;
        return canonical;
    }
}
