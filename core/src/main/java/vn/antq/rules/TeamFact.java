package vn.antq.rules;

import java.math.BigDecimal;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.unit.UnitType;

/**
 * A Tổ bảo vệ an ninh, trật tự as the grassroots rules see it, with what its staffing depends on. The area type,
 * households and commune are read from the areas the team covers as the dataset format defines (the first area's
 * type and parent, the households summed): how the dataset is read, not a legal choice.
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

    /**
     * A comparison for a rule's left-hand side: a province that sizes its teams by households writes which counts
     * give which size as rules, e.g. {@code TeamFact( areaType == UnitType.THON, householdsAtLeast($from) )}.
     *
     * @param from a count of households the rule matched
     * @return true when the resident households are known and at least that many
     */
    public boolean householdsAtLeast(Param from) {
        return households != null && BigDecimal.valueOf(households).compareTo(from.getDecimal()) >= 0;
    }

    /** @return true when the tasks assigned in the window and those done are known and some were assigned */
    public boolean hasTasks() {
        return Rate.hasTasks(team.duty());
    }

    /**
     * A comparison for a rating band's left-hand side ("trên …%").
     *
     * @param percent a share in percent the rule matched
     * @return true when the tasks are known and strictly more than that share of them was done
     */
    public boolean tasksDoneAbove(Param percent) {
        return Rate.tasksDoneAbove(team.duty(), percent);
    }

    /**
     * A comparison for a rating band's left-hand side ("từ …% trở lên").
     *
     * @param percent a share in percent the rule matched
     * @return true when the tasks are known and at least that share of them was done
     */
    public boolean tasksDoneAtLeast(Param percent) {
        return Rate.tasksDoneAtLeast(team.duty(), percent);
    }
}
