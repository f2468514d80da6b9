package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.commendation.Award;
import vn.antq.commendation.AwardReceived;
import vn.antq.commendation.Decoration;
import vn.antq.commendation.Leader;
import vn.antq.commendation.LeaderCategory;
import vn.antq.commendation.MedalCandidate;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.MedalReview;
import vn.antq.commendation.MedalStatus;
import vn.antq.commendation.PersonCases;
import vn.antq.evaluation.Evaluator;
import vn.antq.commendation.Post;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServiceKind;
import vn.antq.grassroots.ServicePeriod;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * The Kỷ niệm chương "Bảo vệ an ninh Tổ quốc": the regime by proposal date (TT 11/2021/TT-BCA until 27/4/2025,
 * TT 20/2025/TT-BCA from 28/4/2025), members' service (15 years for men, 10 for women, earlier service added,
 * listed areas counted twice), leaders' category, time in post, awards and area, the exclusions, the pending cases
 * that defer a person ("hoãn xét") or leave them to be confirmed ("cần xác nhận"), and the 30/5 deadline.
 */
class KyNiemChuongTest {
    private static final ServiceRecord CLEAR = new ServiceRecord(List.of(), List.of(), true, false, PersonCases.CLEAR);

    private static TeamMember member(boolean female, String joined, AreaType area, ServiceRecord service) {
        return new TeamMember("m1", "Trần Thị Bình", TeamRole.MEMBER, LocalDate.of(1970, 1, 1), female,
                Education.UPPER_SECONDARY, LocalDate.of(1990, 1, 1), area, null, false, false,
                joined == null ? null : LocalDate.parse(joined),
                DutyRecord.NONE, service);
    }

    private static MedalReview review(TeamMember m, String proposalDate) {
        return new Fixture().commune("c1").residentialArea("r1", "c1")
                .team(new SecurityTeam("T1", List.of("r1"), LocalDate.of(2024, 7, 1), List.of(m)))
                .medalProposalDate(proposalDate).evaluate().medals();
    }

    private static MedalResult only(MedalReview review) {
        assertEquals(1, review.results().size(), review.results()::toString);
        return review.results().get(0);
    }

    private static Leader leader(String postFrom, List<AwardReceived> awards, Boolean incidents,
                                 List<Decoration> decorations) {
        return leader(postFrom, awards, incidents, decorations, LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, false,
                PersonCases.CLEAR);
    }

    private static Leader leader(String postFrom, List<AwardReceived> awards, Boolean incidents,
                                 List<Decoration> decorations, LeaderCategory category, Boolean hotspot,
                                 PersonCases cases) {
        return new Leader("LD1", "Phạm Văn Cường", false, "c1", List.of(new Post("Chủ tịch UBND xã",
                LocalDate.parse(postFrom), null)), awards, true, incidents, false, false, decorations, category,
                hotspot, cases);
    }

    private static Leader leaderWith(PersonCases cases) {
        return leader("2010-01-01", DISTRICT_AWARD, false, List.of(), LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP,
                false, cases);
    }

    private static MedalResult leaderResult(Leader l, String proposalDate) {
        return only(new Fixture().commune("c1").leader(l).medalProposalDate(proposalDate).evaluate().medals());
    }

    private static final List<AwardReceived> DISTRICT_AWARD =
            List.of(new AwardReceived(Award.GIAY_KHEN_CHU_TICH_HUYEN, LocalDate.of(2020, 1, 10)));

    @Test
    void aWomanMemberAtExactlyTenYearsIsEligible() {
        MedalResult r = only(review(member(true, "2015-05-15", AreaType.NORMAL, CLEAR), "2025-05-15"));
        assertEquals(Verdict.MET, r.eligible(), r.reasons()::toString);
        assertEquals(MedalCandidate.TEAM_MEMBER, r.candidate());
        assertEquals("Thời gian công tác được tính: 10 năm 0 tháng 0 ngày", r.actual());
        assertEquals("TT 20/2025/TT-BCA Điều 4", r.source());
        assertEquals(MedalStatus.ELIGIBLE, r.status());
        assertEquals(List.of("knc.excludingDecorations", "kt.blockBasis", "knc.deferUnderDiscipline"),
                r.parameters().stream().filter(UsedParameter::provisional).map(UsedParameter::id).toList(),
                "the exclusions (secondary sources), the basis before 01/7/2025 and the deferral are provisional");
    }

