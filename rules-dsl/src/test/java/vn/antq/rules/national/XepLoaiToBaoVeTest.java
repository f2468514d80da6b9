package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.grassroots.TeamRole;
import vn.antq.standard.CriterionResult;
import vn.antq.verdict.Verdict;

/**
 * Ratings of Tổ bảo vệ an ninh, trật tự and their members (Hướng dẫn 01/HD-BCA-V05) in the window 15/11/2023 –
 * 14/11/2024: the share of tasks, 9 months of activity, complaints, breaches and discipline, the 20 % quota of
 * "xuất sắc" per commune, the tổ trưởng and tổ phó kept no higher than the team (unless newly transferred), and the team rating feeding ANTT-KDC-5.
 */
class XepLoaiToBaoVeTest {
    private static final LocalDate ESTABLISHED = LocalDate.of(2023, 1, 1);

    private static DutyRecord duty(int assigned, int done) {
        return new DutyRecord(assigned, done, 0, false, false);
    }

    private static TeamMember member(String id, TeamRole role, DutyRecord duty, String joined) {
        return new TeamMember(id, "Lê Văn " + id, role, LocalDate.of(1980, 1, 1), false, Education.UPPER_SECONDARY,
                LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, false, false, LocalDate.parse(joined), duty,
                ServiceRecord.NONE);
    }

    /** A team of three whose members all did {@code memberDuty}. */
    private static SecurityTeam team(String id, String area, DutyRecord teamDuty, DutyRecord memberDuty) {
        return new SecurityTeam(id, List.of(area), ESTABLISHED, List.of(
                member(id + "-1", TeamRole.LEADER, memberDuty, "2023-01-01"),
                member(id + "-2", TeamRole.DEPUTY, memberDuty, "2023-01-01"),
                member(id + "-3", TeamRole.MEMBER, memberDuty, "2023-01-01")), teamDuty);
    }

    /**
     * A commune with the team under test in r1 and {@code others} teams rated GOOD (90 %), so that the quota of
     * "xuất sắc" leaves the first place to the team under test.
     */
    private static Fixture commune(SecurityTeam underTest, int others) {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").team(underTest);
        for (int i = 2; i <= others + 1; i++) {
            f.residentialArea("r" + i, "c1").team(team("T" + i, "r" + i, duty(10, 9), duty(10, 9)));
        }
        return f;
    }

    private static RatingResult teamRating(Fixture f) {
        return f.evaluate().securityTeams().get(0).rating();
    }

    @ParameterizedTest(name = "{0} of {1} tasks → {2}")
    @CsvSource({
        "951, 1000, EXCELLENT",   // 95.1 %: above 95 %
        "950, 1000, GOOD",        // 95 % exactly is not "above 95 %"
        "800, 1000, GOOD",
        "799, 1000, COMPLETED",
        "500, 1000, COMPLETED",
        "499, 1000, NOT_COMPLETED"
    })
    void teamRatingFollowsTheShareOfAssignedTasksDone(int done, int assigned, Rating expected) {
        RatingResult r = teamRating(commune(team("T1", "r1", duty(assigned, done), duty(10, 9)), 4));
        assertEquals(RatingStatus.RATED, r.status());
        assertEquals(expected, r.rating(), r.reasons()::toString);
        // one rule per band (xep-loai-muc.drl.csv): the band's rule rated the team
        assertEquals("HD01-XEP-LOAI-TO-" + switch (expected) {
            case EXCELLENT -> "XUAT-SAC";
            case GOOD -> "TOT";
            case COMPLETED -> "HOAN-THANH";
            case NOT_COMPLETED -> "KHONG-HOAN-THANH";
        }, r.rule());
    }

