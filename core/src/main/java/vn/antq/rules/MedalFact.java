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
     * discipline being served, then the pending cases of {@link PersonCases#pending()}. Which of them defer is the
     * rule's choice (a pattern over these in its left-hand side).
     *
     * @return the cases, each with its wording and flag ({@code null} when not given)
     */
    public List<Case> getCases() {
        PersonCases cases = member != null ? member.service().cases() : leader.cases();
        List<PersonCases.Case> pending = cases.pending();
        List<Case> all = new ArrayList<>(pending.size() + 1);
        all.add(new Case("đang trong thời gian chấp hành kỷ luật", cases.underDiscipline(), true));
        for (PersonCases.Case c : pending) {
            all.add(new Case(c.labelVi(), c.pending(), false));
        }
        return all;
    }

    /**
     * The person's pending cases, without the discipline being served: {@link #getCases()} less its first entry.
     *
     * @return the pending cases, each with its wording and flag ({@code null} when not given)
     */
    public List<Case> getPendingCases() {
        List<Case> all = getCases();
        return all.subList(1, all.size());
    }

    /**
     * One case of a person, as a medal rule sees it.
     *
     * @param labelVi            the Vietnamese wording
     * @param pending            true when pending (or being served), false when not, null when not known
     * @param servingDiscipline  true for a discipline being served, false for a pending case
     */
    public record Case(String labelVi, Boolean pending, boolean servingDiscipline) {
        /** @return whether it is a discipline being served (for DRL property access) */
        public boolean isServingDiscipline() {
            return servingDiscipline;
        }
    }
}