    @Test
    void aManAtFourteenYearsAndThreeHundredSixtyFourDaysIsShortAndNotListed() {
        MedalReview review = review(member(false, "2010-05-16", AreaType.NORMAL, CLEAR), "2025-05-15");
        assertEquals(1, review.membersChecked());
        assertEquals(1, review.membersShortOfTime());
        assertTrue(review.results().isEmpty());
    }

    @Test
    void aManAtFifteenYearsIsEligible() {
        assertEquals(Verdict.MET, only(review(member(false, "2010-05-15", AreaType.NORMAL, CLEAR), "2025-05-15"))
                .eligible());
    }

    @ParameterizedTest(name = "7.5 years in {0} → {1}")
    @CsvSource({"ESPECIALLY_DIFFICULT, 1", "BORDER, 1", "ISLAND, 1", "MOUNTAIN, 0", "ETHNIC_MINORITY, 0"})
    void timeInEspeciallyDifficultBorderAndIslandAreasCountsTwice(AreaType area, int listed) {
        MedalReview review = review(member(false, "2017-11-15", area, CLEAR), "2025-05-15");
        assertEquals(listed, review.results().size(), review.results()::toString);
    }

    @Test
    void earlierCivilDefenceAndCommunePoliceServiceIsAdded() {
        ServiceRecord earlier = new ServiceRecord(List.of(
                new ServicePeriod(ServiceKind.CIVIL_DEFENCE, LocalDate.of(2005, 5, 15), LocalDate.of(2014, 5, 14),
                        AreaType.NORMAL),
                new ServicePeriod(ServiceKind.PART_TIME_COMMUNE_POLICE, LocalDate.of(2014, 5, 15),
                        LocalDate.of(2019, 5, 14), AreaType.NORMAL)), List.of(), true, false, PersonCases.CLEAR);
        MedalResult r = only(review(member(false, "2019-05-15", AreaType.NORMAL, earlier), "2025-05-15"));
        assertEquals(Verdict.MET, r.eligible());
        assertTrue(r.actual().endsWith("(gồm thời gian công tác trước đây)"), r.actual());
    }

    @Test
    void leftoverDaysMakeAMonthAtTheParameterAndOnlyThenIsItListed() {
        ServiceRecord tenDays = new ServiceRecord(List.of(
                new ServicePeriod(ServiceKind.CIVIL_DEFENCE, LocalDate.of(2009, 1, 1), LocalDate.of(2009, 1, 10),
                        AreaType.NORMAL)), List.of(), true, false, PersonCases.CLEAR);
        // 14 years 11 months 25 days in the team + 10 days earlier: 35 leftover days make a month → 15 years
        MedalResult folded = only(review(member(false, "2010-05-20", AreaType.NORMAL, tenDays), "2025-05-15"));
        assertEquals(Verdict.MET, folded.eligible(), folded.actual());
        assertTrue(folded.actual().startsWith("Thời gian công tác được tính: 15 năm 0 tháng 5 ngày"), folded.actual());
        assertTrue(folded.parameters().stream().anyMatch(u -> u.id().equals("knc.service.daysPerMonth") && u.provisional()),
                "the 30-day month decided it, and it is antq's reading");
        MedalResult whole = only(review(member(false, "2010-05-15", AreaType.NORMAL, CLEAR), "2025-05-15"));
        assertEquals(Verdict.MET, whole.eligible());
        assertTrue(whole.parameters().stream().noneMatch(u -> u.id().equals("knc.service.daysPerMonth")),
                "no leftover days made a month: the reading is not listed");
    }

