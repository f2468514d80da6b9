package vn.antq.rules;

import java.util.List;
import java.util.Objects;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;

/**
 * One spender's year (unit and spending level) in one category, which a yearly-cap rule matches and then adds
 * up the matching {@link BudgetLineFact}s of with {@code accumulate}. Built by the evaluator; rules only read it.
 * It keeps its lines in dataset order, for the order of the conclusion's lines.
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
