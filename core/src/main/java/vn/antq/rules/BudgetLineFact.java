package vn.antq.rules;

import java.math.BigDecimal;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;

/**
 * A budget line as the funding rules see it. Built by the evaluator; rules only read it: its category and
 * spending level pick the norm, and the rule binds the count the norm is per ({@code $n : km}); a count the line
 * does not give is null.
 *
 * @param line the budget line
 * @since 0.1
 */
public record BudgetLineFact(BudgetLine line) {

    /** @return the line id (for DRL property access) */
    public String getId() {
        return line.id();
    }

    /** @return the spending unit (for DRL property access) */
    public String getUnitId() {
        return line.unitId();
    }

    /** @return the spending level (for DRL property access) */
    public SpenderLevel getSpender() {
        return line.spender();
    }

    /** @return the category (for DRL property access) */
    public BudgetCategory getCategory() {
        return line.category();
    }

    /** @return the amount spent, in đồng */
    public BigDecimal getAmount() {
        return line.amount();
    }

    /** @return the models, or null */
    public Long getModels() {
        return line.models();
    }

    /** @return the communes, or null */
    public Long getCommunes() {
        return line.communes();
    }

    /** @return the people, or null */
    public Long getPeople() {
        return line.people();
    }

    /** @return the km driven, or null */
    public Long getKm() {
        return line.km();
    }

    /** @return the localities (provinces), or null */
    public Long getLocalities() {
        return line.localities();
    }
}