    @ParameterizedTest(name = "joining day unknown, {0} years of earlier service → {1}")
    @CsvSource({"5, MISSING_DATA", "14, MISSING_DATA", "15, ELIGIBLE"})
    void withTheJoiningDayUnknownShortEarlierServiceLeavesTheTimeUnknownNotShort(int years, MedalStatus expected) {
        ServiceRecord earlier = new ServiceRecord(List.of(
                new ServicePeriod(ServiceKind.CIVIL_DEFENCE, LocalDate.of(2025 - years, 5, 15), LocalDate.of(2025, 5, 14),
                        AreaType.NORMAL)), List.of(), true, false, PersonCases.CLEAR);
        MedalReview review = review(member(false, null, AreaType.NORMAL, earlier), "2025-05-15");
        if (expected == MedalStatus.MISSING_DATA) {
            MedalResult r = only(review);
            assertEquals(expected, r.status(), "the time in the team is unknown, so the whole time is");
            assertTrue(r.reasons().get(0).startsWith("ngày tham gia Tổ chưa có số liệu"), r.reasons()::toString);
        } else {
            assertEquals(expected, only(review).status());
        }
    }

    @Test
    void theRegimeSwitchesOnTheTwentyEighthOfAprilTwentyTwentyFive() {
        ServiceRecord notAssessedGood = new ServiceRecord(List.of(), List.of(), false, false, PersonCases.CLEAR);
        TeamMember m = member(true, "2014-01-01", AreaType.NORMAL, notAssessedGood);
        MedalResult before = only(review(m, "2025-04-27"));
        MedalResult after = only(review(m, "2025-04-28"));
        assertEquals(Verdict.MET, before.eligible(), "TT 11/2021 does not ask for the assessment");
        assertTrue(before.source().startsWith("TT 11/2021/TT-BCA"), before.source());
        assertTrue(before.provisional(), "TT 11/2021's dates are not confirmed");
        assertEquals(Verdict.NOT_MET, after.eligible());
        assertEquals(List.of("chưa được đánh giá hoàn thành tốt nhiệm vụ trong quá trình công tác"), after.reasons());
    }

    @Test
    void aLeaderWithSevenYearsQualifiesUnderTt11ButNotUnderTt20() {
        Leader l = leader("2018-04-01", DISTRICT_AWARD, false, List.of());
        assertEquals(Verdict.MET, leaderResult(l, "2025-04-27").eligible());
        MedalResult after = leaderResult(l, "2025-04-28");
        assertEquals(Verdict.NOT_MET, after.eligible());
        assertEquals(List.of("thời gian giữ chức vụ chưa đủ 10 năm"), after.reasons());
        assertEquals(MedalCandidate.LEADER, after.candidate());
        assertEquals("c1", after.unitId());
    }

    @ParameterizedTest(name = "in post from {0} → {1}")
    @CsvSource({"2015-04-28, MET", "2015-04-29, NOT_MET"})
    void aLeaderNeedsTenYearsInPostUnderTt20(String from, Verdict expected) {
        assertEquals(expected, leaderResult(leader(from, DISTRICT_AWARD, false, List.of()), "2025-04-28").eligible());
    }

    @Test
    void concurrentPostsCountOnce() {
        Leader l = new Leader("LD1", "Phạm Văn Cường", false, "c1", List.of(
                new Post("Bí thư Đảng ủy xã", LocalDate.of(2015, 4, 28), null),
                new Post("Chủ tịch UBND xã", LocalDate.of(2015, 4, 28), LocalDate.of(2020, 1, 1))),
                DISTRICT_AWARD, true, false, false, false, List.of());
        MedalResult r = leaderResult(l, "2025-04-28");
        assertEquals("Thời gian giữ chức vụ: 10 năm 0 tháng 0 ngày", r.actual());
    }

