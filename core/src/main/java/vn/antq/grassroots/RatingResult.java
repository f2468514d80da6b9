package vn.antq.grassroots;

import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;

/**
 * The yearly rating of a team or member (Hướng dẫn 01/HD-BCA-V05), with its explanation: the share of tasks
 * done, what the rating needed, and every step that lowered it (a breach, the quota of "xuất sắc", a leader
 * kept no higher than the team).
 *
 * @param status      rated, not rated (with the reason) or not enough data
 * @param rating      the rating when rated, else null
 * @param actual      what the data show, in Vietnamese
 * @param required    what each rating needs, in Vietnamese
 * @param reasons     why it is not rated, not known, or lower than the share alone gives, in Vietnamese
 * @param rule        the rule that rated it
 * @param source      the legal reference
 * @param provisionalBasis ids of the provisional parameters it rests on, its own and, for a leader kept no
 *                    higher than the team, the team's; sorted, empty when it rests on none
 * @param parameters  the parameters used
 * @since 0.1
 */
public record RatingResult(RatingStatus status, Rating rating, String actual, String required, List<String> reasons,
                           String rule, String source, List<String> provisionalBasis, List<UsedParameter> parameters) {

    /** Checks the required fields and copies the lists. */
    public RatingResult {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        provisionalBasis = List.copyOf(provisionalBasis);
        parameters = List.copyOf(parameters);
    }

    /** @return true when it rests on a provisional value: its provisional basis is not empty */
    public boolean provisional() {
        return !provisionalBasis.isEmpty();
    }
}
