package vn.antq.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.Proposal;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetFinding;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.TeamResult;
import vn.antq.pack.RuleInfo;
import vn.antq.samples.Samples;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.UsedParameter;

/**
 * The parameters a rule joins in its left-hand side (which the catalogue lists) cover every parameter its
 * conclusions used on both bundled samples: the list a rule author reads is checked against what the rules
 * actually read, so that it cannot drift.
 */
class DeclaredParametersTest {
    private static final Evaluator EVALUATOR = Evaluator.builder().build();

    @Test
    void everyParameterAConclusionUsedIsDeclaredByItsRule() throws IOException, InvalidDatasetException {
        Map<String, Set<String>> used = new TreeMap<>();
        collect(used, evaluate(Samples::thanhHoa2024));
        collect(used, evaluate(Samples::thanhHoa2026));
        Map<String, Set<String>> undeclared = new TreeMap<>();
        Map<String, RuleInfo> rules = new TreeMap<>();
        EVALUATOR.rules().forEach(r -> rules.put(r.id(), r));
        used.forEach((rule, ids) -> {
            RuleInfo info = rules.get(rule);
            Set<String> missing = new TreeSet<>(ids);
            if (info != null) {
                missing.removeAll(info.parameters());
            }
            if (!missing.isEmpty()) {
                undeclared.put(rule, missing);
            }
        });
        assertEquals(Map.of(), undeclared, "parameters used but not joined by the rule");
    }

    private static EvaluationReport evaluate(Supplier<InputStream> sample) throws IOException, InvalidDatasetException {
        try (InputStream in = sample.get()) {
            return EVALUATOR.evaluate(DatasetReader.read(in));
        }
    }

    private static void collect(Map<String, Set<String>> used, EvaluationReport report) {
        for (UnitAssessment u : report.units()) {
            for (CriterionResult c : u.standard().criteria()) {
                add(used, c.rule(), c.parameters());
            }
            add(used, u.movement().rule(), u.movement().parameters());
            if (u.recognition() != null) {
                add(used, u.recognition().rule(), u.recognition().parameters());
            }
        }
        for (TeamResult t : report.securityTeams()) {
            rating(used, t.rating());
            for (MemberResult m : t.members()) {
                rating(used, m.rating());
            }
        }
        for (Proposal p : report.proposals()) {
            add(used, p.rule(), p.parameters());
        }
        if (report.medals() != null) {
            for (MedalResult m : report.medals().results()) {
                add(used, m.rule(), m.parameters());
            }
        }
        for (BudgetFinding f : report.budget()) {
            add(used, f.rule(), f.parameters());
        }
        for (BudgetCapFinding c : report.budgetCaps()) {
            add(used, c.rule(), c.parameters());
        }
    }

    private static void rating(Map<String, Set<String>> used, RatingResult r) {
        add(used, r.rule(), r.parameters());
    }

    private static void add(Map<String, Set<String>> used, String rule, Iterable<UsedParameter> parameters) {
        if (rule == null) {
            return;
        }
        Set<String> ids = used.computeIfAbsent(rule, k -> new TreeSet<>());
        parameters.forEach(p -> ids.add(p.id()));
    }
}
