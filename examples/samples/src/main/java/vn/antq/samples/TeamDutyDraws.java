package vn.antq.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws what each Tổ bảo vệ ANTT and its members did in the rating window of Hướng dẫn 01/HD-BCA-V05, and the members'
 * service ({@link ServiceDraws}), from the area's own stream {@code SECURITY_TEAM_DUTY/<area id>}, apart from the
 * streams of the area and of the members, so these draws change nothing else in the dataset.
 *
 * <p>The Tổ does as well as its area's {@code securityTeamRating} says (the draws of {@link ResidentialAreaDrafter}),
 * or, where the area leaves it out, EXCELLENT 15%, GOOD 55%, COMPLETED 29%, NOT_COMPLETED 1%: 20–60 tasks assigned,
 * the tasks done drawn inside that band ({@link Performance}). 1% of Tổ are under complaint. When the area's
 * {@code securityTeamDisciplined} is above 0 (or, where the area leaves it out, 0.5% of the time), one member is
 * disciplined, after a breach. A member joined on the day the Tổ was set up (85%) or on a later day up to the day
 * before the reference date, and not before turning 18 (at the latest on the reference date); does as well as the Tổ (75%), one band better (10%) or worse (15%), out of 8–40 tasks;
 * has 1–2 breaches (3%) and is under complaint (0.5%).
 */
final class TeamDutyDraws {
    static final String PURPOSE = "SECURITY_TEAM_DUTY/";
    static final String RATING = "securityTeamRating";
    static final String DISCIPLINED = "securityTeamDisciplined";
    /** EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED, where the area gives no rating. */
    private static final int[] PERFORMANCE = {15, 55, 29, 1};

    private final LocalDate established;
    private final LocalDate referenceDate;
    private final int laterJoinDays;
    private final ServiceDraws services;

    /**
     * @param established   the day the Tổ were set up
     * @param referenceDate the dataset's reference date; nobody joins on or after it
     */
    TeamDutyDraws(LocalDate established, LocalDate referenceDate) {
        this.established = established;
        this.referenceDate = referenceDate;
        this.laterJoinDays = (int) ChronoUnit.DAYS.between(established, referenceDate) - 1;
        this.services = new ServiceDraws(established);
    }

    /** @return the day, or the member's 18th birthday if later (at the latest the reference date) */
    private LocalDate adultBy(SecurityTeamRoster.Person person, LocalDate day) {
        LocalDate adult = person.birthDate().plusYears(18);
        return !adult.isAfter(day) ? day : adult.isAfter(referenceDate) ? referenceDate : adult;
    }

    /**
     * @param dice     the area's own stream for this
     * @param area     the khu dân cư, with its indicators as drawn
     * @param team     its Tổ
     * @param people   the members, in order
     * @param mountain whether the area is in a mountain district
     * @return the Tổ with its duty and its members' duty and service
     */
    SecurityTeamRoster.Team draw(Dice dice, SampleUnit area, String team, List<SecurityTeamRoster.Person> people,
                                 boolean mountain) {
        Performance performance = area.indicators().get(RATING) instanceof String code
                ? Performance.of(code) : Performance.values()[dice.weighted(PERFORMANCE)];
        boolean disciplined = area.indicators().get(DISCIPLINED) instanceof Integer count
                ? count > 0 : dice.chance(0.005);
        int assigned = dice.between(20, 60);
        TeamDuty duty = new TeamDuty(assigned, performance.tasksDone(dice, assigned), dice.chance(0.01));
        int disciplinedOne = disciplined && !people.isEmpty() ? dice.between(0, people.size() - 1) : -1;
        boolean street = "TO_DAN_PHO".equals(area.type());
        List<SecurityTeamRoster.Member> members = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            SecurityTeamRoster.Person person = people.get(i);
            LocalDate joined = adultBy(person, dice.chance(0.85) || laterJoinDays < 1
                    ? established : established.plusDays(dice.between(1, laterJoinDays)));
            Performance own = performance.shifted(dice.weighted(10, 75, 15) - 1);
            int tasks = dice.between(8, 40);
            int done = own.tasksDone(dice, tasks);
            int breaches = dice.chance(0.03) ? dice.between(1, 2) : 0;
            MemberDuty memberDuty = new MemberDuty(joined, tasks, done, breaches, false, dice.chance(0.005));
            if (i == disciplinedOne) {
                memberDuty = memberDuty.disciplinedNow();
            }
            members.add(new SecurityTeamRoster.Member(person, memberDuty,
                    services.draw(dice, person, joined, street, mountain)));
        }
        return new SecurityTeamRoster.Team(team, List.of(area.id()), established, duty, members, null);
    }
}