    @Test
    void aCommuneChairmansAwardCountsFromTt20Only() {
        Leader l = leader("2010-01-01", List.of(new AwardReceived(Award.GIAY_KHEN_CHU_TICH_XA,
                LocalDate.of(2020, 1, 10))), false, List.of());
        assertEquals(Verdict.NOT_MET, leaderResult(l, "2025-04-27").eligible());
        assertEquals(Verdict.MET, leaderResult(l, "2025-04-28").eligible());
    }

    @ParameterizedTest(name = "proposed {0}")
    @ValueSource(strings = {"2025-04-27", "2025-04-28"})
    void aSeriousIncidentWhereTheLeaderLeadsBlocksUnderBothRegimes(String proposed) {
        MedalResult r = leaderResult(leader("2010-01-01", DISTRICT_AWARD, true, List.of()), proposed);
        assertEquals(MedalStatus.NOT_ELIGIBLE, r.status());
        assertEquals(List.of("nơi phụ trách để xảy ra vụ việc nghiêm trọng về ANTT"), r.reasons());
    }

    @ParameterizedTest(name = "proposed {0}")
    @ValueSource(strings = {"2025-04-27", "2025-04-28"})
    void aSocialEvilHotspotWhereTheLeaderLeadsBlocksUnderBothRegimes(String proposed) {
        Leader l = leader("2010-01-01", DISTRICT_AWARD, false, List.of(), LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP,
                true, PersonCases.CLEAR);
        MedalResult r = leaderResult(l, proposed);
        assertEquals(Verdict.NOT_MET, r.eligible());
        assertEquals(List.of("nơi phụ trách để xảy ra tụ điểm phức tạp về tệ nạn xã hội"), r.reasons());
    }

    @Test
    void anAreaConditionNotGivenIsUnknown() {
        Leader l = leader("2010-01-01", DISTRICT_AWARD, null, List.of(), LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP,
                null, PersonCases.CLEAR);
        MedalResult r = leaderResult(l, "2024-05-15");
        assertEquals(MedalStatus.MISSING_DATA, r.status());
        assertEquals(Verdict.UNKNOWN, r.eligible());
        assertEquals(List.of("tụ điểm phức tạp về tệ nạn xã hội nơi phụ trách chưa có số liệu",
                "vụ việc nghiêm trọng về ANTT nơi phụ trách chưa có số liệu"), r.reasons());
    }

    @ParameterizedTest(name = "{0}: TT 11 {1}, TT 20 {2}")
    @CsvSource({"POLITICAL_SYSTEM_COMMUNE_UP, ELIGIBLE, ELIGIBLE", "BELOW_COMMUNE, NOT_ELIGIBLE, NOT_ELIGIBLE",
            "PUBLIC_SCHOOL, ELIGIBLE, ELIGIBLE", "NON_PUBLIC_SCHOOL, ELIGIBLE, NOT_ELIGIBLE",
            "SCHOOL_WITHOUT_LEGAL_PERSONALITY, NOT_ELIGIBLE, NOT_ELIGIBLE", "STATE_ENTERPRISE, ELIGIBLE, ELIGIBLE",
            "OTHER_ENTERPRISE, NOT_ELIGIBLE, NOT_ELIGIBLE", "OTHER, NOT_ELIGIBLE, NOT_ELIGIBLE"})
    void theLeadersCategoryMustBeOneTheRegimeNames(LeaderCategory category, MedalStatus tt11, MedalStatus tt20) {
        Leader l = leader("2010-01-01", DISTRICT_AWARD, false, List.of(), category, false, PersonCases.CLEAR);
        assertEquals(tt11, leaderResult(l, "2025-04-27").status());
        MedalResult after = leaderResult(l, "2025-04-28");
        assertEquals(tt20, after.status());
        assertTrue(after.parameters().stream().anyMatch(u -> u.id().equals("knc.leader.categories") && u.provisional()),
                "the categories are antq's reading");
    }

