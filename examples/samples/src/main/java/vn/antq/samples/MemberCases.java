package vn.antq.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Plants, in each province, the boundary cases of the Kỷ niệm chương and of the 9 months of activity on members of
 * the Tổ bảo vệ ANTT, so that each shows in every dataset with enough communes. Service "since" a day is one unbroken
 * run from that day to the proposal date: an earlier period in the member's own kind of area up to the day before the
 * Tổ was set up, then the Tổ, joined on the day it was set up. With the proposal on 15/05 and the Tổ set up on 01/07,
 * the run counts as many whole months as the calendar gives (the odd days of the two parts add up to 30, a month, in
 * the national rule pack's reckoning), so "exactly 10 years" is 10 years 0 months 0 days and "a day later" 9 years 11
 * months 29 days.
 *
 * <ol start="0">
 *   <li>a woman serving since exactly 10 years before the proposal date;</li>
 *   <li>a woman serving since one day later (10 years less a day);</li>
 *   <li>a man serving since exactly 15 years before;</li>
 *   <li>a man serving since one day later (14 years 364 days);</li>
 *   <li>a man in a mountain area whose service reaches exactly 15 years only because a first period as Công an xã
 *       bán chuyên trách, 5 years 6 months in an ESPECIALLY_DIFFICULT area, counts twice; a second period in his own
 *       area and the Tổ make up the last four years;</li>
 *   <li>the same, the first period starting a day later (two counted days short);</li>
 *   <li>20 years of service and the Kỷ niệm chương already held;</li>
 *   <li>20 years and the Huy chương Chiến sĩ vẻ vang held;</li>
 *   <li>20 years, in a compulsory education facility;</li>
 *   <li>20 years, prosecuted (a member drawn {@code prosecuted});</li>
 *   <li>20 years, not assessed "hoàn thành tốt nhiệm vụ" (matters under TT 20/2025/TT-BCA only);</li>
 *   <li>where the Tổ are rated in the dataset's year, joined on 15/02 of the year: 9 months to the end of the window,
 *       so rated;</li>
 *   <li>there too, joined on 16/02: one day short of 9 months, so not rated;</li>
 *   <li>20 years, serving a discipline: deferred ("hoãn xét");</li>
 *   <li>20 years, a complaint not concluded: deferred.</li>
 * </ol>
 *
 * <p>The last two come after 10 where the Tổ are not rated (numbered 11–12 then, 13–14 otherwise). Every planted
 * member is recorded with no pending case and no discipline ({@code cases} all false), save where the case says
 * otherwise.
 *
 * <p>The members of cases 0–10 hold no other decoration, are not in compulsory education and were assessed well,
 * save where the case says otherwise; those of cases 11–12 did 17 of 20 tasks, with no breach, no discipline and no
 * complaint. Case k waits from the province's commune number 1 + 5k (from 0, in dataset order) and goes to the first
 * member there or after who fits it (gender, area, age 18 at the start of the service, not prosecuted save case 9;
 * for 11–12 not a Tổ trưởng (whose rating the Tổ's caps), no earlier service, not disciplined and 18 on the day)
 * and has no case yet. Everything else stays as drawn.
 */
final class MemberCases {
    private static final int FIRST_COMMUNE = 1;
    private static final int COMMUNE_STEP = 5;
    private static final int LONG_SERVICE_YEARS = 20;

    /** One case: the commune it waits from, the members it fits, what it makes of them. */
    private record Case(int fromCommune, Predicate<SecurityTeamRoster.Member> fits,
                        UnaryOperator<SecurityTeamRoster.Member> plant) {
    }

    private final LocalDate proposal;
    private final LocalDate established;
    private final List<Case> waiting = new ArrayList<>();
    private final Set<String> planted = new HashSet<>();

    /**
     * @param regime      the dataset's Kỷ niệm chương round
     * @param established the day the Tổ were set up
     * @param year        the assessment year
     * @param rated       whether the Tổ are rated in that year (set up early enough)
     */
    MemberCases(MedalRegime regime, LocalDate established, int year, boolean rated) {
        this.proposal = regime.proposalDate();
        this.established = established;
        List<Case> cases = new ArrayList<>();
        for (boolean female : new boolean[] {true, false}) {
            LocalDate exactly = proposal.minusYears(MedalRegime.memberYears(female));
            cases.add(serving(exactly, female));
            cases.add(serving(exactly.plusDays(1), female));
        }
        cases.add(doubled(0));
        cases.add(doubled(1));
        LocalDate longAgo = proposal.minusYears(LONG_SERVICE_YEARS);
        cases.add(longService(longAgo, false, new ServiceRecord(List.of(), List.of(ServiceRecord.MEDAL), true,
                false)));
        cases.add(longService(longAgo, false, new ServiceRecord(List.of(), List.of(ServiceRecord.GLORIOUS_SOLDIER),
                true, false)));
        cases.add(longService(longAgo, false, new ServiceRecord(List.of(), List.of(), true, true)));
        cases.add(longService(longAgo, true, new ServiceRecord(List.of(), List.of(), true, false)));
        cases.add(longService(longAgo, false, new ServiceRecord(List.of(), List.of(), false, false)));
        if (rated) {
            LocalDate nineMonths = LocalDate.of(year, 11, 15).minusMonths(9);
            cases.add(joinedOn(nineMonths));
            cases.add(joinedOn(nineMonths.plusDays(1)));
        }
        cases.add(longService(longAgo, false, new ServiceRecord(List.of(), List.of(), true, false,
                new PersonCases(true, false, false, false, false, false))));
        cases.add(longService(longAgo, false, new ServiceRecord(List.of(), List.of(), true, false,
                new PersonCases(false, false, false, false, true, false))));
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            waiting.add(new Case(FIRST_COMMUNE + COMMUNE_STEP * k, c.fits(), c.plant()));
        }
    }

    /**
     * @param commune the commune's number in its province, from 0 in dataset order
     * @param teams   its Tổ, in order
     * @return the Tổ with the cases that go to their members planted
     */
    List<SecurityTeamRoster.Team> apply(int commune, List<SecurityTeamRoster.Team> teams) {
        List<SecurityTeamRoster.Team> result = new ArrayList<>();
        for (SecurityTeamRoster.Team team : teams) {
            List<SecurityTeamRoster.Member> members = new ArrayList<>(team.members());
            for (int i = 0; i < members.size(); i++) {
                SecurityTeamRoster.Member member = members.get(i);
                for (Case c : waiting) {
                    if (c.fromCommune() <= commune && !planted.contains(member.person().id())
                            && c.fits().test(member)) {
                        members.set(i, c.plant().apply(member));
                        planted.add(member.person().id());
                        waiting.remove(c);
                        break;
                    }
                }
            }
            result.add(team.withMembers(members));
        }
        return result;
    }

    /** @return the case of service since that day, for a woman or a man */
    private Case serving(LocalDate since, boolean female) {
        return new Case(0, m -> m.person().female() == female && fitsService(m, since),
                m -> since(m, since, new ServiceRecord(List.of(), List.of(), true, false)));
    }

    /**
     * The doubled case: a first period in an ESPECIALLY_DIFFICULT area, then one in the member's own area from four
     * years before the proposal date, then the Tổ; the first period is 66 months long (132 counted), so with the last
     * four years the service reaches exactly 15 years; with {@code lateBy} 1 it starts a day later.
     */
    private Case doubled(int lateBy) {
        LocalDate moved = proposal.minusYears(4);
        LocalDate start = moved.minusMonths((12L * MedalRegime.memberYears(false) - 48) / 2).plusDays(lateBy);
        return new Case(0, m -> !m.person().female() && m.person().areaType().equals("MOUNTAIN")
                && fitsService(m, start), m -> {
            List<ServicePeriod> periods = List.of(
                    new ServicePeriod(ServicePeriod.PART_TIME_COMMUNE_POLICE, start, moved.minusDays(1),
                            ServicePeriod.ESPECIALLY_DIFFICULT),
                    new ServicePeriod(ServicePeriod.PART_TIME_COMMUNE_POLICE, moved, established.minusDays(1),
                            m.person().areaType()));
            return new SecurityTeamRoster.Member(m.person(), m.duty().joinedOn(established),
                    new ServiceRecord(periods, List.of(), true, false, PersonCases.CLEAR));
        });
    }

    /** @return the case of service since that day, for a member prosecuted or not, with the record's flags */
    private Case longService(LocalDate since, boolean prosecuted, ServiceRecord record) {
        return new Case(0, m -> m.person().prosecuted() == prosecuted && isAdultOn(m, since),
                m -> since(m, since, record));
    }

    private Case joinedOn(LocalDate day) {
        return new Case(0, m -> !m.person().role().equals("LEADER") && !m.duty().disciplined()
                && m.service().earlierService().isEmpty() && isAdultOn(m, day),
                m -> m.withDuty(new MemberDuty(day, 20, 17, 0, false, false)));
    }

    private boolean fitsService(SecurityTeamRoster.Member m, LocalDate since) {
        return isAdultOn(m, since) && !m.person().prosecuted();
    }

    private static boolean isAdultOn(SecurityTeamRoster.Member m, LocalDate day) {
        return !m.person().birthDate().plusYears(18).isAfter(day);
    }

    /** @return the member serving without a break since that day, with the record's decorations and flags */
    private SecurityTeamRoster.Member since(SecurityTeamRoster.Member m, LocalDate since, ServiceRecord record) {
        String kind = m.person().areaType().equals("MOUNTAIN") ? ServicePeriod.PART_TIME_COMMUNE_POLICE
                : ServicePeriod.CIVIL_DEFENCE;
        ServicePeriod period = new ServicePeriod(kind, since, established.minusDays(1), m.person().areaType());
        return new SecurityTeamRoster.Member(m.person(), m.duty().joinedOn(established),
                new ServiceRecord(List.of(period), record.decorations(), record.goodInService(),
                        record.compulsoryEducation(), record.cases() != null ? record.cases() : PersonCases.CLEAR));
    }
}
