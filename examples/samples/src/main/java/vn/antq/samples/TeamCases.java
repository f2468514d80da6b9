package vn.antq.samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Plants, in each province, the cases of Hướng dẫn 01/HD-BCA-V05 and of ANTT-KDC-5 that take a whole commune or a Tổ
 * and its khu dân cư. At most one case goes to a commune. "Candidates" are the Tổ of the commune that do GOOD or
 * better, are not under complaint and have no member disciplined; the "base" is how many Tổ do GOOD or better and are
 * not under complaint (those the rules rate "tốt trở lên"), and the quota {@code base / 5} (20%, rounded down).
 *
 * <p>Where the Tổ are rated in the dataset's year:
 * <ol start="0">
 *   <li>95% exactly and just above: in a commune with a base of at least 5 and 2 candidates, the first candidate did
 *       951 of 1,000 tasks (above 95%), the second 190 of 200 (95% exactly); no other Tổ of the commune does better
 *       than GOOD, so the first keeps its place in the quota;</li>
 *   <li>a tie at the quota decided by id: in a commune with a base of at least 10, the first {@code quota - 1}
 *       candidates did 40 of 40 tasks, the next two 39 of 40 each; the earlier id keeps the last place;</li>
 *   <li>a tie of shares decided by tasks done: base of at least 5; the first {@code quota - 1} candidates did 40 of
 *       40, the next 39 of 40 and the one after it 78 of 80 (the same share, more tasks done), which takes the last
 *       place.</li>
 * </ol>
 * In these communes every other Tổ that did better than 95% does GOOD instead, and the members of the Tổ named have
 * no breach.
 *
 * <p>Where the Tổ stand in for their area's {@code securityTeamRating} and {@code securityTeamDisciplined}, five areas
 * keep both, to show that the dataset's value wins (the first Tổ of the commune that fits):
 * <ol start="3">
 *   <li>the area says NOT_COMPLETED, its Tổ does GOOD;</li>
 *   <li>the area says EXCELLENT, GOOD or COMPLETED and 0 disciplined, its Tổ does NOT_COMPLETED;</li>
 *   <li>the area says 1 disciplined, no member of its Tổ is;</li>
 *   <li>the area says EXCELLENT, GOOD or COMPLETED and 0 disciplined, the last member of its Tổ is disciplined;</li>
 *   <li>the area says EXCELLENT, GOOD or COMPLETED and 0 disciplined, its Tổ is under complaint (not rated).</li>
 * </ol>
 * Case k waits from the province's commune number 3 + 7k (from 0, in dataset order).
 */
final class TeamCases {
    private static final int FIRST_COMMUNE = 3;
    private static final int COMMUNE_STEP = 7;
    private static final Set<String> ACCEPTED = Set.of("EXCELLENT", "GOOD", "COMPLETED");

    /** One case: the commune it waits from, what it makes of the commune's Tổ (null if they do not fit). */
    private record Case(int fromCommune, BiFunction<List<SecurityTeamRoster.Team>, Map<String, SampleUnit>,
            List<SecurityTeamRoster.Team>> plant) {
    }

    private final List<Case> waiting = new ArrayList<>();
    private final Set<String> kept = new HashSet<>();

    /**
     * @param rated      whether the Tổ are rated in the dataset's year
     * @param ratesAreas whether the Tổ stand in for their areas' {@code securityTeamRating} and
     *                   {@code securityTeamDisciplined}
     */
    TeamCases(boolean rated, boolean ratesAreas) {
        List<BiFunction<List<SecurityTeamRoster.Team>, Map<String, SampleUnit>, List<SecurityTeamRoster.Team>>>
                cases = new ArrayList<>();
        if (rated) {
            cases.add((teams, areas) -> nextToNinetyFive(teams));
            cases.add((teams, areas) -> quotaTie(teams, 10, new TeamDuty(40, 39, false)));
            cases.add((teams, areas) -> quotaTie(teams, 5, new TeamDuty(80, 78, false)));
        }
        if (ratesAreas) {
            cases.add((teams, areas) -> keeping(teams, areas, "NOT_COMPLETED", null,
                    team -> team.withDuty(new TeamDuty(40, 34, false))));
            cases.add((teams, areas) -> keeping(teams, areas, null, 0,
                    team -> team.withDuty(new TeamDuty(40, Performance.NOT_COMPLETED.least(40), false))));
            cases.add((teams, areas) -> keeping(teams, areas, null, 1, TeamCases::spotless));
            cases.add((teams, areas) -> keeping(teams, areas, null, 0, team -> {
                List<SecurityTeamRoster.Member> members = new ArrayList<>(team.members());
                SecurityTeamRoster.Member last = members.get(members.size() - 1);
                members.set(members.size() - 1, last.withDuty(last.duty().disciplinedNow()));
                return team.withMembers(members);
            }));
            cases.add((teams, areas) -> keeping(teams, areas, null, 0, team -> team.withDuty(
                    new TeamDuty(team.duty().tasksAssigned(), team.duty().tasksDone(), true))));
        }
        for (int k = 0; k < cases.size(); k++) {
            waiting.add(new Case(FIRST_COMMUNE + COMMUNE_STEP * k, cases.get(k)));
        }
    }

