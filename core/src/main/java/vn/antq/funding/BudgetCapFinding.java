package vn.antq.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * A yearly cap of TT 40/2023/TT-BTC ("không quá 30 xã/năm", "không quá 100 người/năm", "không quá 30 địa
 * phương/năm", "không quá 5 người/địa phương") checked over all the year's lines of one spender (unit and spending
 * level) in one category: MET when the total is within the cap, NOT_MET over it, UNKNOWN when a line lacks the
 * count.
 *
 * @param unitId      the spending unit
 * @param spender     its spending level
 * @param category    the category of the lines added up
 * @param rule        the rule that checked it
 * @param status      the verdict
 * @param label       the cap in Vietnamese
 * @param actual      the total and how it was added up, in Vietnamese
 * @param required    the cap, in Vietnamese
 * @param total       the total counted over the lines, or null when a line lacks the count
 * @param cap         the largest total allowed, or null when not computable
 * @param lineIds     the lines added up, in dataset order
 * @param source      legal reference of the cap
 * @param parameters  the parameters used
 * @since 0.2
 */
public record BudgetCapFinding(String unitId, SpenderLevel spender, BudgetCategory category, String rule,
                               Verdict status, String label, String actual, String required, Long total,
                               BigDecimal cap, List<String> lineIds, String source, List<UsedParameter> parameters) {

    /** Checks the required fields and copies the lists. */
    public BudgetCapFinding {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(spender, "spender");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        lineIds = List.copyOf(lineIds);
        parameters = List.copyOf(parameters);
    }

    /**
     * @return ids of the provisional parameters the finding rests on, sorted; empty when none. It reads
     *         no other conclusion, so these are the provisional ones among its parameters.
     */
    public List<String> provisionalBasis() {
        return UsedParameter.provisionalIds(parameters);
    }

    /** @return true when it rests on a provisional parameter: its provisional basis is not empty */
    public boolean provisional() {
        return !provisionalBasis().isEmpty();
    }
}
