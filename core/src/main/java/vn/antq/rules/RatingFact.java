package vn.antq.rules;

import java.math.BigDecimal;
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
 * @since 0.1
 */
public record RatingFact(String ruleId, String teamId, String memberId, RatingStatus status, Rating rating,
                         BigDecimal share, int tasksDone, String actual, String required, List<String> reasons,
                         List<String> parameterIds) {

    /** Copies the lists. */
    public RatingFact {
        reasons = List.copyOf(reasons);
        parameterIds = List.copyOf(parameterIds);
    }
}
