package vn.antq.grassroots;

import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * A Tổ bảo vệ an ninh, trật tự checked against the province's staffing (Luật 30/2023/QH15 Điều 14), with
 * each member's check.
 *
 * @param teamId     the team
 * @param areaIds    the khu dân cư it covers
 * @param staffed    MET at the staffing, NOT_MET short or over it, UNKNOWN when a count it needs is missing
 * @param actual     the members per role, in Vietnamese
 * @param required   the staffing, in Vietnamese
 * @param source     legal reference of the staffing
 * @param members    each member's check
 * @param rating     the team's yearly rating (Hướng dẫn 01/HD-BCA-V05)
 * @param parameters the parameters used
 * @since 0.1
 */
public record TeamResult(String teamId, List<String> areaIds, Verdict staffed, String actual, String required,
                         String source, List<MemberResult> members, RatingResult rating,
                         List<UsedParameter> parameters) {

    /** Checks the required fields and copies the lists. */
    public TeamResult {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(staffed, "staffed");
        Objects.requireNonNull(rating, "rating");
        areaIds = List.copyOf(areaIds);
        members = List.copyOf(members);
        parameters = List.copyOf(parameters);
    }

    /**
     * @return ids of the provisional parameters the staffing check rests on, sorted; empty when none. It reads no other
     *         conclusion, so these are the provisional ones among its parameters.
     */
    public List<String> provisionalBasis() {
        return UsedParameter.provisionalIds(parameters);
    }
}