    @Test
    void aLeaderWhoseCategoryIsNotGivenIsUnknown() {
        Leader l = leader("2010-01-01", DISTRICT_AWARD, false, List.of(), null, false, PersonCases.CLEAR);
        MedalResult r = leaderResult(l, "2025-05-15");
        assertEquals(MedalStatus.MISSING_DATA, r.status());
        assertEquals(List.of("nhóm đối tượng lãnh đạo (chức vụ, cấp, loại đơn vị) chưa có số liệu"), r.reasons());
    }

    @ParameterizedTest(name = "proposed {0}")
    @ValueSource(strings = {"2024-05-15", "2025-05-15"})
    void aLeaderServingADisciplineIsDeferredNotRefused(String proposed) {
        MedalResult r = leaderResult(leaderWith(new PersonCases(true, false, false, false, false, false)), proposed);
        assertEquals(MedalStatus.DEFERRED, r.status());
        assertEquals(Verdict.NOT_MET, r.eligible());
        assertEquals(1, r.reasons().size(), r.reasons()::toString);
        assertTrue(r.reasons().get(0).startsWith("Hoãn xét: đang trong thời gian chấp hành kỷ luật ("),
                r.reasons()::toString);
    }

    @Test
    void aMemberServingADisciplineIsDeferred() {
        ServiceRecord disciplined = new ServiceRecord(List.of(), List.of(), true, false,
                new PersonCases(true, false, false, false, false, false));
        MedalResult r = only(review(member(true, "2014-01-01", AreaType.NORMAL, disciplined), "2025-05-15"));
        assertEquals(MedalStatus.DEFERRED, r.status());
    }

    private static MedalResult leaderResult(Evaluator evaluator, Leader l, String proposalDate) {
        return only(evaluator.evaluate(new Fixture().commune("c1").leader(l).medalProposalDate(proposalDate).dataset())
                .medals());
    }

    private static List<String> ids(MedalResult r) {
        return r.parameters().stream().map(UsedParameter::id).toList();
    }

    @Test
    void whetherAServedDisciplineDefersIsAPatternOnTheSwitchNotJava(@TempDir Path dir) {
        Evaluator noDeferral = EditedPack.evaluator(dir, "ky-niem-chuong.yaml",
                "value: true\n        source: TT 20/2025/TT-BCA (nguyên tắc",
                "value: false\n        source: TT 20/2025/TT-BCA (nguyên tắc");
        MedalResult serving = leaderResult(noDeferral,
                leaderWith(new PersonCases(true, false, false, false, false, false)), "2025-05-15");
        assertEquals(MedalStatus.ELIGIBLE, serving.status(), serving.reasons()::toString);
        assertTrue(ids(serving).contains("knc.deferUnderDiscipline"), "the switch is used when off too");
        MedalResult notGiven = leaderResult(noDeferral,
                leaderWith(new PersonCases(null, false, false, false, false, false)), "2025-05-15");
        assertEquals(MedalStatus.ELIGIBLE, notGiven.status(), "a discipline that does not defer needs no confirmation");
        MedalResult pending = leaderResult(noDeferral,
                leaderWith(new PersonCases(true, false, true, false, false, false)), "2025-05-15");
        assertEquals(MedalStatus.DEFERRED, pending.status());
        assertEquals(List.of("Hoãn xét: đang bị điều tra (NĐ 98/2023/NĐ-CP Điều 4)"), pending.reasons());
        MedalResult bundled = leaderResult(leaderWith(new PersonCases(true, false, true, false, false, false)),
                "2025-05-15");
        assertEquals(List.of("Hoãn xét: đang trong thời gian chấp hành kỷ luật (NĐ 98/2023/NĐ-CP Điều 4)",
                "Hoãn xét: đang bị điều tra (NĐ 98/2023/NĐ-CP Điều 4)"), bundled.reasons(),
                "the served discipline comes first when the switch is on");
    }

