package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.grassroots.TeamRole;

/**
 * Invariants of the ratings over generated communes of teams (fixed seed): at most 20 % of those rated "tốt" or
 * better stay "xuất sắc" in a commune, a tổ trưởng or tổ phó is above a rated team only when newly transferred
 * (joined in the window), and the ratings do not depend on the
 * order of the teams in the dataset.
 */
class XepLoaiPropertyTest {

    private static Fixture commune(Random random) {
        Fixture f = new Fixture().commune("c1");
        int teams = 1 + random.nextInt(12);
        for (int t = 1; t <= teams; t++) {
            String area = "r" + t;
            List<TeamMember> members = new ArrayList<>();
            for (TeamRole role : TeamRole.values()) {
                members.add(new TeamMember("m" + t + role, "Thành viên " + t, role, LocalDate.of(1980, 1, 1), false,
                        Education.UPPER_SECONDARY, LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, false, false,
                        LocalDate.of(2023, 1 + random.nextInt(12), 1), duty(random), ServiceRecord.NONE));
            }
            f.residentialArea(area, "c1").team(new SecurityTeam("T" + t, List.of(area), LocalDate.of(2023, 1, 1),
                    members, duty(random)));
        }
        return f;
    }

    private static DutyRecord duty(Random random) {
        int assigned = 1 + random.nextInt(40);
        int done = Math.max(0, assigned - random.nextInt(6));
        return new DutyRecord(assigned, done, random.nextInt(10) == 0 ? 1 : 0, random.nextInt(20) == 0,
                random.nextInt(15) == 0);
    }

    @Test
    void atMostTwentyPercentExcellentAndNoLeaderOrDeputyAboveTheTeam() {
        qt().withFixedSeed(2024L).withExamples(40).forAll(integers().between(0, 1_000_000)).checkAssert(seed -> {
            List<TeamResult> teams = commune(new Random(seed)).evaluate().securityTeams();
            List<Rating> teamRatings = new ArrayList<>();
            List<Rating> memberRatings = new ArrayList<>();
            for (TeamResult t : teams) {
                teamRatings.add(t.rating().rating());
                for (MemberResult m : t.members()) {
                    memberRatings.add(m.rating().rating());
                    if (m.role() != TeamRole.MEMBER && t.rating().status() == RatingStatus.RATED
                            && m.rating().status() == RatingStatus.RATED
                            && m.rating().rating().compareTo(t.rating().rating()) < 0) {
                        assertTrue(m.rating().reasons().stream().anyMatch(r -> r.contains("mới tham gia Tổ trong kỳ")),
                                t.teamId() + " " + m.memberId());
                    }
                }
            }
            assertWithinQuota(teamRatings);
            assertWithinQuota(memberRatings);
        });
    }

    @Test
    void ratingsDoNotDependOnTheOrderOfTeams() {
        qt().withFixedSeed(2025L).withExamples(20).forAll(integers().between(0, 1_000_000)).checkAssert(seed -> {
            Dataset d = commune(new Random(seed)).dataset();
            List<SecurityTeam> shuffled = new ArrayList<>(d.securityTeams());
            Collections.shuffle(shuffled, new Random(seed));
            Dataset reordered = new Dataset(d.title(), d.year(), d.referenceDate(), d.units(), d.campaigns(),
                    d.budgetLines(), d.history(), shuffled, d.leaders(), d.medalProposalDate(), d.warnings());
            List<TeamResult> before = new ArrayList<>(Fixture.EVALUATOR.evaluate(d).securityTeams());
            List<TeamResult> after = new ArrayList<>(Fixture.EVALUATOR.evaluate(reordered).securityTeams());
            before.sort((a, b) -> a.teamId().compareTo(b.teamId()));
            after.sort((a, b) -> a.teamId().compareTo(b.teamId()));
            assertEquals(before, after);
        });
    }

    private static void assertWithinQuota(List<Rating> ratings) {
        long goodOrBetter = ratings.stream().filter(r -> r == Rating.EXCELLENT || r == Rating.GOOD).count();
        long excellent = ratings.stream().filter(r -> r == Rating.EXCELLENT).count();
        assertTrue(excellent * 100 <= goodOrBetter * 20, excellent + " excellent of " + goodOrBetter);
    }
}
