package vn.antq.dataset;

import java.math.BigDecimal;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;

/**
 * A budget line as the checks see it: the fields of {@link BudgetLine} plus its index in the dataset, where
 * any field may be missing because the file did not give a valid value for it.
 *
 * @param index      position in the dataset's {@code budgetLines} array
 * @param id         the id as given, or null when missing or not text
 * @param unitId     the unit id as given, or null when missing or not text
 * @param spender    the spending level, or null when missing or unknown
 * @param category   the category, or null when missing or unknown
 * @param amount     the amount in đồng, or null when missing or not a number
 * @param models     number of models, or null when absent or not a whole number
 * @param communes   number of communes, or null
 * @param people     number of people, or null
 * @param km         kilometres, or null
 * @param localities number of localities, or null
 */
record BudgetLineDraft(
        int index,
        String id,
        String unitId,
        SpenderLevel spender,
        BudgetCategory category,
        BigDecimal amount,
        Long models,
        Long communes,
        Long people,
        Long km,
        Long localities) {

    /** The top-level field holding the budget lines. */
    static final String FIELD = "budgetLines";

    /**
     * @param index position in the dataset
     * @param line  a typed budget line
     * @return the draft holding the line's fields
     */
    static BudgetLineDraft of(int index, BudgetLine line) {
        return new BudgetLineDraft(index, line.id(), line.unitId(), line.spender(), line.category(), line.amount(),
                line.models(), line.communes(), line.people(), line.km(), line.localities());
    }

    /**
     * @param index position in the dataset
     * @param id    the id as given, or null
     * @return the id when it is well-formed, else {@code budgetLines[index]}
     */
    static String location(int index, String id) {
        return UnitDraft.isWellFormedId(id) ? id : FIELD + "[" + index + "]";
    }

    /** @return where problems of this line are reported: its id, or {@code budgetLines[index]} */
    String location() {
        return location(index, id);
    }

    /** @return the typed budget line; only called once every required field is known to be present */
    BudgetLine toBudgetLine() {
        return new BudgetLine(id, unitId, spender, category, amount, models, communes, people, km, localities);
    }
}
