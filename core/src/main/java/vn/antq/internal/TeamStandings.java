package vn.antq.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.rules.TeamStanding;

/**
 * For each khu dân cư covered by a rated team, what the team gives ANTT-KDC-5: its rating (after the quota) and
 * how many of its members were disciplined in the window. Teams the pack has no rating rule for give nothing.
 */
final class TeamStandings {
    private TeamStandings() {
    }

    static Map<String, TeamStanding> byArea(Dataset dataset, List<TeamResult> results) {
        Map<String, SecurityTeam> teams = new HashMap<>();
        dataset.securityTeams().forEach(t -> teams.put(t.id(), t));
        Map<String, TeamStanding> byArea = new HashMap<>();
        for (TeamResult r : results) {
            RatingResult rating = r.rating();
            if (rating.rule() == null) {
                continue;
            }
            String note = rating.status() == RatingStatus.RATED ? null : String.join("; ", rating.reasons());
            TeamStanding standing = new TeamStanding(r.teamId(), rating.status(), rating.rating(), note,
                    disciplined(teams.get(r.teamId())), rating.provisionalBasis());
            r.areaIds().forEach(area -> byArea.put(area, standing));
        }
        return byArea;
    }

    /** @return members disciplined in the window, or null when one member's record lacks it */
    private static Long disciplined(SecurityTeam team) {
        long count = 0;
        for (TeamMember m : team.members()) {
            if (m.duty().disciplined() == null) {
                return null;
            }
            count += m.duty().disciplined() ? 1 : 0;
        }
        return count;
    }
}
