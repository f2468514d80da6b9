package vn.antq.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.movement.MovementClassification;
import vn.antq.movement.MovementLevel;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.period.AssessmentWindow;
import vn.antq.rules.CriterionFact;
import vn.antq.rules.Exclusion;
import vn.antq.rules.MovementFact;
import vn.antq.rules.Params;
import vn.antq.rules.StandingFact;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardAssessment;
import vn.antq.standard.StandardStatus;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.Unit;

/** Turns the sessions' conclusions into the report: every unit once, in dataset order, explained. */
final class ReportAssembler {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LoadedPack pack;
    private final Params params;
    private final Dataset dataset;
    private final Map<String, UsedParameter> used = new HashMap<>();
    private final TreeSet<String> provisional = new TreeSet<>();

    ReportAssembler(LoadedPack pack, Params params, Dataset dataset) {
        this.pack = pack;
        this.params = params;
        this.dataset = dataset;
    }

    EvaluationReport assemble(ChunkResult results) {
        List<UnitAssessment> units = new ArrayList<>(dataset.units().size());
        for (Unit u : dataset.units()) {
            units.add(new UnitAssessment(u.id(), u.kind(), u.type(), u.name(), u.parentId(),
                    standard(u, results), movement(u, results.movements.get(u.id()))));
        }
        return new EvaluationReport(dataset.year(), dataset.referenceDate(), pack.info(), List.copyOf(provisional),
                units, dataset.warnings());
    }

    private StandardAssessment standard(Unit u, ChunkResult results) {
        if (!u.isValidOn(dataset.referenceDate())) {
            return new StandardAssessment(StandardStatus.NOT_APPLICABLE, null,
                    "Không tồn tại tại ngày tham chiếu " + DAY.format(dataset.referenceDate()), List.of());
        }
        if (!u.kind().isAssessed()) {
            return new StandardAssessment(StandardStatus.NOT_APPLICABLE, null, null, List.of());
        }
        AssessmentWindow window = AssessmentWindow.of(u.kind(), dataset.year());
        Exclusion exclusion = results.exclusions.get(u.id());
        if (exclusion != null) {
            return new StandardAssessment(StandardStatus.NOT_APPLICABLE, window,
                    exclusion.reason() + " (" + exclusion.ruleId() + ")", List.of());
        }
        StandingFact standing = results.standings.get(u.id());
        if (standing == null) {
            throw new RulePackException(List.of(new PackProblem("rules", 0,
                    "no rule concluded the standing of unit " + u.id() + " (" + u.kind() + ")")));
        }
        List<CriterionResult> criteria = new ArrayList<>();
        for (CriterionFact c : results.criteria.getOrDefault(u.id(), List.of())) {
            criteria.add(criterion(c));
        }
        criteria.sort(Comparator.comparing(CriterionResult::rule));
        return new StandardAssessment(standing.status(), window, null, criteria);
    }

    private CriterionResult criterion(CriterionFact c) {
        RuleInfo info = pack.rules().get(c.ruleId());
        List<UsedParameter> parameters = parameters(c.parameterIds());
        boolean isProvisional = parameters.stream().anyMatch(UsedParameter::provisional);
        return new CriterionResult(c.ruleId(), c.verdict(), info == null ? null : info.label(), c.actual(),
                c.required(), info == null ? null : info.source(), isProvisional, parameters);
    }

    private MovementClassification movement(Unit u, MovementFact fact) {
        if (fact == null || !u.kind().isClassified() || !u.isValidOn(dataset.referenceDate())) {
            return MovementClassification.notApplicable();
        }
        List<UsedParameter> parameters = fact.level() == MovementLevel.INSUFFICIENT_DATA
                ? List.of() : parameters(fact.parameterIds());
        boolean isProvisional = parameters.stream().anyMatch(UsedParameter::provisional);
        return new MovementClassification(fact.level(), fact.score(), fact.ruleId(), isProvisional, parameters);
    }

    private List<UsedParameter> parameters(List<String> ids) {
        List<UsedParameter> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            UsedParameter p = used.computeIfAbsent(id, this::resolve);
            if (p.provisional()) {
                provisional.add(id);
            }
            list.add(p);
        }
        return list;
    }

    private UsedParameter resolve(String id) {
        ResolvedParameter p = params.get(id);
        return new UsedParameter(p.id(), p.displayValue(), p.source(), p.provisional());
    }
}
