package vn.antq.rules;

import java.util.List;
import java.util.Objects;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;

/**
 * The year's budget lines of one spender (unit and spending level) in one category, as the yearly caps of
 * TT 40/2023/TT-BTC see them ("không quá 30 xã/năm"). Built by the evaluator; rules only read it.
 *
 * @param unitId   the spending unit
 * @param spender  its spending level
 * @param category the category of every line
 * @param lines    the lines, in dataset order, at least one
 * @since 0.2
 */
public record BudgetYearFact(String unitId, SpenderLevel spender, BudgetCategory category, List<BudgetLine> lines) {

    /** Checks the fields and copies the list. */
    public BudgetYearFact {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(spender, "spender");
        Objects.requireNonNull(category, "category");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a spender's year needs at least one line");
        }
    }

    /** @return the spending level (for DRL property access) */
    public SpenderLevel getSpender() {
        return spender;
    }

    /** @return the category (for DRL property access) */
    public BudgetCategory getCategory() {
        return category;
    }

    /** @return the ids of the lines, in dataset order */
    public List<String> lineIds() {
        return lines.stream().map(BudgetLine::id).toList();
    }
}
