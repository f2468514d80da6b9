package vn.antq.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Who stands in breach for a rating (Hướng dẫn 01/HD-BCA-V05: "xuất sắc" needs no member in breach): the pack's
 * rules select the members with a breach (or, for a team, a discipline) and those whose record lacks it in their
 * left-hand side, and insert one per team or member; the rating rules join it and pass it to
 * {@link Rate#breachCapsAt(Param, Breaches)}. Which members count is those rules' patterns; this record only carries
 * their ids.
 *
 * @param teamId   the team
 * @param memberId the member, or null for a team's rating
 * @param inBreach the members the rule found in breach
 * @param unclear  true when the rule found a member whose record lacks what it looks at
 * @since 0.9
 */
public record Breaches(String teamId, String memberId, List<String> inBreach, boolean unclear) {

    /** Copies the list. */
    public Breaches {
        inBreach = List.copyOf(inBreach);
    }

    /**
     * @param team     the team
     * @param inBreach the {@link MemberFact}s the rule collected as in breach
     * @param unclear  the {@link MemberFact}s the rule collected as lacking the record
     * @return the team's breaches
     */
    public static Breaches ofTeam(TeamFact team, List<?> inBreach, List<?> unclear) {
        return new Breaches(team.getTeamId(), null, ids(inBreach), !unclear.isEmpty());
    }

    /**
     * @param member   the member
     * @param inBreach the {@link MemberFact}s the rule collected as in breach (the member, or none)
     * @param unclear  the {@link MemberFact}s the rule collected as lacking the record
     * @return the member's breaches
     */
    public static Breaches ofMember(MemberFact member, List<?> inBreach, List<?> unclear) {
        return new Breaches(member.teamId(), member.member().id(), ids(inBreach), !unclear.isEmpty());
    }

    private static List<String> ids(List<?> facts) {
        List<String> ids = new ArrayList<>(facts.size());
        for (Object f : facts) {
            ids.add(((MemberFact) f).member().id());
        }
        return ids;
    }

    /** @return the team (for DRL property access) */
    public String getTeamId() {
        return teamId;
    }

    /** @return the member, or null for a team's rating (for DRL property access) */
    public String getMemberId() {
        return memberId;
    }
}
