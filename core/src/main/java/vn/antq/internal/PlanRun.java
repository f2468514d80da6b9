package vn.antq.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.antq.campaign.Campaign;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.pack.RuleInfo;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.plan.PlanException;
import vn.antq.plan.PlanInfo;
import vn.antq.plan.TargetResult;
import vn.antq.rules.OutcomeFact;
import vn.antq.rules.Params;
import vn.antq.rules.ScopeFact;
import vn.antq.rules.TargetFact;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;

/**
 * The aggregation phase: a plan's targets over the unit results of one evaluation, in one session of
 * small facts (one per unit, one per scope, the campaigns). Scopes are the plan's unit and its groups
 * (the units of kind {@code groupBy} under it, at the reference date); every unit under the plan's unit
 * counts in the whole and in exactly one group, so the groups' numbers add up to the whole's.
 */
public final class PlanRun {
    /** The kinds of input fact its sessions hold. */
    private static final Set<Class<?>> HELD = Set.of(ScopeFact.class, OutcomeFact.class, Campaign.class);

    /** Suffix of the group of units under the plan's unit that lie in no group. */
    static final String OWN_GROUP = ":truc-thuoc";

    private final LoadedPack pack;
    private final Consumer<String> fired;

    /** @param pack a loaded plan pack */
    public PlanRun(LoadedPack pack) {
        this(pack, RuleSession.UNTRACED);
    }

    /**
     * @param pack  a loaded plan pack
     * @param fired told the id of each of its rules as it fires
     */
    public PlanRun(LoadedPack pack, Consumer<String> fired) {
        this.pack = pack;
        this.fired = fired;
    }

    /**
     * @param dataset the dataset evaluated
     * @param report  its unit results
     * @return the report with the plan's targets
     * @throws PlanException when the dataset is for another year, lacks the plan's unit, or the group kind
     *                       is unknown
     */
    public EvaluationReport run(Dataset dataset, EvaluationReport report) {
        PlanInfo plan = pack.plan();
        if (plan.year() != dataset.year()) {
            throw new PlanException("Kế hoạch " + plan.id() + " đặt chỉ tiêu năm " + plan.year() + ", dữ liệu là năm "
                    + dataset.year() + " / plan " + plan.id() + " sets targets for " + plan.year()
                    + ", the dataset is for " + dataset.year());
        }
        Map<String, Unit> byId = dataset.unitsById();
        Unit scopeUnit = byId.get(plan.scope());
        if (scopeUnit == null || !scopeUnit.isValidOn(dataset.referenceDate())) {
            throw new PlanException("Kế hoạch " + plan.id() + " áp dụng cho đơn vị " + plan.scope()
                    + ", không có trong dữ liệu tại ngày tham chiếu / plan " + plan.id() + " covers unit "
                    + plan.scope() + ", which the dataset does not have at its reference date");
        }
        UnitKind groupKind = groupKind(plan);
        Map<String, ScopeFact> scopes = new LinkedHashMap<>();
        scopes.put(scopeUnit.id(), new ScopeFact(scopeUnit.id(), scopeUnit.name(), true));
        List<OutcomeFact> outcomes = new ArrayList<>();
        Map<String, SecurityTeam> teams = TeamCounts.byArea(dataset);
        List<UnitAssessment> units = report.units();
        for (int i = 0; i < units.size(); i++) {
            Unit u = dataset.units().get(i);
            if (!u.isValidOn(dataset.referenceDate()) || u.id().equals(scopeUnit.id())) {
                continue;
            }
            String group = groupOf(u, scopeUnit.id(), groupKind, byId);
            if (group == null) {
                continue;
            }
            scopes.computeIfAbsent(group, g -> g.endsWith(OWN_GROUP)
                    ? new ScopeFact(g, scopeUnit.name() + " — đơn vị trực thuộc", false)
                    : new ScopeFact(g, byId.get(g).name(), false));
            UnitAssessment a = units.get(i);
            outcomes.add(new OutcomeFact(u.id(), i, u.kind(), u.type(), Set.of(scopeUnit.id(), group),
                    a.standard().status(), a.movement().level(), TeamCounts.withTeam(u, teams.get(u.id())),
                    a.standard().provisionalBasis(), a.movement().provisionalBasis()));
        }
        Params params = new Params(pack.parameters().at(dataset.referenceDate()));
        List<TargetFact> facts = fire(params, scopes.values(), outcomes, dataset);
        return report.withTargets(plan, results(facts, scopes, params));
    }

