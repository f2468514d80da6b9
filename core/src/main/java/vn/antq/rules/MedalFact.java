package vn.antq.rules;

import java.time.LocalDate;
import vn.antq.commendation.Leader;
import vn.antq.commendation.MedalCandidate;
import vn.antq.grassroots.TeamMember;

/**
 * A person checked for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc": a team member or a leader, with the day of
 * the proposal (the parameters of the session are resolved on that day, which chooses the regime).
 *
 * @param candidate    member or leader
 * @param member       the member, or null for a leader
 * @param teamId       the member's team, or null
 * @param leader       the leader, or null for a member
 * @param proposalDate the day of the proposal
 * @since 0.1
 */
public record MedalFact(MedalCandidate candidate, TeamMember member, String teamId, Leader leader,
                        LocalDate proposalDate) {

    /** @return the person's id */
    public String getPersonId() {
        return member != null ? member.id() : leader.id();
    }
}
