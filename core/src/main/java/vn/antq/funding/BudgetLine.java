package vn.antq.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One budget line of the movement for the assessment year: who spends it, on what, how much, and the
 * counts the norms are per (models, communes, people, km, localities; {@code null} when not given).
 *
 * @param id         unique id within the dataset
 * @param unitId     the unit whose budget it is (the spending body's unit)
 * @param spender    the level of the spending body
 * @param category   what it pays for
 * @param amount     the amount, in đồng
 * @param models     number of models, or null
 * @param communes   number of communes, or null
 * @param people     number of people, or null
 * @param km         kilometres, or null
 * @param localities number of localities (for central bodies), or null
 * @since 0.1
 */
public record BudgetLine(String id, String unitId, SpenderLevel spender, BudgetCategory category, BigDecimal amount,
                         Long models, Long communes, Long people, Long km, Long localities) {

    /** Checks the required fields. */
    public BudgetLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(spender, "spender");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }
}