    private static UnitKind groupKind(PlanInfo plan) {
        try {
            return UnitKind.valueOf(plan.groupBy());
        } catch (IllegalArgumentException e) {
            throw new PlanException("Kế hoạch " + plan.id() + ": groupBy " + plan.groupBy()
                    + " không phải loại đơn vị / is not a unit kind");
        }
    }

    /** @return the group of a unit under the plan's unit, or null when the unit is not under it */
    private static String groupOf(Unit u, String scopeId, UnitKind groupKind, Map<String, Unit> byId) {
        String group = null;
        Unit current = u;
        for (int depth = 0; current != null && depth <= byId.size(); depth++) {
            if (current.id().equals(scopeId)) {
                return group != null ? group : scopeId + OWN_GROUP;
            }
            if (group == null && current.kind() == groupKind) {
                group = current.id();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    private List<TargetFact> fire(Params params, Iterable<ScopeFact> scopes, List<OutcomeFact> outcomes,
                                  Dataset dataset) {
        try (RuleSession session = RuleSession.open(pack, params, HELD, fired)) {
            session.insertAll(scopes).insertAll(outcomes).insertAll(dataset.campaigns()).fire();
            return session.all(TargetFact.class);
        }
    }

    private List<TargetResult> results(List<TargetFact> facts, Map<String, ScopeFact> scopes, Params params) {
        List<String> scopeOrder = new ArrayList<>(scopes.keySet());
        facts.sort(Comparator.comparing(TargetFact::targetId, PlanRun::byNumber)
                .thenComparing(f -> scopeOrder.indexOf(f.scopeId())));
        Map<String, UsedParameter> used = new HashMap<>();
        List<TargetResult> results = new ArrayList<>(facts.size());
        for (TargetFact f : facts) {
            RuleInfo info = pack.rules().get(f.ruleId());
            List<UsedParameter> parameters = new ArrayList<>();
            for (String id : f.parameterIds()) {
                parameters.add(used.computeIfAbsent(id, k -> usedParameter(params.get(k))));
            }
            results.add(new TargetResult(f.targetId(), f.scopeId(), scopes.get(f.scopeId()).name(),
                    (info == null || info.label() == null ? f.ruleId() : info.label()) + f.labelSuffix(),
                    f.verdict(), f.numerator(), f.denominator(), f.count(), f.value(), f.required(),
                    info == null ? null : info.source(), f.provisionalBasis(), parameters, ids(f.against()),
                    ids(f.undecided())));
        }
        return results;
    }

    /** Orders "KH67-T9" before "KH67-T10": digits compare as numbers. */
    private static int byNumber(String a, String b) {
        String[] pa = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] pb = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = pa[i].chars().allMatch(Character::isDigit) && pb[i].chars().allMatch(Character::isDigit)
                    ? Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i])) : pa[i].compareTo(pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static List<String> ids(List<OutcomeFact> units) {
        Set<OutcomeFact> unique = new LinkedHashSet<>(units);
        return unique.stream().sorted(Comparator.comparingInt(OutcomeFact::order)).map(OutcomeFact::id).toList();
    }

    private static UsedParameter usedParameter(ResolvedParameter p) {
        return new UsedParameter(p.id(), p.displayValue(), p.source(), p.provisional());
    }
}
