package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.SpenderLevel;
import vn.antq.verdict.Verdict;

/**
 * A spender's year checked against a yearly cap of TT 40/2023/TT-BTC, inserted by a funding rule (a
 * {@link Conclusion} about the spending unit's year).
 *
 * @param ruleId       the rule id
 * @param unitId       the spending unit
 * @param spender      its spending level
 * @param category     the category of the lines added up
 * @param verdict      MET within the cap, NOT_MET over it, UNKNOWN when a line lacks a count
 * @param actual       the total, in Vietnamese
 * @param required     the cap, in Vietnamese
 * @param total        the total counted, or null when a line lacks the count
 * @param cap          the cap the total is held to, or null when not computable
 * @param lineIds      the lines added up, in dataset order
 * @param parameterIds the parameters read
 * @param provisionalBasis the provisional parameters it rests on, sorted; empty when none
 * @since 0.2
 */
public record BudgetCapFact(String ruleId, String unitId, SpenderLevel spender, BudgetCategory category,
                            Verdict verdict, String actual, String required, Long total, BigDecimal cap,
                            List<String> lineIds, List<String> parameterIds, List<String> provisionalBasis)
        implements Conclusion {

    /** Copies the lists. */
    public BudgetCapFact {
        lineIds = List.copyOf(lineIds);
        parameterIds = List.copyOf(parameterIds);
        provisionalBasis = List.copyOf(provisionalBasis);
    }

    /** @return the spending unit */
    @Override
    public String subjectId() {
        return unitId;
    }
}
