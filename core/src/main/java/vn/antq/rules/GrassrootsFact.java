package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.antq.verdict.Verdict;

/**
 * A grassroots rule's conclusion about a team (its staffing) or a member (eligibility, or monthly support): a
 * {@link Conclusion} about the member, or the team.
 *
 * @param ruleId       the rule id
 * @param teamId       the team
 * @param memberId     the member, or null for a conclusion about the team
 * @param verdict      the verdict (MET for a support computed, UNKNOWN for one that could not be)
 * @param actual       what the data show, in Vietnamese
 * @param required     what is required, in Vietnamese
 * @param reasons      the conditions not met or not known, in Vietnamese
 * @param amount       the support due, or null
 * @param parameterIds the parameters read
 * @param support      true for a member's monthly support (its amount null when not computed), false for the
 *                     eligibility of a member or the staffing of a team
 * @param provisionalBasis the provisional parameters it rests on, sorted; empty when none
 * @since 0.1
 */
public record GrassrootsFact(String ruleId, String teamId, String memberId, Verdict verdict, String actual,
                             String required, List<String> reasons, BigDecimal amount, List<String> parameterIds,
                             boolean support, List<String> provisionalBasis) implements Conclusion {

    /** Copies the lists. */
    public GrassrootsFact {
        reasons = List.copyOf(reasons);
        parameterIds = List.copyOf(parameterIds);
        provisionalBasis = List.copyOf(provisionalBasis);
    }

    /** @return the member, or the team for a conclusion about the team */
    @Override
    public String subjectId() {
        return memberId != null ? memberId : teamId;
    }
}
