package vn.antq.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.antq.commendation.Award;
import vn.antq.commendation.ProposalStatus;
import vn.antq.verdict.Verdict;

/**
 * A candidate for a collective award, inserted by a commendation rule: proposed, blocked by a pending case, or
 * to be confirmed when a case is not recorded. A quota rule may hold it to the award's quota ({@link #withQuota}):
 * the rule chooses, in its left-hand side, which candidates take a place in the quota; ranking and the quota are
 * applied after all sessions, by the keys the rule chose.
 *
 * <p>A {@link Conclusion} about the unit: its verdict is whether nothing stands against the proposal; its reasons
 * are its wording ({@link #actual()} joins them, {@link #required()} is empty).
 *
 * @param ruleId        the rule id
 * @param unitId        the candidate
 * @param award         the award
 * @param status        PROPOSED, BLOCKED or NEEDS_CONFIRMATION
 * @param verdict       MET when proposed, NOT_MET when a pending case blocks it, UNKNOWN when a case is not recorded
 * @param score         its movement score, or null
 * @param yearsAchieved consecutive years achieving the standard, this year included
 * @param reasons       why, in Vietnamese
 * @param parameterIds  the parameters read
 * @param provisionalBasis the provisional parameters it rests on, sorted; empty when none (the unit's standing and
 *                      level, and the quota, are added when the proposals are ranked)
 * @param rankKeys      what ranks it among the candidates of its award, highest first, in order (null values last)
 * @param quota         the award's quota a quota rule held this candidate to (it takes a place in it), or null
 * @since 0.1
 */
public record ProposalFact(String ruleId, String unitId, Award award, ProposalStatus status, Verdict verdict,
                           BigDecimal score, int yearsAchieved, List<String> reasons, List<String> parameterIds,
                           List<String> provisionalBasis, List<BigDecimal> rankKeys, Param quota)
        implements Conclusion {

    /** Copies the lists. */
    public ProposalFact {
        reasons = List.copyOf(reasons);
        parameterIds = List.copyOf(parameterIds);
        provisionalBasis = List.copyOf(provisionalBasis);
        rankKeys = java.util.Collections.unmodifiableList(new ArrayList<>(rankKeys));
    }

    /** @return the candidate unit */
    @Override
    public String subjectId() {
        return unitId;
    }

    /** @return its reasons, joined */
    @Override
    public String actual() {
        return String.join("; ", reasons);
    }

    /** @return empty: a proposal words its reasons */
    @Override
    public String required() {
        return "";
    }

    /** @return the award (for DRL property access) */
    public Award getAward() {
        return award;
    }

    /** @return the status (for DRL property access) */
    public ProposalStatus getStatus() {
        return status;
    }

    /** @return the quota, or null (for DRL property access) */
    public Param getQuota() {
        return quota;
    }

    /**
     * @param quota the award's quota, matched by a rule
     * @return this candidate held to it: it takes a place in the quota
     */
    public ProposalFact withQuota(Param quota) {
        return new ProposalFact(ruleId, unitId, award, status, verdict, score, yearsAchieved, reasons, parameterIds,
                provisionalBasis, rankKeys, quota);
    }
}