    @ParameterizedTest(name = "member doing {0} of 1000 → {1}")
    @CsvSource({"951, EXCELLENT", "950, GOOD"})
    void memberRatingFollowsTheShareToo(int done, Rating expected) {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.MEMBER, duty(1000, done), "2023-01-01")), duty(10, 10));
        EvaluationReport report = commune(t, 4).evaluate();
        assertEquals(expected, report.securityTeams().get(0).members().get(0).rating().rating());
    }

    @ParameterizedTest(name = "joined {0} → {1}")
    @CsvSource({
        "2024-02-15, RATED",      // 15/02 – 14/11: exactly 9 months
        "2024-02-16, NOT_RATED",  // 9 months less a day
        "2023-06-01, RATED"       // before the window: the whole window counts
    })
    void aMemberActiveLessThanNineMonthsInTheWindowIsNotRated(String joined, RatingStatus expected) {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED,
                List.of(member("T1-1", TeamRole.MEMBER, duty(10, 10), joined)), duty(10, 10));
        RatingResult r = new Fixture().commune("c1").residentialArea("r1", "c1").team(t).evaluate()
                .securityTeams().get(0).members().get(0).rating();
        assertEquals(expected, r.status());
        if (expected == RatingStatus.NOT_RATED) {
            assertNull(r.rating());
            assertTrue(r.reasons().get(0).startsWith("hoạt động chưa đủ 9 tháng"), r.reasons()::toString);
        }
    }

    @Test
    void aTeamEstablishedUnderNineMonthsBeforeTheWindowEndsIsNotRated() {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), LocalDate.of(2024, 7, 1), List.of(), duty(10, 10));
        RatingResult r = teamRating(new Fixture().commune("c1").residentialArea("r1", "c1").team(t));
        assertEquals(RatingStatus.NOT_RATED, r.status());
    }

    @Test
    void aTeamUnderComplaintIsNotRated() {
        RatingResult r = teamRating(commune(team("T1", "r1", new DutyRecord(10, 10, null, null, true),
                duty(10, 10)), 0));
        assertEquals(RatingStatus.NOT_RATED, r.status());
        assertEquals(List.of("đang có khiếu nại chưa giải quyết xong"), r.reasons());
    }

    @Test
    void missingTasksGiveNotEnoughDataNeverAGuess() {
        RatingResult r = teamRating(commune(team("T1", "r1", new DutyRecord(null, null, null, null, false),
                duty(10, 10)), 0));
        assertEquals(RatingStatus.INSUFFICIENT_DATA, r.status());
        assertNull(r.rating());
    }

    @Test
    void aMemberBreachCapsTheTeamAtGoodAndTheMemberAtCompleted() {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.LEADER, duty(10, 10), "2023-01-01"),
                member("T1-2", TeamRole.MEMBER, new DutyRecord(10, 10, 1, false, false), "2023-01-01")),
                duty(100, 100));
        TeamResult result = commune(t, 4).evaluate().securityTeams().get(0);
        assertEquals(Rating.GOOD, result.rating().rating());
        assertEquals(Rating.COMPLETED, result.members().get(1).rating().rating());
        assertTrue(result.members().get(1).rating().provisional(), "the member's cap is a provisional default");
    }

    @Test
    void aDisciplinedMemberIsNotCompleted() {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.MEMBER, new DutyRecord(10, 10, 0, true, false), "2023-01-01")),
                duty(10, 10));
        RatingResult r = commune(t, 0).evaluate().securityTeams().get(0).members().get(0).rating();
        assertEquals(Rating.NOT_COMPLETED, r.rating());
    }

    @Test
    void theLeaderIsNeverRatedAboveTheTeam() {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.LEADER, duty(10, 10), "2023-01-01"),
                member("T1-2", TeamRole.MEMBER, duty(10, 10), "2023-01-01")), duty(10, 6));
        TeamResult result = commune(t, 4).evaluate().securityTeams().get(0);
        assertEquals(Rating.COMPLETED, result.rating().rating());
        assertEquals(Rating.COMPLETED, result.members().get(0).rating().rating());
        assertTrue(result.members().get(0).rating().reasons().get(0).startsWith("tổ trưởng không được xếp loại cao hơn"));
        assertEquals(Rating.EXCELLENT, result.members().get(1).rating().rating(), "a tổ viên may be above the team");
    }

    @ParameterizedTest(name = "team {0}/10, tổ phó {1}/10 → {2}")
    @CsvSource({
        "8, 8, GOOD, false",       // at the team's rating: nothing to cap
        "8, 10, GOOD, true",       // one level above: capped
        "6, 10, COMPLETED, true",  // two levels above: capped
        "8, 7, COMPLETED, false"   // below the team: stays
    })
    void theDeputyIsNeverRatedAboveTheTeamEither(int teamDone, int deputyDone, Rating expected, boolean capped) {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-2", TeamRole.DEPUTY, duty(10, deputyDone), "2023-01-01")), duty(10, teamDone));
        RatingResult deputy = commune(t, 4).evaluate().securityTeams().get(0).members().get(0).rating();
        assertEquals(expected, deputy.rating(), deputy.reasons()::toString);
        assertEquals(capped, deputy.reasons().stream().anyMatch(r -> r.startsWith(
                "tổ phó không được xếp loại cao hơn Tổ")), deputy.reasons()::toString);
        assertEquals(capped, deputy.parameters().stream().anyMatch(p -> p.id().equals("hd01.leaderCap.roles")));
    }

    @ParameterizedTest(name = "{0} joined {1} → {2}")
    @CsvSource({
        "DEPUTY, 2023-11-15, COMPLETED",  // the window's first day: not newly transferred
        "DEPUTY, 2023-11-16, EXCELLENT",  // joined in the window: newly transferred, not capped
        "LEADER, 2023-11-15, COMPLETED",
        "LEADER, 2023-11-16, EXCELLENT"
    })
    void oneNewlyTransferredIntoTheTeamIsNotCapped(TeamRole role, String joined, Rating expected) {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", role, duty(10, 10), joined)), duty(10, 6));
        RatingResult r = commune(t, 4).evaluate().securityTeams().get(0).members().get(0).rating();
        assertEquals(expected, r.rating(), r.reasons()::toString);
        assertTrue(r.parameters().stream().anyMatch(p -> p.id().equals("hd01.leaderCap.exempt") && p.provisional()),
                "the reading of «mới điều động» is antq's");
        if (expected == Rating.EXCELLENT) {
            assertEquals(List.of(role.labelVi().toLowerCase(Locale.ROOT) + " mới tham gia Tổ trong kỳ (từ 16/11/2023):"
                    + " không bị giới hạn theo mức xếp loại của Tổ"), r.reasons());
        }
    }

    @Test
    void atMostTwentyPercentExcellentInACommuneTiesGoByTasksDoneThenId() {
        // ten teams rated GOOD or better: 2 places. T01 and T02 tie on share and tasks: ids decide;
        // T03 has the same share with fewer tasks.
        Fixture f = new Fixture().commune("c1");
        for (int i = 1; i <= 10; i++) {
            String id = String.format("T%02d", i);
            DutyRecord d = i <= 2 ? duty(20, 20) : i == 3 ? duty(10, 10) : duty(10, 9);
            f.residentialArea("r" + i, "c1").team(team(id, "r" + i, d, duty(10, 9)));
        }
        List<TeamResult> teams = f.evaluate().securityTeams();
        assertEquals(Rating.EXCELLENT, teams.get(0).rating().rating());
        assertEquals(Rating.EXCELLENT, teams.get(1).rating().rating());
        RatingResult third = teams.get(2).rating();
        assertEquals(Rating.GOOD, third.rating());
        assertTrue(third.reasons().get(0).contains("tối đa 20% của 10 được xếp loại tốt trở lên = 2 suất; xếp thứ 3"),
                third.reasons()::toString);
        assertTrue(third.provisional(), "the base of the quota is a provisional default");
    }

    @Test
    void aCommuneLargerThanASessionIsRatedAsAWhole() {
        Fixture f = new Fixture().commune("c1").commune("c2");
        for (int i = 1; i <= 10; i++) {
            String id = String.format("T%02d", i);
            DutyRecord d = i <= 3 ? duty(20, 20) : duty(10, 9);
            f.residentialArea("r" + i, "c1").team(team(id, "r" + i, d, duty(10, 9)));
        }
        f.residentialArea("s1", "c2").team(team("U01", "s1", duty(10, 10), duty(10, 9)));
        Evaluator smallSessions = Evaluator.builder().chunkSize(3).parallelism(2).build();
        List<TeamResult> teams = smallSessions.evaluate(f.dataset()).securityTeams();
        long excellent = teams.stream().filter(t -> t.teamId().startsWith("T"))
                .filter(t -> t.rating().rating() == Rating.EXCELLENT).count();
        assertEquals(2, excellent, "20 % of the commune's 10 teams, though sessions hold 3");
        assertEquals(Fixture.EVALUATOR.evaluate(f.dataset()).securityTeams(), teams);
    }

    @Test
    void fourTeamsGoodOrBetterLeaveNoPlaceForExcellent() {
        RatingResult r = teamRating(commune(team("T1", "r1", duty(10, 10), duty(10, 9)), 3));
        assertEquals(Rating.GOOD, r.rating(), "20 % of 4 is 0.8, rounded down to 0");
    }

    @Test
    void theComputedTeamRatingFeedsKdc5WhenTheDatasetGivesNone() {
        Fixture bad = commune(team("T1", "r1", duty(10, 4), duty(10, 9)), 0)
                .remove("r1", "securityTeamRating").remove("r1", "securityTeamDisciplined");
        CriterionResult c = kdc5(bad.evaluate());
        assertEquals(Verdict.NOT_MET, c.status());
        assertTrue(c.actual().contains("NOT_COMPLETED (antq xếp loại Tổ T1 theo HD 01/HD-BCA-V05)"), c.actual());

        Fixture good = commune(team("T1", "r1", duty(10, 9), duty(10, 9)), 0)
                .remove("r1", "securityTeamRating").remove("r1", "securityTeamDisciplined");
        assertEquals(Verdict.MET, kdc5(good.evaluate()).status());
    }

    @Test
    void aTeamNotRatedLeavesKdc5Unknown() {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), LocalDate.of(2024, 7, 1), List.of(), duty(10, 10));
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").team(t)
                .remove("r1", "securityTeamRating");
        CriterionResult c = kdc5(f.evaluate());
        assertEquals(Verdict.UNKNOWN, c.status());
        assertTrue(c.actual().contains("Tổ T1 không xếp loại (hoạt động chưa đủ 9 tháng"), c.actual());
    }

    @Test
    void theDatasetsOwnRatingWinsOverTheComputedOne() {
        Fixture f = commune(team("T1", "r1", duty(10, 4), duty(10, 9)), 0);
        assertEquals(Verdict.MET, kdc5(f.evaluate()).status(), "the area's securityTeamRating is GOOD");
    }

    @Test
    void aDisciplinedMemberFailsKdc5WhenTheDatasetGivesNoCount() {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.MEMBER, new DutyRecord(10, 10, 0, true, false), "2023-01-01")),
                duty(10, 9));
        Fixture f = commune(t, 0).remove("r1", "securityTeamDisciplined");
        CriterionResult c = kdc5(f.evaluate());
        assertEquals(Verdict.NOT_MET, c.status());
        assertTrue(c.actual().contains("1 (thành viên Tổ T1)"), c.actual());
    }

    private static CriterionResult kdc5(EvaluationReport report) {
        return report.unit("r1").orElseThrow().standard().criteria().stream()
                .filter(c -> c.rule().equals("ANTT-KDC-5")).findFirst().orElseThrow();
    }

    @Test
    void theBaseOfTheQuotaIsAParameterOfThePack(@TempDir Path dir) {
        // one team above 95 %, four at 60 %: of those rated "tốt" or better (1) no place; of all rated (5) one
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .team(team("T1", "r1", duty(10, 10), duty(10, 9)));
        for (int i = 2; i <= 5; i++) {
            f.residentialArea("r" + i, "c1").team(team("T" + i, "r" + i, duty(10, 6), duty(10, 6)));
        }
        assertEquals(Rating.GOOD, f.evaluate().securityTeams().get(0).rating().rating());
        Evaluator rated = EditedPack.evaluator(dir, "hd01.yaml", "value: GOOD_OR_BETTER", "value: RATED");
        RatingResult r = rated.evaluate(f.dataset()).securityTeams().get(0).rating();
        assertEquals(Rating.EXCELLENT, r.rating(), r.reasons()::toString);
        assertTrue(r.parameters().stream().anyMatch(p -> p.id().equals("hd01.quota.base")));
    }

    @Test
    void withoutTheExemptionANewlyJoinedDeputyIsCappedToo(@TempDir Path dir) {
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.DEPUTY, duty(10, 10), "2023-11-16")), duty(10, 6));
        Evaluator none = EditedPack.evaluator(dir, "hd01.yaml", "value: [JOINED_IN_WINDOW]", "value: [NONE]");
        RatingResult r = none.evaluate(commune(t, 4).dataset()).securityTeams().get(0).members().get(0).rating();
        assertEquals(Rating.COMPLETED, r.rating(), r.reasons()::toString);
        assertEquals(List.of("tổ phó không được xếp loại cao hơn Tổ (Tổ: hoàn thành nhiệm vụ)"), r.reasons());
        assertTrue(r.parameters().stream().noneMatch(p -> p.id().equals("hd01.leaderCap.exempt")),
                "the exemption is not read when it spares no one");
    }

    @Test
    void theBandsAreRowsOfATableOverParametersAndEachTeamAndMemberFallsInExactlyOne(@TempDir Path dir) {
        // 85 % done: "tốt" from 80 %; with the pack's "tốt" from 90 %, the row of "hoàn thành" takes it
        SecurityTeam t = team("T1", "r1", duty(100, 85), duty(100, 85));
        RatingResult bundled = teamRating(commune(t, 4));
        assertEquals(Rating.GOOD, bundled.rating());
        assertEquals("HD01-XEP-LOAI-TO-TOT", bundled.rule());
        Evaluator stricter = EditedPack.evaluator(dir, "hd01.yaml", "value: 80", "value: 90");
        TeamResult r = stricter.evaluate(commune(t, 4).dataset()).securityTeams().get(0);
        assertEquals(Rating.COMPLETED, r.rating().rating(), r.rating().reasons()::toString);
        assertEquals("HD01-XEP-LOAI-TO-HOAN-THANH", r.rating().rule());
        assertTrue(r.rating().parameters().stream().anyMatch(p -> p.id().equals("hd01.share.good")));
        for (var m : r.members()) {
            assertEquals("HD01-XEP-LOAI-THANH-VIEN-HOAN-THANH", m.rating().rule(), m.rating()::toString);
        }
        // no count of tasks: the row for missing data, never a band
        RatingResult unknown = teamRating(commune(team("T1", "r1", new DutyRecord(null, null, 0, false, false),
                duty(10, 9)), 4));
        assertEquals(RatingStatus.INSUFFICIENT_DATA, unknown.status());
        assertEquals("HD01-XEP-LOAI-TO-CHUA-RO-NHIEM-VU", unknown.rule());
        // one row per band and per subject, each a rule of the pack
        List<String> rows = Fixture.EVALUATOR.rules().stream().map(x -> x.id())
                .filter(id -> id.startsWith("HD01-XEP-LOAI-")).sorted().toList();
        assertEquals(10, rows.size(), rows::toString);
    }

    @Test
    void theRoundingOfTheQuotasPlacesIsAParameterOfThePack(@TempDir Path dir) {
        // four teams "tốt" or better: 20 % of 4 is 0.8 places, none rounded down (DOWN), one rounded up
        Fixture f = commune(team("T1", "r1", duty(10, 10), duty(10, 9)), 3);
        assertEquals(Rating.GOOD, teamRating(f).rating());
        Evaluator up = EditedPack.evaluator(dir, "hd01.yaml", "value: DOWN", "value: UP");
        RatingResult r = up.evaluate(f.dataset()).securityTeams().get(0).rating();
        assertEquals(Rating.EXCELLENT, r.rating(), r.reasons()::toString);
        assertTrue(r.parameters().stream().anyMatch(p -> p.id().equals("hd01.quota.rounding") && p.provisional()),
                r.parameters()::toString);
    }

    @Test
    void theKeysThatOrderTheCandidatesForAPlaceAreAParameterOfThePack(@TempDir Path dir) {
        // five teams "tốt" or better: one place. T1 did 96 of 100 tasks, T2 all of its 10: by share T2 comes
        // first, by tasks done T1
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .team(team("T1", "r1", duty(100, 96), duty(10, 9)))
                .residentialArea("r2", "c1").team(team("T2", "r2", duty(10, 10), duty(10, 9)));
        for (int i = 3; i <= 5; i++) {
            f.residentialArea("r" + i, "c1").team(team("T" + i, "r" + i, duty(10, 9), duty(10, 9)));
        }
        List<TeamResult> bundled = f.evaluate().securityTeams();
        assertEquals(Rating.GOOD, bundled.get(0).rating().rating());
        assertEquals(Rating.EXCELLENT, bundled.get(1).rating().rating());
        assertTrue(bundled.get(0).rating().reasons().get(0).endsWith(
                "xếp thứ 2 theo tỷ lệ nhiệm vụ hoàn thành, số nhiệm vụ hoàn thành, mã"), bundled.get(0).rating()
                .reasons()::toString);
        Evaluator byTasks = EditedPack.evaluator(dir, "hd01.yaml", "value: [SHARE, TASKS_DONE, ID]",
                "value: [TASKS_DONE, SHARE, ID]");
        List<TeamResult> edited = byTasks.evaluate(f.dataset()).securityTeams();
        assertEquals(Rating.EXCELLENT, edited.get(0).rating().rating());
        RatingResult second = edited.get(1).rating();
        assertEquals(Rating.GOOD, second.rating());
        assertTrue(second.reasons().get(0).endsWith("xếp thứ 2 theo số nhiệm vụ hoàn thành, tỷ lệ nhiệm vụ hoàn thành, mã"),
                second.reasons()::toString);
        assertTrue(second.parameters().stream().anyMatch(p -> p.id().equals("hd01.quota.rankBy")));
    }

    @Test
    void theRatingWindowIsAParameterOfThePack(@TempDir Path dir) {
        // established 01/3/2024: 8½ months up to 14/11/2024, not rated; in a window to 31/12/2024, 10 months
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), LocalDate.of(2024, 3, 1), List.of(
                member("T1-1", TeamRole.MEMBER, duty(10, 9), "2023-01-01")), duty(10, 9));
        Fixture f = commune(t, 0);
        RatingResult bundled = teamRating(f);
        assertEquals(RatingStatus.NOT_RATED, bundled.status());
        assertTrue(bundled.reasons().get(0).contains("15/11/2023–14/11/2024"), bundled.reasons()::toString);
        Evaluator calendar = EditedPack.evaluator(dir, "hd01.yaml", "value: [\"--11-15\", \"--11-14\"]",
                "value: [\"--01-01\", \"--12-31\"]");
        RatingResult r = calendar.evaluate(f.dataset()).securityTeams().get(0).rating();
        assertEquals(RatingStatus.RATED, r.status(), r.reasons()::toString);
        assertEquals(Rating.GOOD, r.rating());
        assertTrue(r.parameters().stream().anyMatch(p -> p.id().equals("hd01.window")), r.parameters()::toString);
    }

    @Test
    void whoStandsInBreachIsSelectedByRulesOfThePackThatTheRatingJoins() {
        var rules = new java.util.TreeMap<String, vn.antq.pack.RuleInfo>();
        Fixture.EVALUATOR.rules().forEach(r -> rules.put(r.id(), r));
        assertTrue(rules.containsKey("HD01-VI-PHAM-TO") && rules.containsKey("HD01-VI-PHAM-THANH-VIEN"),
                rules.keySet()::toString);
        // a member disciplined: the team at most "tốt", the member named
        SecurityTeam disciplined = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.MEMBER, duty(10, 9), "2023-01-01"),
                member("T1-2", TeamRole.MEMBER, new DutyRecord(10, 9, 0, true, false), "2023-01-01")),
                duty(10, 10));
        RatingResult capped = teamRating(commune(disciplined, 4));
        assertEquals(Rating.GOOD, capped.rating());
        assertTrue(capped.reasons().stream()
                .anyMatch(x -> x.startsWith("có thành viên vi phạm hoặc bị kỷ luật (T1-2): tối đa hoàn thành tốt")),
                capped.reasons()::toString);
        // a member whose breaches are not known, no one in breach: the team's "xuất sắc" is not known
        SecurityTeam unclear = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.MEMBER, new DutyRecord(10, 9, null, false, false), "2023-01-01")),
                duty(10, 10));
        RatingResult unknown = teamRating(commune(unclear, 4));
        assertEquals(RatingStatus.INSUFFICIENT_DATA, unknown.status(), unknown.reasons()::toString);
        assertTrue(unknown.reasons().contains("số vi phạm trong kỳ chưa có số liệu"), unknown.reasons()::toString);
        // the same member in a team rated "tốt": no cap to apply, nothing missing
        SecurityTeam good = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.MEMBER, new DutyRecord(10, 9, null, false, false), "2023-01-01")),
                duty(10, 9));
        assertEquals(Rating.GOOD, teamRating(commune(good, 4)).rating());
    }

    @ParameterizedTest(name = "{0} breaches → {1}")
    @CsvSource({"0, RATED, GOOD", "1, RATED, COMPLETED", " , INSUFFICIENT_DATA, "})
    void aMembersOwnBreachesAreOneRuleEachCase(Integer breaches, RatingStatus status, Rating rating) {
        var rules = new java.util.TreeMap<String, vn.antq.pack.RuleInfo>();
        Fixture.EVALUATOR.rules().forEach(r -> rules.put(r.id(), r));
        assertTrue(rules.keySet().containsAll(List.of("HD01-VI-PHAM-THANH-VIEN", "HD01-VI-PHAM-THANH-VIEN-KHONG",
                "HD01-VI-PHAM-THANH-VIEN-CHUA-RO")), rules.keySet()::toString);
        SecurityTeam t = new SecurityTeam("T1", List.of("r1"), ESTABLISHED, List.of(
                member("T1-1", TeamRole.MEMBER, new DutyRecord(10, 9, breaches, false, false), "2023-01-01")),
                duty(10, 9));
        RatingResult r = commune(t, 4).evaluate().securityTeams().get(0).members().get(0).rating();
        assertEquals(status, r.status(), r.reasons()::toString);
        assertEquals(rating, r.rating(), r.reasons()::toString);
    }
}
