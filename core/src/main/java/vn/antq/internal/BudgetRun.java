package vn.antq.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import vn.antq.dataset.Dataset;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetLine;
import vn.antq.rules.BudgetCapFact;
import vn.antq.rules.BudgetFindingFact;
import vn.antq.rules.BudgetLineFact;
import vn.antq.rules.BudgetYearFact;
import vn.antq.rules.Params;
import vn.antq.verdict.Verdict;

/**
 * Checks the dataset's budget lines against the pack's funding rules, in one session of budget-line
 * facts (no unit fact, so no criterion rule fires). A line no rule covers is NOT_APPLICABLE. The session also
 * holds, for every spender (unit and spending level) and category, its lines of the year together, for the yearly
 * caps; a spender's year no rule covers has no cap finding.
 */
final class BudgetRun {
    /** The kinds of input fact its sessions hold. */
    static final Set<Class<?>> HELD = Set.of(BudgetLineFact.class, BudgetYearFact.class);

    private final LoadedPack pack;
    private final Params params;
    private final ReportAssembler assembler;
    private final Consumer<String> fired;

    BudgetRun(LoadedPack pack, Params params, ReportAssembler assembler, Consumer<String> fired) {
        this.pack = pack;
        this.params = params;
        this.assembler = assembler;
        this.fired = fired;
    }

    /**
     * @param lines the lines checked against their norms, in dataset order
     * @param caps  the spenders' years checked against the yearly caps, in the order each first appears
     */
    record Result(List<BudgetFinding> lines, List<BudgetCapFinding> caps) {
    }

    Result run(Dataset dataset) {
        if (dataset.budgetLines().isEmpty()) {
            return new Result(List.of(), List.of());
        }
        Map<String, BudgetFindingFact> found = new HashMap<>();
        List<BudgetCapFact> caps = new ArrayList<>();
        try (RuleSession session = RuleSession.open(pack, params, HELD, fired)) {
            dataset.budgetLines().forEach(line -> session.insert(new BudgetLineFact(line)));
            session.insertAll(years(dataset.budgetLines())).fire();
            for (BudgetFindingFact f : session.all(BudgetFindingFact.class)) {
                found.put(f.lineId(), f);
            }
            caps.addAll(session.all(BudgetCapFact.class));
        }
        List<BudgetFinding> findings = new ArrayList<>(dataset.budgetLines().size());
        for (BudgetLine line : dataset.budgetLines()) {
            findings.add(finding(line, found.get(line.id())));
        }
        return new Result(findings, capFindings(dataset.budgetLines(), caps));
    }

    private BudgetFinding finding(BudgetLine line, BudgetFindingFact f) {
        if (f == null) {
            return new BudgetFinding(line.id(), line.unitId(), line.spender(), line.amount(), null,
                    Verdict.NOT_APPLICABLE, "Không có định mức áp dụng cho loại chi này",
                    line.category().labelVi(), "", null, null, List.of());
        }
        return new BudgetFinding(line.id(), line.unitId(), line.spender(), line.amount(), f.ruleId(),
                f.verdict(), assembler.label(f), f.actual(), f.required(), f.allowed(), assembler.source(f),
                assembler.parameters(f));
    }

    /** The caps in the order their spender's first line appears, then by rule id. */
    private List<BudgetCapFinding> capFindings(List<BudgetLine> lines, List<BudgetCapFact> caps) {
        List<String> order = lines.stream().map(BudgetLine::id).toList();
        caps.sort(Comparator.<BudgetCapFact>comparingInt(c -> order.indexOf(c.lineIds().get(0)))
                .thenComparing(BudgetCapFact::ruleId));
        List<BudgetCapFinding> out = new ArrayList<>(caps.size());
        for (BudgetCapFact c : caps) {
            out.add(new BudgetCapFinding(c.unitId(), c.spender(), c.category(), c.ruleId(), c.verdict(),
                    assembler.label(c), c.actual(), c.required(), c.total(), c.cap(), c.lineIds(), assembler.source(c),
                    assembler.parameters(c)));
        }
        return out;
    }

    /** @return the lines grouped by unit, spending level and category, in the order each group first appears */
    private static List<BudgetYearFact> years(List<BudgetLine> lines) {
        Map<String, List<BudgetLine>> groups = new LinkedHashMap<>();
        for (BudgetLine line : lines) {
            groups.computeIfAbsent(line.unitId() + "|" + line.spender() + "|" + line.category(),
                    k -> new ArrayList<>()).add(line);
        }
        return groups.values().stream()
                .map(g -> new BudgetYearFact(g.get(0).unitId(), g.get(0).spender(), g.get(0).category(), g))
                .toList();
    }
}
