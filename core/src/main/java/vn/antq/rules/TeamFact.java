package vn.antq.rules;

import vn.antq.grassroots.SecurityTeam;
import vn.antq.unit.UnitType;

/**
 * A Tổ bảo vệ an ninh, trật tự as the grassroots rules see it, with what its staffing depends on.
 *
 * @param team       the team
 * @param areaType   the type of the (first) khu dân cư it covers, or null
 * @param households resident households of the khu dân cư it covers, summed, or null when one lacks the count
 * @param year       the assessment year
 * @param commune    the commune whose teams a quota compares (the parent of the first area covered), never null
 * @since 0.1
 */
public record TeamFact(SecurityTeam team, UnitType areaType, Long households, int year, String commune) {

    /** @return the team id (for DRL property access) */
    public String getTeamId() {
        return team.id();
    }

}