    @Test
    void whetherTheAreaUnderTheLeadersLeadIsAskedIsAPatternOnTheSwitch(@TempDir Path dir) {
        Evaluator notAsked = EditedPack.evaluator(dir, "ky-niem-chuong.yaml",
                "value: true\n        source: TT 20/2025/TT-BCA Điều 4 khoản 1 điểm a\n",
                "value: false\n        source: TT 20/2025/TT-BCA Điều 4 khoản 1 điểm a\n");
        Leader incidents = leader("2010-01-01", DISTRICT_AWARD, true, List.of(),
                LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, null, PersonCases.CLEAR);
        MedalResult r = leaderResult(notAsked, incidents, "2025-05-15");
        assertEquals(MedalStatus.ELIGIBLE, r.status(), r.reasons()::toString);
        assertTrue(ids(r).contains("knc.leader.noIncidents"), "the switch is used when off too");
        assertTrue(!r.required().contains("tụ điểm"), r.required());
        assertEquals(MedalStatus.NOT_ELIGIBLE, leaderResult(incidents, "2025-05-15").status());
    }

    @Test
    void theAssessmentSwitchIsListedWhenOffAsWhenOn() {
        ServiceRecord notAssessedGood = new ServiceRecord(List.of(), List.of(), false, false, PersonCases.CLEAR);
        TeamMember m = member(true, "2014-01-01", AreaType.NORMAL, notAssessedGood);
        MedalResult before = only(review(m, "2025-04-27"));
        MedalResult after = only(review(m, "2025-04-28"));
        assertTrue(ids(before).contains("knc.member.goodInService"), ids(before)::toString);
        assertTrue(ids(after).contains("knc.member.goodInService"), ids(after)::toString);
        assertTrue(!before.required().contains("hoàn thành tốt nhiệm vụ"), before.required());
        assertTrue(after.required().contains("hoàn thành tốt nhiệm vụ"), after.required());
    }

    @ParameterizedTest(name = "case {0} pending")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void eachPendingCaseDefersAMemberAndALeaderAndNamesTheBasis(int which) {
        PersonCases cases = cases(which, true);
        ServiceRecord service = new ServiceRecord(List.of(), List.of(), true, false, cases);
        MedalResult member = only(review(member(true, "2014-01-01", AreaType.NORMAL, service), "2025-07-01"));
        MedalResult leader = leaderResult(leaderWith(cases), "2025-07-01");
        for (MedalResult r : List.of(member, leader)) {
            assertEquals(MedalStatus.DEFERRED, r.status());
            assertTrue(r.reasons().get(0).startsWith("Hoãn xét: ")
                    && r.reasons().get(0).endsWith(" (NĐ 152/2025/NĐ-CP Điều 4 khoản 4)"), r.reasons()::toString);
        }
    }

    @ParameterizedTest(name = "case {0} not given")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void aCaseNotGivenLeavesThePersonToBeConfirmedNeverClear(int which) {
        PersonCases cases = cases(which, null);
        ServiceRecord service = new ServiceRecord(List.of(), List.of(), true, false, cases);
        MedalResult member = only(review(member(true, "2014-01-01", AreaType.NORMAL, service), "2025-05-15"));
        MedalResult leader = leaderResult(leaderWith(cases), "2025-05-15");
        for (MedalResult r : List.of(member, leader)) {
            assertEquals(MedalStatus.NEEDS_CONFIRMATION, r.status());
            assertEquals(Verdict.UNKNOWN, r.eligible());
            assertEquals(1, r.reasons().size(), r.reasons()::toString);
            assertTrue(r.reasons().get(0).startsWith("Cần xác nhận, chưa có thông tin: "), r.reasons()::toString);
        }
    }

    @Test
    void nothingKnownAboutTheCasesNeedsConfirmationOfEach() {
        MedalResult r = leaderResult(leaderWith(PersonCases.NONE), "2025-05-15");
        assertEquals(List.of("Cần xác nhận, chưa có thông tin: đang trong thời gian chấp hành kỷ luật, "
                + "đang xem xét kỷ luật, đang bị điều tra, đang thanh tra, kiểm tra, "
                + "đang có đơn thư khiếu nại, tố cáo chưa có kết luận, "
                + "có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh"), r.reasons());
    }

