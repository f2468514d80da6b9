package vn.antq.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import vn.antq.dataset.Dataset;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetLine;
import vn.antq.pack.RuleInfo;
import vn.antq.rules.BudgetFindingFact;
import vn.antq.rules.BudgetLineFact;
import vn.antq.rules.Params;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * Checks the dataset's budget lines against the pack's funding rules, in one session of budget-line
 * facts (no unit fact, so no criterion rule fires). A line no rule covers is NOT_APPLICABLE.
 */
final class BudgetRun {
    private final LoadedPack pack;
    private final Params params;
    private final ReportAssembler assembler;

    BudgetRun(LoadedPack pack, Params params, ReportAssembler assembler) {
        this.pack = pack;
        this.params = params;
        this.assembler = assembler;
    }

    List<BudgetFinding> run(Dataset dataset) {
        if (dataset.budgetLines().isEmpty()) {
            return List.of();
        }
        Map<String, BudgetFindingFact> found = new HashMap<>();
        KieSession session = pack.kieBase().newKieSession();
        try {
            session.setGlobal(SessionRunner.PARAMS_GLOBAL, params);
            dataset.budgetLines().forEach(line -> session.insert(new BudgetLineFact(line)));
            session.fireAllRules();
            for (Object o : session.getObjects(o -> o instanceof BudgetFindingFact)) {
                BudgetFindingFact f = (BudgetFindingFact) o;
                found.put(f.lineId(), f);
            }
        } finally {
            session.dispose();
        }
        List<BudgetFinding> findings = new ArrayList<>(dataset.budgetLines().size());
        for (BudgetLine line : dataset.budgetLines()) {
            BudgetFindingFact f = found.get(line.id());
            if (f == null) {
                findings.add(new BudgetFinding(line.id(), line.unitId(), line.spender(), line.amount(), null,
                        Verdict.NOT_APPLICABLE, "Không có định mức áp dụng cho loại chi này",
                        line.category().labelVi(), "", null, null, false, List.of()));
                continue;
            }
            RuleInfo info = pack.rules().get(f.ruleId());
            List<UsedParameter> used = assembler.parameters(f.parameterIds());
            findings.add(new BudgetFinding(line.id(), line.unitId(), line.spender(), line.amount(), f.ruleId(),
                    f.verdict(), info == null ? null : info.label(), f.actual(), f.required(), f.allowed(),
                    info == null ? null : info.source(), used.stream().anyMatch(UsedParameter::provisional), used));
        }
        return findings;
    }
}