    /**
     * @param commune the commune's number in its province, from 0 in dataset order
     * @param teams   its Tổ, in order
     * @param areas   its khu dân cư by id, with their indicators as drawn
     * @return the Tổ, with the first waiting case that fits the commune planted
     */
    List<SecurityTeamRoster.Team> apply(int commune, List<SecurityTeamRoster.Team> teams,
                                        Map<String, SampleUnit> areas) {
        for (Case c : waiting) {
            if (c.fromCommune() <= commune) {
                List<SecurityTeamRoster.Team> planted = c.plant().apply(teams, areas);
                if (planted != null) {
                    waiting.remove(c);
                    return planted;
                }
            }
        }
        return teams;
    }

    /**
     * @param area the id of a khu dân cư
     * @return whether a case keeps its {@code securityTeamRating} and {@code securityTeamDisciplined}
     */
    boolean keeps(String area) {
        return kept.contains(area);
    }

    private static List<SecurityTeamRoster.Team> nextToNinetyFive(List<SecurityTeamRoster.Team> teams) {
        List<Integer> candidates = candidates(teams);
        if (base(teams) < 5 || candidates.size() < 2) {
            return null;
        }
        List<SecurityTeamRoster.Team> planted = atMostGood(teams);
        planted.set(candidates.get(0), spotless(teams.get(candidates.get(0))).withDuty(new TeamDuty(1000, 951,
                false)));
        planted.set(candidates.get(1), teams.get(candidates.get(1)).withDuty(new TeamDuty(200, 190, false)));
        return planted;
    }

    /** A tie for the quota's last place between a Tổ with 39 of 40 and the next one with {@code other}. */
    private static List<SecurityTeamRoster.Team> quotaTie(List<SecurityTeamRoster.Team> teams, int leastBase,
                                                          TeamDuty other) {
        List<Integer> candidates = candidates(teams);
        int quota = base(teams) / 5;
        if (base(teams) < leastBase || candidates.size() < quota + 1) {
            return null;
        }
        List<SecurityTeamRoster.Team> planted = atMostGood(teams);
        for (int i = 0; i <= quota; i++) {
            TeamDuty duty = i < quota - 1 ? new TeamDuty(40, 40, false)
                    : i == quota - 1 ? new TeamDuty(40, 39, false) : other;
            planted.set(candidates.get(i), spotless(teams.get(candidates.get(i))).withDuty(duty));
        }
        return planted;
    }

    /**
     * The first Tổ whose area says {@code rating} (any accepted one when null) and {@code disciplined} (any when
     * null), keeping both indicators there.
     */
    private List<SecurityTeamRoster.Team> keeping(List<SecurityTeamRoster.Team> teams, Map<String, SampleUnit> areas,
                                                  String rating, Integer disciplined,
                                                  UnaryOperator<SecurityTeamRoster.Team> plant) {
        for (int i = 0; i < teams.size(); i++) {
            SecurityTeamRoster.Team team = teams.get(i);
            Map<String, Object> indicators = areas.get(team.areas().get(0)).indicators();
            if (!(indicators.get(TeamDutyDraws.RATING) instanceof String code)
                    || !(indicators.get(TeamDutyDraws.DISCIPLINED) instanceof Integer count)) {
                continue;
            }
            boolean ratingFits = rating == null ? ACCEPTED.contains(code) : rating.equals(code);
            boolean disciplinedFits = disciplined == null || (disciplined == 0 ? count == 0 : count > 0);
            if (ratingFits && disciplinedFits) {
                List<SecurityTeamRoster.Team> planted = new ArrayList<>(teams);
                planted.set(i, plant.apply(team));
                kept.add(team.areas().get(0));
                return planted;
            }
        }
        return null;
    }

    private static List<Integer> candidates(List<SecurityTeamRoster.Team> teams) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            SecurityTeamRoster.Team team = teams.get(i);
            if (inBase(team) && team.members().stream().noneMatch(m -> m.duty().disciplined())) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    private static int base(List<SecurityTeamRoster.Team> teams) {
        return (int) teams.stream().filter(TeamCases::inBase).count();
    }

    private static boolean inBase(SecurityTeamRoster.Team team) {
        return team.duty().performance().goodOrBetter() && !team.duty().underComplaint();
    }

    /** @return the Tổ, each that did better than 95% doing GOOD instead (the middle of the band) */
    private static List<SecurityTeamRoster.Team> atMostGood(List<SecurityTeamRoster.Team> teams) {
        List<SecurityTeamRoster.Team> result = new ArrayList<>();
        for (SecurityTeamRoster.Team team : teams) {
            TeamDuty duty = team.duty();
            int assigned = duty.tasksAssigned();
            result.add(duty.performance() != Performance.EXCELLENT ? team : team.withDuty(new TeamDuty(assigned,
                    (Performance.GOOD.least(assigned) + Performance.GOOD.most(assigned)) / 2, duty.underComplaint())));
        }
        return result;
    }

    private static SecurityTeamRoster.Team spotless(SecurityTeamRoster.Team team) {
        return team.withMembers(team.members().stream().map(m -> m.withDuty(m.duty().spotless())).toList());
    }
}
