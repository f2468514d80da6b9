package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.antq.commendation.Award;
import vn.antq.commendation.ProposalStatus;

/**
 * A candidate for a collective award, inserted by a commendation rule: proposed, blocked by a pending case, or
 * to be confirmed when a case is not recorded. Ranking and quotas are applied after all sessions.
 *
 * @param ruleId        the rule id
 * @param unitId        the candidate
 * @param award         the award
 * @param status        PROPOSED, BLOCKED or NEEDS_CONFIRMATION
 * @param score         its movement score, or null
 * @param yearsAchieved consecutive years achieving the standard, this year included
 * @param reasons       why, in Vietnamese
 * @param parameterIds  the parameters read
 * @param quotaId       parameter id of the award's quota, applied after all sessions, or null for none
 * @since 0.1
 */
public record ProposalFact(String ruleId, String unitId, Award award, ProposalStatus status, BigDecimal score,
                           int yearsAchieved, List<String> reasons, List<String> parameterIds, String quotaId) {

    /** Copies the lists. */
    public ProposalFact {
        reasons = List.copyOf(reasons);
        parameterIds = List.copyOf(parameterIds);
    }
}
