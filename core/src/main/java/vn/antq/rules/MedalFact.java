package vn.antq.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.commendation.Leader;
import vn.antq.commendation.MedalCandidate;
import vn.antq.commendation.PersonCases;
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

    /**
     * The person's cases that a medal rule may take as deferring the proposal, in the order they are reported: a
     * discipline being served, then the pending cases ({@link #getPendingCases()}). Which of them defer is the rule's
     * choice (the national pack: all of them when its deferral switch is true, else only the
     * pending cases).
     *
     * @return the cases, each with its wording and flag ({@code null} when not given)
     */
    public List<Case> getCases() {
        PersonCases cases = personCases();
        List<Case> all = new ArrayList<>(cases.pending().size() + 1);
        all.add(new Case("đang trong thời gian chấp hành kỷ luật", cases.underDiscipline()));
        all.addAll(pending(cases));
        return all;
    }

    /**
     * @return the person's pending cases of {@link PersonCases#pending()}, without the discipline being served
     */
    public List<Case> getPendingCases() {
        return pending(personCases());
    }

    private PersonCases personCases() {
        return member != null ? member.service().cases() : leader.cases();
    }

    private static List<Case> pending(PersonCases cases) {
        List<Case> out = new ArrayList<>(cases.pending().size());
        for (PersonCases.Case c : cases.pending()) {
            out.add(new Case(c.labelVi(), c.pending()));
        }
        return out;
    }

    /**
     * One case of a person, as a medal rule sees it.
     *
     * @param labelVi the Vietnamese wording
     * @param pending true when pending (or being served), false when not, null when not known
     */
    public record Case(String labelVi, Boolean pending) {
    }
}
