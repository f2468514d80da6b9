package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.SpenderLevel;

/**
 * Reads the {@code budgetLines} array into drafts, recording a problem for every field that is missing or has
 * the wrong shape: {@code id}, {@code unit}, {@code spender}, {@code category} and {@code amount} (a number)
 * are required; {@code models}, {@code communes}, {@code people}, {@code km} and {@code localities} are
 * optional whole numbers. That the id is well-formed and unique, the unit exists and the numbers are ≥ 0 is
 * left to {@link BudgetLineChecks}.
 */
final class BudgetLineParser {
    /** The optional counts of a budget line, in the order of {@link vn.antq.funding.BudgetLine}. */
    static final List<String> COUNTS = List.of("models", "communes", "people", "km", "localities");

    private static final Set<String> LINE_FIELDS = Set.of("id", "unit", "spender", "category", "amount",
            "models", "communes", "people", "km", "localities");

    private BudgetLineParser() {
    }

    /**
     * @param dataset  the top-level fields
     * @param findings where problems and warnings go
     * @return a draft for every element of {@code budgetLines} that is an object, in dataset order; empty when
     *         the field is absent
     */
    static List<BudgetLineDraft> parseAll(FieldReader dataset, Findings findings) {
        JsonNode lines = dataset.value(BudgetLineDraft.FIELD);
        if (lines == null) {
            return List.of();
        }
        if (!lines.isArray()) {
            dataset.problem(BudgetLineDraft.FIELD, "an array of budget lines", JsonValues.describe(lines));
            return List.of();
        }
        List<BudgetLineDraft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            if (line.isObject()) {
                drafts.add(parse(i, line, findings));
            } else {
                findings.problem(BudgetLineDraft.FIELD + "[" + i + "]", "budget line",
                        "an object with id, unit, spender, category and amount", JsonValues.describe(line));
            }
        }
        return drafts;
    }

    private static BudgetLineDraft parse(int index, JsonNode line, Findings findings) {
        JsonNode idNode = line.get("id");
        String location = BudgetLineDraft.location(index, idNode != null && idNode.isTextual()
                ? idNode.textValue() : null);
        FieldReader fields = new FieldReader(line, location, "", findings);
        String id = fields.text("id", true, UnitDraft.ID_EXPECTED);
        String unit = fields.text("unit", true, TreeChecks.UNIT_ID_EXPECTED);
        SpenderLevel spender = fields.oneOf("spender", true, SpenderLevel.class);
        BudgetCategory category = fields.oneOf("category", true, BudgetCategory.class);
        BigDecimal amount = amount(fields);
        Long[] counts = new Long[COUNTS.size()];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = count(fields, COUNTS.get(k));
        }
        fields.warnUnknownFields(LINE_FIELDS, "antq-dataset/1 budget line");
        return new BudgetLineDraft(index, id, unit, spender, category, amount,
                counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** @return the amount, or null when missing or not a number (a problem is then recorded) */
    private static BigDecimal amount(FieldReader fields) {
        JsonNode node = fields.value("amount");
        if (node == null || !node.isNumber()) {
            fields.problem("amount", BudgetLineChecks.AMOUNT_EXPECTED, fields.describe("amount"));
            return null;
        }
        return node.decimalValue();
    }

    /** @return the whole number, or null when absent or not a whole number (a problem is then recorded) */
    private static Long count(FieldReader fields, String name) {
        JsonNode node = fields.value(name);
        if (node == null) {
            return null;
        }
        Long value = JsonValues.wholeNumber(node, Long.MIN_VALUE, Long.MAX_VALUE);
        if (value == null) {
            fields.problem(name, BudgetLineChecks.COUNT_EXPECTED, JsonValues.describe(node));
        }
        return value;
    }
}
