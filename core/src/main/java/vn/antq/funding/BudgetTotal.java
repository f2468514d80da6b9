package vn.antq.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.antq.verdict.Verdict;

/**
 * The budget lines of one unit at one spending level, added up: how many, how much, how many over their norm
 * and how many lacking the count their norm needs.
 *
 * @param unitId      the unit
 * @param spender     the spending level
 * @param lines       budget lines
 * @param amount      their amounts added, in đồng
 * @param overNorm    lines over their norm (NOT_MET)
 * @param lackingData lines whose norm could not be applied for a missing count (UNKNOWN)
 * @since 0.1
 */
public record BudgetTotal(String unitId, SpenderLevel spender, int lines, BigDecimal amount, int overNorm,
                          int lackingData) {

    /** Checks the required fields. */
    public BudgetTotal {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(spender, "spender");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * @param findings checked budget lines
     * @return their totals per unit and spending level, in the order each pair first appears
     */
    public static List<BudgetTotal> of(List<BudgetFinding> findings) {
        Map<String, BudgetTotal> totals = new LinkedHashMap<>();
        for (BudgetFinding f : findings) {
            totals.merge(f.unitId() + "|" + f.spender().name(),
                    new BudgetTotal(f.unitId(), f.spender(), 1, f.amount(), f.status() == Verdict.NOT_MET ? 1 : 0,
                            f.status() == Verdict.UNKNOWN ? 1 : 0),
                    (a, b) -> new BudgetTotal(a.unitId, a.spender, a.lines + b.lines, a.amount.add(b.amount),
                            a.overNorm + b.overNorm, a.lackingData + b.lackingData));
        }
        return new ArrayList<>(totals.values());
    }
}
