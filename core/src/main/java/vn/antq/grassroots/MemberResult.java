package vn.antq.grassroots;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * A team member checked against Luật 30/2023/QH15 Điều 13, with the monthly support due.
 *
 * @param memberId       the member
 * @param name           full name
 * @param role           role in the team
 * @param eligible       MET when every condition holds, NOT_MET when one fails, UNKNOWN when data lack
 * @param reasons        the conditions not met or not known, in Vietnamese; empty when eligible
 * @param monthlySupport the monthly support due (coefficient × lương cơ sở), in đồng, or null when not computed
 * @param rating         the member's yearly rating (Hướng dẫn 01/HD-BCA-V05)
 * @param parameters     the parameters used
 * @param supportReasons why the monthly support was not computed (e.g. the area's class is missing), in
 *                       Vietnamese; empty when it was, or when the pack computes none
 * @param provisionalBasis        ids of the provisional parameters the eligibility verdict rests on, sorted
 * @param supportProvisionalBasis ids of the provisional parameters the monthly support rests on, sorted
 * @since 0.1
 */
public record MemberResult(String memberId, String name, TeamRole role, Verdict eligible, List<String> reasons,
                           BigDecimal monthlySupport, RatingResult rating, List<UsedParameter> parameters,
                           List<String> supportReasons, List<String> provisionalBasis,
                           List<String> supportProvisionalBasis) {

    /** Checks the required fields and copies the lists. */
    public MemberResult {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(eligible, "eligible");
        Objects.requireNonNull(rating, "rating");
        reasons = List.copyOf(reasons);
        parameters = List.copyOf(parameters);
        supportReasons = List.copyOf(supportReasons);
        provisionalBasis = List.copyOf(provisionalBasis);
        supportProvisionalBasis = List.copyOf(supportProvisionalBasis);
    }

    /** @return true when the eligibility verdict rests on a provisional parameter */
    public boolean provisional() {
        return !provisionalBasis.isEmpty();
    }
}
