package vn.antq.dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.funding.BudgetCategory;

/**
 * Checks the budget lines, each on its own and against the units: a well-formed id that no other budget line
 * has (it may equal a unit id), a unit of the dataset, an amount ≥ 0 and counts ≥ 0; a visit to models
 * ({@code VISIT_MODELS}) counts each model once per commune or locality visited, so no fewer models than those.
 */
final class BudgetLineChecks {
    /** What a valid amount looks like, as a problem's {@code expected}. */
    static final String AMOUNT_EXPECTED = "a number ≥ 0 (đồng)";
    /** What the models of a visit line look like, as a problem's {@code expected}. */
    static final String VISITED_MODELS_EXPECTED =
            "a whole number ≥ communes and ≥ localities (each model counted once per commune or locality visited)";
    /** What a valid count looks like, as a problem's {@code expected}. */
    static final String COUNT_EXPECTED = "a whole number ≥ 0";

    private BudgetLineChecks() {
    }

    /**
     * @param lines    every budget line of the dataset, in dataset order
     * @param unitIds  the ids of the dataset's units
     * @param findings where problems go
     */
    static void check(List<BudgetLineDraft> lines, Set<String> unitIds, Findings findings) {
        checkIds(lines, findings);
        for (BudgetLineDraft line : lines) {
            checkFields(line, unitIds, findings);
        }
    }

    private static void checkIds(List<BudgetLineDraft> lines, Findings findings) {
        Map<String, BudgetLineDraft> byId = new HashMap<>();
        for (BudgetLineDraft line : lines) {
            BudgetLineDraft first = line.id() == null ? null : byId.putIfAbsent(line.id(), line);
            if (first != null) {
                findings.problem(line.location(), "id", "an id that no other budget line has",
                        JsonValues.quote(line.id()) + " at " + BudgetLineDraft.FIELD + "[" + line.index()
                                + "], already used at " + BudgetLineDraft.FIELD + "[" + first.index() + "]");
            }
        }
    }

    private static void checkFields(BudgetLineDraft line, Set<String> unitIds, Findings findings) {
        String location = line.location();
        if (line.id() != null && !UnitDraft.isWellFormedId(line.id())) {
            findings.problem(location, "id", UnitDraft.ID_EXPECTED, JsonValues.quote(line.id()));
        }
        if (line.unitId() != null && !unitIds.contains(line.unitId())) {
            findings.problem(location, "unit", TreeChecks.UNIT_ID_EXPECTED,
                    JsonValues.quote(line.unitId()) + ", which no unit has");
        }
        if (line.amount() != null && line.amount().signum() < 0) {
            findings.problem(location, "amount", AMOUNT_EXPECTED, line.amount().toPlainString());
        }
        checkVisitedModels(line, findings);
        List<Long> counts = Arrays.asList(line.models(), line.communes(), line.people(), line.km(),
                line.localities());
        for (int k = 0; k < counts.size(); k++) {
            Long value = counts.get(k);
            if (value != null && value < 0) {
                findings.problem(location, BudgetLineParser.COUNTS.get(k), COUNT_EXPECTED, value.toString());
            }
        }
    }

    /**
     * A visit line counts every model once per commune (locality) visited, so it names at least as many models
     * as communes and as localities.
     */
    private static void checkVisitedModels(BudgetLineDraft line, Findings findings) {
        if (line.category() != BudgetCategory.VISIT_MODELS || line.models() == null || line.models() < 0) {
            return;
        }
        long places = Math.max(line.communes() == null ? 0 : line.communes(),
                line.localities() == null ? 0 : line.localities());
        if (line.models() < places) {
            findings.problem(line.location(), "models", VISITED_MODELS_EXPECTED,
                    line.models() + ", fewer than the " + places + " communes or localities visited");
        }
    }
}
