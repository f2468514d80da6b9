package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.antq.verdict.Verdict;

/**
 * A budget line's check against a norm, inserted by a funding rule (a {@link Conclusion} about the line).
 *
 * @param ruleId       the rule id
 * @param lineId       the budget line
 * @param verdict      MET within the norm, NOT_MET over it, UNKNOWN when a count is missing
 * @param actual       what the line shows, in Vietnamese
 * @param required     what the norm allows, in Vietnamese
 * @param allowed      the largest amount allowed, or null when not computable
 * @param parameterIds the parameters read
 * @param provisionalBasis the provisional parameters it rests on, sorted; empty when none
 * @since 0.1
 */
public record BudgetFindingFact(String ruleId, String lineId, Verdict verdict, String actual, String required,
                                BigDecimal allowed, List<String> parameterIds, List<String> provisionalBasis)
        implements Conclusion {

    /** Copies the lists. */
    public BudgetFindingFact {
        parameterIds = List.copyOf(parameterIds);
        provisionalBasis = List.copyOf(provisionalBasis);
    }

    /** @return the budget line */
    @Override
    public String subjectId() {
        return lineId;
    }
}
