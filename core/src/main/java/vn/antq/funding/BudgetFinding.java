package vn.antq.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * A budget line checked against its norm: MET within the norm, NOT_MET over it, UNKNOWN when a count
 * the norm is per is missing, NOT_APPLICABLE when no norm of the rule pack covers the line.
 *
 * @param lineId      the budget line
 * @param unitId      its unit
 * @param spender     its spending level
 * @param amount      its amount, in đồng
 * @param rule        the rule that checked it, or null when none applies
 * @param status      the verdict
 * @param label       the norm in Vietnamese
 * @param actual      what the line shows, in Vietnamese
 * @param required    what the norm allows, in Vietnamese
 * @param allowed     the largest amount the norm allows, or null when not computable
 * @param source      legal reference of the norm
 * @param parameters  the parameters used
 * @since 0.1
 */
public record BudgetFinding(String lineId, String unitId, SpenderLevel spender, BigDecimal amount, String rule,
                            Verdict status, String label, String actual, String required, BigDecimal allowed,
                            String source, List<UsedParameter> parameters) {

    /** Checks the required fields and copies the list. */
    public BudgetFinding {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(status, "status");
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
