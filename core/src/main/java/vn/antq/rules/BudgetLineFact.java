package vn.antq.rules;

import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;

/**
 * A budget line as the funding rules see it. Built by the evaluator; rules only read it.
 *
 * @param line the budget line
 * @since 0.1
 */
public record BudgetLineFact(BudgetLine line) {

    /** @return the spending level (for DRL property access) */
    public SpenderLevel getSpender() {
        return line.spender();
    }

    /** @return the category (for DRL property access) */
    public BudgetCategory getCategory() {
        return line.category();
    }
}
