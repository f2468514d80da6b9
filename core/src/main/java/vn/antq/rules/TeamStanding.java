package vn.antq.rules;

import java.util.List;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;

/**
 * What the security team covering a khu dân cư gives ANTT-KDC-5 when the dataset gives no
 * {@code securityTeamRating} or {@code securityTeamDisciplined}: the team's computed rating and the count of
 * its members disciplined in the window.
 *
 * @param teamId      the team
 * @param status      whether the team was rated
 * @param rating      the rating after the quota, or null when not rated
 * @param note        why it is not rated or not known, in Vietnamese, or null
 * @param disciplined members disciplined in the window, or null when a member's record lacks it
 * @param provisionalBasis the provisional parameters the team's rating rests on, sorted; empty when none
 * @since 0.1
 */
public record TeamStanding(String teamId, RatingStatus status, Rating rating, String note, Long disciplined,
                           List<String> provisionalBasis) {

    /** Copies the list. */
    public TeamStanding {
        provisionalBasis = List.copyOf(provisionalBasis);
    }
}
