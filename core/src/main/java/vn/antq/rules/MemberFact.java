package vn.antq.rules;

import java.time.LocalDate;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;

/**
 * A member of a Tổ bảo vệ an ninh, trật tự as the grassroots rules see it, with the day eligibility is
 * judged on (the dataset's reference date).
 *
 * @param member        the member
 * @param teamId        the team
 * @param referenceDate the day eligibility is judged on
 * @param year          the assessment year
 * @param supportClass  the class (loại 1, 2 or 3) of the team's area for the monthly support, or null when not given
 * @param commune       the commune of the member's team, never null
 * @since 0.1
 */
public record MemberFact(TeamMember member, String teamId, LocalDate referenceDate, int year, Integer supportClass,
                         String commune) {

    /** @return the member id (for DRL property access) */
    public String getMemberId() {
        return member.id();
    }

    /** @return the team id (for DRL property access) */
    public String getTeamId() {
        return teamId;
    }

    /**
     * @return the code of the member's area ({@link vn.antq.grassroots.AreaType}) for a rule's left-hand side (e.g.
     *         the areas where a lower education is enough), or null when not given
     */
    public String getArea() {
        return member.areaType() == null ? null : member.areaType().name();
    }

    /** @return the member's breaches of duty in the rating window, or null when not known (for DRL) */
    public Integer getBreaches() {
        return member.duty().breaches();
    }

    /** @return whether the member was disciplined in the rating window, or null when not known (for DRL) */
    public Boolean getDisciplined() {
        return member.duty().disciplined();
    }

    /**
     * Date arithmetic for a rule's left-hand side: born more than {@code years} years before the reference date
     * (the birthday of that age already past). A member without a birth date is not older.
     *
     * @param years an age the rule matched
     * @return true when older than that age at the reference date
     */
    public boolean olderThan(Param years) {
        return member.birthDate() != null
                && member.birthDate().plusYears(years.getDecimal().intValue()).isBefore(referenceDate);
    }

    /** @return the member's role (for DRL property access) */
    public TeamRole getRole() {
        return member.role();
    }

    /** @return true when the tasks assigned in the window and those done are known and some were assigned */
    public boolean hasTasks() {
        return Rate.hasTasks(member.duty());
    }

    /**
     * A comparison for a rating band's left-hand side ("trên …%").
     *
     * @param percent a share in percent the rule matched
     * @return true when the tasks are known and strictly more than that share of them was done
     */
    public boolean tasksDoneAbove(Param percent) {
        return Rate.tasksDoneAbove(member.duty(), percent);
    }

    /**
     * A comparison for a rating band's left-hand side ("từ …% trở lên").
     *
     * @param percent a share in percent the rule matched
     * @return true when the tasks are known and at least that share of them was done
     */
    public boolean tasksDoneAtLeast(Param percent) {
        return Rate.tasksDoneAtLeast(member.duty(), percent);
    }
}