    @Test
    void aFailedCriterionOutranksADeferralAndADeferralOutranksMissingData() {
        PersonCases pending = new PersonCases(false, false, true, false, false, false);
        Leader shortInPost = leader("2020-01-01", DISTRICT_AWARD, false, List.of(),
                LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, false, pending);
        assertEquals(MedalStatus.NOT_ELIGIBLE, leaderResult(shortInPost, "2025-05-15").status());
        Leader unknownArea = leader("2010-01-01", DISTRICT_AWARD, null, List.of(),
                LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, false, pending);
        assertEquals(MedalStatus.DEFERRED, leaderResult(unknownArea, "2025-05-15").status());
        Leader unknownBoth = leader("2010-01-01", DISTRICT_AWARD, null, List.of(),
                LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, false, PersonCases.NONE);
        assertEquals(MedalStatus.MISSING_DATA, leaderResult(unknownBoth, "2025-05-15").status());
    }

    @ParameterizedTest(name = "proposed {0} → {1}")
    @CsvSource(delimiter = '|', value = {"2023-12-31|NĐ 91/2017/NĐ-CP|true", "2024-01-01|NĐ 98/2023/NĐ-CP Điều 4|true",
            "2025-06-30|NĐ 98/2023/NĐ-CP Điều 4|true", "2025-07-01|NĐ 152/2025/NĐ-CP Điều 4 khoản 4|false"})
    void theDeferralCitesTheBasisInForceOnTheProposalDate(String proposed, String basis, boolean provisional) {
        MedalResult r = leaderResult(leaderWith(new PersonCases(false, false, false, false, false, true)), proposed);
        assertEquals(List.of("Hoãn xét: có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh ("
                + basis + ")"), r.reasons());
        assertEquals(provisional, r.parameters().stream().filter(u -> u.id().equals("kt.blockBasis"))
                .findFirst().orElseThrow().provisional());
    }

    /** @return clear cases but the one numbered {@code which} (0 = underDiscipline … 5 = pressCorruption) set */
    private static PersonCases cases(int which, Boolean value) {
        Boolean[] flags = {false, false, false, false, false, false};
        flags[which] = value;
        return new PersonCases(flags[0], flags[1], flags[2], flags[3], flags[4], flags[5]);
    }

    @ParameterizedTest(name = "holding {0}")
    @EnumSource(Decoration.class)
    void holdersOfTheMedalOrOfTheListedMedalsAreNotProposed(Decoration held) {
        MedalResult r = leaderResult(leader("2010-01-01", DISTRICT_AWARD, false, List.of(held)), "2025-05-15");
        assertEquals(Verdict.NOT_MET, r.eligible());
    }

    @Test
    void prosecutionAndCompulsoryEducationExclude() {
        ServiceRecord compulsory = new ServiceRecord(List.of(), List.of(), true, true);
        assertEquals(Verdict.NOT_MET, only(review(member(true, "2014-01-01", AreaType.NORMAL, compulsory),
                "2025-05-15")).eligible());
        TeamMember prosecuted = new TeamMember("m1", "Trần Thị Bình", TeamRole.MEMBER, LocalDate.of(1970, 1, 1),
                true, Education.UPPER_SECONDARY, LocalDate.of(1990, 1, 1), AreaType.NORMAL, null, true, false,
                LocalDate.of(2014, 1, 1), DutyRecord.NONE, CLEAR);
        MedalResult r = only(review(prosecuted, "2025-05-15"));
        assertEquals(List.of("đang bị truy cứu trách nhiệm hình sự"), r.reasons());
    }

