package vn.antq.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;

/**
 * A rating rule's conclusion about a team or member (Hướng dẫn 01/HD-BCA-V05), before the quota of
 * "xuất sắc" and the leader's cap, which the evaluator applies afterwards.
 *
 * @param ruleId       the rule id
 * @param teamId       the team
 * @param memberId     the member, or null for the team
 * @param status       rated, not rated, or not enough data
 * @param rating       the rating when rated, else null
 * @param share        tasks done / tasks assigned, or null
 * @param tasksDone    tasks done, or 0 when unknown
 * @param actual       what the data show, in Vietnamese
 * @param required     what each rating needs, in Vietnamese
 * @param reasons      why not rated, not known, or lowered, in Vietnamese
 * @param parameterIds the parameters read
 * @param round        what the rule asks the evaluator to apply across teams and members afterwards
 * @since 0.1
 */
public record RatingFact(String ruleId, String teamId, String memberId, RatingStatus status, Rating rating,
                         BigDecimal share, int tasksDone, String actual, String required, List<String> reasons,
                         List<String> parameterIds, Round round) {

    /** Copies the lists. */
    public RatingFact {
        reasons = List.copyOf(reasons);
        parameterIds = List.copyOf(parameterIds);
        round = round == null ? Round.NONE : round;
    }

    /**
     * The parameters of the steps that compare teams or members, which the evaluator applies after the rules: the
     * commune's quota of "xuất sắc" and the cap of a tổ trưởng or tổ phó at the team's rating. An id is null when the
     * rule asks for no such step.
     *
     * @param quotaPercent parameter id of the largest share (%) rated "xuất sắc" in a commune
     * @param quotaBase    parameter id of what that share is of ({@code GOOD_OR_BETTER} or {@code RATED})
     * @param capRoles     parameter id of the roles kept no higher than the team
     * @param capExempt    parameter id of who is exempt from the cap ({@code JOINED_IN_WINDOW} or {@code NONE})
     * @param windowStart  the first day of the rating window, or null when the rule read none
     */
    public record Round(String quotaPercent, String quotaBase, String capRoles, String capExempt,
                        LocalDate windowStart) {
        /** No step across teams or members. */
        public static final Round NONE = new Round(null, null, null, null, null);
    }
}
