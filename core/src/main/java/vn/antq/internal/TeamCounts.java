package vn.antq.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.unit.Unit;

/**
 * When the dataset carries a khu dân cư's Tổ bảo vệ an ninh, trật tự, plan targets read the team's members
 * per role from it rather than from the area's count indicators ({@code securityTeamLeaders},
 * {@code securityTeamDeputies}, {@code securityTeamMembers}); training stays an indicator.
 */
final class TeamCounts {

    private TeamCounts() {
    }

    static Map<String, SecurityTeam> byArea(Dataset dataset) {
        Map<String, SecurityTeam> teams = new HashMap<>();
        for (SecurityTeam t : dataset.securityTeams()) {
            t.areaIds().forEach(area -> teams.put(area, t));
        }
        return teams;
    }

    static Indicators withTeam(Unit unit, SecurityTeam team) {
        if (team == null) {
            return unit.indicators();
        }
        long[] counts = new long[TeamRole.values().length];
        for (TeamMember m : team.members()) {
            counts[m.role().ordinal()]++;
        }
        Map<String, IndicatorValue> values = new LinkedHashMap<>(unit.indicators().asMap());
        values.put("securityTeamLeaders", new IndicatorValue.Count(counts[TeamRole.LEADER.ordinal()]));
        values.put("securityTeamDeputies", new IndicatorValue.Count(counts[TeamRole.DEPUTY.ordinal()]));
        values.put("securityTeamMembers", new IndicatorValue.Count(counts[TeamRole.MEMBER.ordinal()]));
        return Indicators.of(values);
    }
}