    @Test
    void aMemberWithoutGenderIsUnknownNotGuessed() {
        TeamMember m = new TeamMember("m1", "Trần Bình", TeamRole.MEMBER, LocalDate.of(1970, 1, 1), null,
                Education.UPPER_SECONDARY, LocalDate.of(1990, 1, 1), AreaType.NORMAL, null, false, false,
                LocalDate.of(2000, 1, 1), DutyRecord.NONE, CLEAR);
        assertEquals(Verdict.UNKNOWN, only(review(m, "2025-05-15")).eligible());
    }

    @ParameterizedTest(name = "proposed {0} → deadline {1}")
    @CsvSource({"2025-05-29, 2025-05-30, false", "2025-05-30, 2026-05-30, true"})
    void filesMustReachTheMinistryBeforeTheThirtiethOfMay(String proposed, String deadline, boolean late) {
        MedalResult r = leaderResult(leader("2010-01-01", DISTRICT_AWARD, false, List.of()), proposed);
        assertEquals(LocalDate.parse(deadline), r.deadline());
        assertEquals(late, r.lateNote() != null);
    }

    @Test
    void tt11SetsNoDeadline() {
        assertNull(leaderResult(leader("2010-01-01", DISTRICT_AWARD, false, List.of()), "2024-05-15").deadline());
    }

    @Test
    void withoutAProposalDateNoOneIsChecked() {
        assertNull(new Fixture().commune("c1").leader(leader("2010-01-01", DISTRICT_AWARD, false, List.of()))
                .evaluate().medals());
    }

    @ParameterizedTest(name = "female {0} → {1}")
    @CsvSource({"true, KNC-THANH-VIEN-NU, knc.member.minYears.FEMALE, knc.member.minYears.MALE",
            "false, KNC-THANH-VIEN-NAM, knc.member.minYears.MALE, knc.member.minYears.FEMALE"})
    void theMembersSexChoosesTheRuleAndTheYearsItJoins(boolean female, String rule, String joined, String other) {
        MedalResult r = only(review(member(female, "2005-05-15", AreaType.NORMAL, CLEAR), "2025-05-15"));
        assertEquals(rule, r.rule());
        List<String> ids = r.parameters().stream().map(UsedParameter::id).toList();
        assertTrue(ids.contains(joined) && !ids.contains(other), ids::toString);
        assertTrue(ids.contains("knc.doubledFactor"), ids::toString);
    }

    @Test
    void aMemberWhoseSexIsNotGivenLacksDataUnderARuleOfItsOwn() {
        TeamMember m = new TeamMember("m1", "Trần Bình", TeamRole.MEMBER, LocalDate.of(1970, 1, 1), null,
                Education.UPPER_SECONDARY, LocalDate.of(1990, 1, 1), AreaType.NORMAL, null, false, false,
                LocalDate.parse("2005-05-15"), DutyRecord.NONE, CLEAR);
        MedalResult r = only(review(m, "2025-05-15"));
        assertEquals("KNC-THANH-VIEN-CHUA-RO", r.rule());
        assertEquals(MedalStatus.MISSING_DATA, r.status());
        assertEquals("Thời gian công tác: nam 15 năm, nữ 10 năm", r.required().split("; ")[0]);
        assertTrue(r.reasons().contains("giới tính chưa có số liệu"), r.reasons()::toString);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {"POLITICAL_SYSTEM_COMMUNE_UP, KNC-LANH-DAO",
            "NON_PUBLIC_SCHOOL, KNC-LANH-DAO-NGOAI-DOI-TUONG", "-, KNC-LANH-DAO-CHUA-RO"})
    void theLeadersCategoryAgainstTheRegimesChoosesTheRule(LeaderCategory category, String rule) {
        Leader l = leader("2010-01-01", DISTRICT_AWARD, false, List.of(), category, false, PersonCases.CLEAR);
        MedalResult r = leaderResult(l, "2025-05-15");
        assertEquals(rule, r.rule());
        assertEquals("knc.leader.categories", r.parameters().get(1).id(), r.parameters()::toString);
    }
}
