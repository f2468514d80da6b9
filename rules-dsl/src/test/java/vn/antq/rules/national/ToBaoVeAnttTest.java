package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.grassroots.TeamRole;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15): member eligibility (Điều 13 khoản 1–5), Thanh Hóa's staffing,
 * monthly support by the area's class. The reference date is 15/11/2024.
 */
class ToBaoVeAnttTest {

    /** The facts of Điều 13 added in 0.2, each null when unknown. */
    private record Facts(Boolean health, PastSanction sentence, PastSanction measure, Boolean resides,
                         Boolean overSeventyFit) {
        static final Facts ALL_MET = new Facts(true, PastSanction.NONE, PastSanction.NONE, true, true);
    }

    private static TeamMember member(TeamRole role, String born, Education education, String since, AreaType area,
                                     Boolean overSeventy, Facts facts) {
        return new TeamMember("m-" + role + "-" + born, "Nguyễn Văn An", role, LocalDate.parse(born), false, education,
                LocalDate.parse(since), area, overSeventy, false, false, null, null, null, facts.health(),
                facts.sentence(), facts.measure(), facts.resides(), facts.overSeventyFit());
    }

    private static TeamMember member(TeamRole role, String born, Education education, String since, AreaType area,
                                     Boolean overSeventy) {
        return member(role, born, education, since, area, overSeventy, Facts.ALL_MET);
    }

    private static TeamMember ordinary(TeamRole role) {
        return member(role, "1980-05-01", Education.UPPER_SECONDARY, "2000-01-01", AreaType.NORMAL, null);
    }

    private static TeamMember with(Facts facts) {
        return member(TeamRole.MEMBER, "1980-05-01", Education.UPPER_SECONDARY, "2000-01-01", AreaType.NORMAL, null,
                facts);
    }

    private static TeamMember overSeventy(Boolean decision, Boolean fit) {
        return member(TeamRole.MEMBER, "1954-11-14", Education.LOWER_SECONDARY, "2000-01-01", AreaType.NORMAL,
                decision, new Facts(true, PastSanction.NONE, PastSanction.NONE, true, fit));
    }

    private static TeamResult team(List<TeamMember> members, Integer supportClass) {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .team(new SecurityTeam("TBV-r1", List.of("r1"), LocalDate.of(2024, 7, 1), members, null, supportClass));
        return f.evaluate().securityTeams().get(0);
    }

    private static MemberResult check(TeamMember m) {
        List<TeamMember> members = new ArrayList<>(List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY)));
        members.add(m);
        return team(members, 1).members().get(2);
    }

    private static void assertReasonsStartWith(MemberResult r, String... starts) {
        assertEquals(starts.length, r.reasons().size(), r.reasons()::toString);
        for (int i = 0; i < starts.length; i++) {
            assertTrue(r.reasons().get(i).startsWith(starts[i]), r.reasons()::toString);
        }
    }

    @ParameterizedTest(name = "born {0} → {1}")
    @CsvSource({
        "2006-11-15, MET",      // 18 on the reference date 15/11/2024
        "2006-11-16, NOT_MET",  // 18 tomorrow
        "1954-11-15, MET",      // 70 on the reference date
        "1954-11-14, UNKNOWN"   // 70 yesterday: over 70, and whether the chairman decided it is not known
    })
    void ageIsFromEighteenToSeventyAtTheReferenceDate(String born, Verdict expected) {
        assertEquals(expected, check(member(TeamRole.MEMBER, born, Education.LOWER_SECONDARY, "2000-01-01",
                AreaType.NORMAL, null)).eligible());
    }

    @Test
    void overSeventyNeedsTheCommuneChairmansDecisionAndHealth() {
        MemberResult without = check(overSeventy(false, true));
        assertEquals(Verdict.NOT_MET, without.eligible());
        assertReasonsStartWith(without, "trên 70 tuổi, không có quyết định của Chủ tịch UBND cấp xã — khoản 1 Điều 13");
        MemberResult unfit = check(overSeventy(true, false));
        assertEquals(Verdict.NOT_MET, unfit.eligible());
        assertReasonsStartWith(unfit, "trên 70 tuổi, không bảo đảm sức khỏe — khoản 1 Điều 13");
        assertEquals(Verdict.MET, check(overSeventy(true, true)).eligible());
    }

    @Test
    void overSeventyWithoutTheDecisionOrTheHealthKnownIsUnknownNeverNotMet() {
        MemberResult noDecision = check(overSeventy(null, true));
        assertEquals(Verdict.UNKNOWN, noDecision.eligible());
        assertReasonsStartWith(noDecision, "trên 70 tuổi, chưa có số liệu về quyết định của Chủ tịch UBND cấp xã");
        MemberResult noHealth = check(overSeventy(true, null));
        assertEquals(Verdict.UNKNOWN, noHealth.eligible());
        assertReasonsStartWith(noHealth, "trên 70 tuổi, chưa có số liệu về việc bảo đảm sức khỏe");
        assertEquals(Verdict.NOT_MET, check(overSeventy(false, null)).eligible(), "a known failure beats missing data");
    }

    @Test
    void healthAtSeventyExactlyIsNotAsked() {
        MemberResult r = check(member(TeamRole.MEMBER, "1954-11-15", Education.LOWER_SECONDARY, "2000-01-01",
                AreaType.NORMAL, null, new Facts(true, PastSanction.NONE, PastSanction.NONE, true, null)));
        assertEquals(Verdict.MET, r.eligible(), r.reasons()::toString);
    }

    @Test
    void theHealthCertificateIsRequiredAndAMissingOneIsUnknown() {
        MemberResult none = check(with(new Facts(false, PastSanction.NONE, PastSanction.NONE, true, null)));
        assertEquals(Verdict.NOT_MET, none.eligible());
        assertReasonsStartWith(none, "không có giấy chứng nhận đủ sức khỏe — khoản 5 Điều 13: «Có đủ sức khỏe");
        MemberResult missing = check(with(new Facts(null, PastSanction.NONE, PastSanction.NONE, true, null)));
        assertEquals(Verdict.UNKNOWN, missing.eligible());
        assertReasonsStartWith(missing, "chưa có số liệu về giấy chứng nhận sức khỏe — khoản 5 Điều 13");
    }

    @ParameterizedTest(name = "sentence {0}, measure {1} → {2}")
    @CsvSource({
        "NONE, NONE, MET",
        "CLEARED, CLEARED, MET",
        "NOT_CLEARED, NONE, NOT_MET",
        "NONE, NOT_CLEARED, NOT_MET",
        ", NONE, UNKNOWN",
        "NONE, , UNKNOWN",
        "NOT_CLEARED, , NOT_MET"
    })
    void aSentenceServedMustBeClearedAndAMeasureServedMustHaveRunOut(PastSanction sentence, PastSanction measure,
                                                                   Verdict expected) {
        assertEquals(expected, check(with(new Facts(true, sentence, measure, true, null))).eligible());
    }

    @Test
    void theReasonsOfThePastSanctionsQuoteKhoan2() {
        MemberResult r = check(with(new Facts(true, PastSanction.NOT_CLEARED, PastSanction.NOT_CLEARED, true, null)));
        assertReasonsStartWith(r,
                "đã chấp hành xong bản án nhưng chưa được xóa án tích — khoản 2 Điều 13: «Trường hợp đã chấp hành xong"
                        + " bản án của Tòa án thì phải được xóa án tích»",
                "chưa hết thời hạn được coi là chưa bị áp dụng biện pháp xử lý hành chính — khoản 2 Điều 13");
    }

    @ParameterizedTest(name = "resides regularly {0} → {1}")
    @CsvSource({"true, MET", "false, NOT_MET", ", UNKNOWN"})
    void theMemberMustLiveRegularlyWhereTheyApplied(Boolean resides, Verdict expected) {
        MemberResult r = check(with(new Facts(true, PastSanction.NONE, PastSanction.NONE, resides, null)));
        assertEquals(expected, r.eligible());
        if (expected != Verdict.MET) {
            assertTrue(r.reasons().get(0).endsWith("— khoản 4 Điều 13: «Đang thường trú hoặc tạm trú từ 01 năm trở lên"
                    + " và thường xuyên sinh sống tại nơi công dân nộp đơn …»"), r.reasons()::toString);
        }
    }

    @Test
    void everyMissingFactIsNamedAndTheMemberIsUnknown() {
        MemberResult r = check(with(new Facts(null, null, null, null, null)));
        assertEquals(Verdict.UNKNOWN, r.eligible());
        assertReasonsStartWith(r, "chưa có số liệu về án tích", "chưa có số liệu về biện pháp xử lý hành chính",
                "chưa có số liệu về việc thường xuyên sinh sống", "chưa có số liệu về giấy chứng nhận sức khỏe");
    }

    @ParameterizedTest(name = "resident since {0} → {1}")
    @CsvSource({"2023-11-15, MET", "2023-11-16, NOT_MET"})
    void residenceOfAtLeastOneYear(String since, Verdict expected) {
        assertEquals(expected, check(member(TeamRole.MEMBER, "1980-01-01", Education.LOWER_SECONDARY, since,
                AreaType.NORMAL, null)).eligible());
    }

    @ParameterizedTest(name = "primary school in {0}")
    @EnumSource(value = AreaType.class, names = {"BORDER", "MOUNTAIN", "ISLAND", "ESPECIALLY_DIFFICULT", "ETHNIC_MINORITY"})
    void primarySchoolIsEnoughInTheListedAreas(AreaType area) {
        assertEquals(Verdict.MET, check(member(TeamRole.MEMBER, "1980-01-01", Education.PRIMARY, "2000-01-01", area,
                null)).eligible());
    }

    @Test
    void elsewhereLowerSecondaryIsRequired() {
        MemberResult r = check(member(TeamRole.MEMBER, "1980-01-01", Education.PRIMARY, "2000-01-01", AreaType.NORMAL, null));
        assertEquals(Verdict.NOT_MET, r.eligible());
        assertReasonsStartWith(r, "trình độ học vấn dưới mức quy định — khoản 3 Điều 13");
    }

    @Test
    void aProsecutedMemberIsNotEligibleAndAMissingRecordIsUnknown() {
        TeamMember prosecuted = new TeamMember("m-x", "Lê Văn Bình", TeamRole.MEMBER, LocalDate.of(1980, 1, 1), false,
                Education.LOWER_SECONDARY, LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, true, false, null, null,
                null, true, PastSanction.NONE, PastSanction.NONE, true, null);
        TeamMember unknown = new TeamMember("m-y", "Trần Thị Hoa", TeamRole.MEMBER, LocalDate.of(1980, 1, 1), true,
                Education.LOWER_SECONDARY, LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, null, false, null, null,
                null, true, PastSanction.NONE, PastSanction.NONE, true, null);
        assertEquals(Verdict.NOT_MET, check(prosecuted).eligible());
        assertEquals(Verdict.UNKNOWN, check(unknown).eligible());
    }

    @ParameterizedTest(name = "{0} tổ viên → {1}")
    @CsvSource({"0, NOT_MET", "1, MET", "2, NOT_MET"})
    void thanhHoaStaffsATeamWithExactlyOneLeaderOneDeputyOneMember(int ordinaryMembers, Verdict expected) {
        List<TeamMember> members = new ArrayList<>(List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY)));
        for (int i = 0; i < ordinaryMembers; i++) {
            members.add(member(TeamRole.MEMBER, "198" + i + "-01-01", Education.LOWER_SECONDARY, "2000-01-01",
                    AreaType.NORMAL, null));
        }
        TeamResult t = team(members, 1);
        assertEquals(expected, t.staffed());
        assertEquals("Tổ trưởng 1, Tổ phó 1, Tổ viên 1", t.required());
    }

    @ParameterizedTest(name = "loại {0}: {1}, {2}, {3}")
    @CsvSource({
        "1, 1638000, 1521000, 1404000",  // 0,7 / 0,65 / 0,6 × 2 340 000
        "2, 1521000, 1404000, 1310400",  // 0,65 / 0,6 / 0,56 × 2 340 000
        "3, 1521000, 1404000, 1310400"
    })
    void theMonthlySupportIsTheCoefficientOfTheAreasClassAndRoleTimesTheBaseSalary(int supportClass, String leader,
                                                                                 String deputy, String member) {
        TeamResult t = team(List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY), ordinary(TeamRole.MEMBER)),
                supportClass);
        assertEquals(List.of(new BigDecimal(leader), new BigDecimal(deputy), new BigDecimal(member)),
                t.members().stream().map(MemberResult::monthlySupport).toList());
        assertTrue(t.members().stream().allMatch(m -> m.supportReasons().isEmpty()));
        List<UsedParameter> used = t.members().get(0).parameters();
        assertTrue(used.stream().anyMatch(p -> p.id().equals("l30.support.class" + supportClass + ".LEADER")
                && p.provisional()), used::toString);
    }

    @Test
    void withoutTheAreasClassTheSupportIsNotComputedNeverLoai1() {
        TeamResult t = team(List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY), ordinary(TeamRole.MEMBER)),
                null);
        for (MemberResult m : t.members()) {
            assertEquals(null, m.monthlySupport());
            assertEquals(List.of("chưa có số liệu về loại địa bàn (supportClass): không tính mức hỗ trợ"),
                    m.supportReasons());
            assertEquals(Verdict.MET, m.eligible(), "the support does not touch eligibility");
        }
    }

    @Test
    void beforeLaw30IsInForceNoTeamIsJudgedAndTheEvaluationStillRuns() {
        // the l30.* and hd01.* parameters start on 01/7/2024: the rules that join them stay silent before
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").referenceDate("2024-06-30")
                .team(new SecurityTeam("TBV-r1", List.of("r1"), LocalDate.of(2023, 1, 1),
                        List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY), ordinary(TeamRole.MEMBER)), null,
                        1));
        TeamResult t = f.evaluate().securityTeams().get(0);
        assertEquals(Verdict.NOT_APPLICABLE, t.staffed());
        assertEquals(null, t.rating().rule());
        for (MemberResult m : t.members()) {
            assertEquals(Verdict.NOT_APPLICABLE, m.eligible());
            assertEquals(null, m.monthlySupport());
        }
    }

    @Test
    void theLevelEnoughInTheListedAreasIsAParameter(@TempDir Path dir) {
        TeamMember primary = member(TeamRole.MEMBER, "1980-05-01", Education.PRIMARY, "2000-01-01", AreaType.MOUNTAIN,
                null);
        assertEquals(Verdict.MET, check(primary).eligible());
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").team(new SecurityTeam("TBV-r1",
                List.of("r1"), LocalDate.of(2024, 7, 1), List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY),
                primary), null, 1));
        MemberResult r = EditedPack.evaluator(dir, "luat30.yaml", "value: PRIMARY", "value: LOWER_SECONDARY")
                .evaluate(f.dataset()).securityTeams().get(0).members().get(2);
        assertEquals(Verdict.NOT_MET, r.eligible(), r.reasons()::toString);
        assertTrue(r.parameters().stream().anyMatch(p -> p.id().equals("l30.education.minInPrimaryAreas")));
    }

    @Test
    void theExceptionOverTheAgeLimitIsARuleOfItsOwnOverTheLimitThePackSets(@TempDir Path dir) {
        // the member is 70 and a day: over the bundled limit, within a limit of 75
        TeamMember old = overSeventy(false, true);
        assertEquals(Verdict.NOT_MET, check(old).eligible());
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").team(new SecurityTeam("TBV-r1",
                List.of("r1"), LocalDate.of(2024, 7, 1), List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY),
                old), null, 1));
        MemberResult r = EditedPack.evaluator(dir, "luat30.yaml", "value: 70", "value: 75")
                .evaluate(f.dataset()).securityTeams().get(0).members().get(2);
        assertEquals(Verdict.MET, r.eligible(), r.reasons()::toString);
        // the exception's rule takes only members over the limit, which it joins; the other rule all the others
        var rules = Fixture.EVALUATOR.rules().stream()
                .filter(x -> x.id().startsWith("L30-DIEU-KIEN")).toList();
        assertEquals(2, rules.size(), rules::toString);
        for (var rule : rules) {
            assertTrue(rule.parameters().contains("l30.age.max"), rule::toString);
            assertEquals(rule.id().equals("L30-DIEU-KIEN"), rule.parameters().contains("l30.age.min"), rule::toString);
        }
    }

    @Test
    void aMemberOverTheLimitListsTheLimitAndNotTheLeastAge() {
        MemberResult r = check(overSeventy(true, true));
        assertEquals(Verdict.MET, r.eligible());
        assertTrue(r.parameters().stream().anyMatch(p -> p.id().equals("l30.age.max")), r.parameters()::toString);
        assertTrue(r.parameters().stream().noneMatch(p -> p.id().equals("l30.age.min")), r.parameters()::toString);
    }

    @Test
    void theEducationEachAreaNeedsIsChosenByRulesOfThePackThatTheEligibilityJoins(@TempDir Path dir) {
        // khoản 3 Điều 13: one small rule per case of the member's area picks the level; the eligibility rules
        // join the requirement and no longer the levels themselves
        var rules = new java.util.TreeMap<String, List<String>>();
        Fixture.EVALUATOR.rules().forEach(r -> rules.put(r.id(), r.parameters()));
        assertEquals(List.of("l30.education.primaryAreas", "l30.education.minInPrimaryAreas"),
                rules.get("L30-HOC-VAN-TIEU-HOC"));
        assertEquals(List.of("l30.education.min", "l30.education.primaryAreas"), rules.get("L30-HOC-VAN-THCS"));
        assertEquals(List.of("l30.education.min", "l30.education.primaryAreas", "l30.education.minInPrimaryAreas"),
                rules.get("L30-HOC-VAN-CHUA-RO-DIA-BAN"));
        for (String rule : List.of("L30-DIEU-KIEN", "L30-DIEU-KIEN-TREN-TUOI")) {
            assertTrue(rules.get(rule).stream().noneMatch(p -> p.startsWith("l30.education.")), rules.get(rule)::toString);
        }
        // the member's result still lists what the requirement rests on
        TeamMember mountain = member(TeamRole.MEMBER, "1980-05-01", Education.PRIMARY, "2000-01-01",
                AreaType.MOUNTAIN, null);
        MemberResult met = check(mountain);
        assertEquals(Verdict.MET, met.eligible());
        assertTrue(met.parameters().stream().map(UsedParameter::id).toList()
                .containsAll(List.of("l30.education.primaryAreas", "l30.education.minInPrimaryAreas")),
                met.parameters()::toString);
        // no area: lower secondary meets the clause, primary alone is not known, less fails
        assertEquals(Verdict.MET, check(member(TeamRole.MEMBER, "1980-05-01", Education.LOWER_SECONDARY, "2000-01-01",
                null, null)).eligible());
        MemberResult unclear = check(member(TeamRole.MEMBER, "1980-05-01", Education.PRIMARY, "2000-01-01", null,
                null));
        assertEquals(Verdict.UNKNOWN, unclear.eligible());
        assertReasonsStartWith(unclear, "học vấn tiểu học, chưa rõ địa bàn — khoản 3 Điều 13");
        assertEquals(Verdict.NOT_MET, check(member(TeamRole.MEMBER, "1980-05-01", Education.NONE, "2000-01-01", null,
                null)).eligible());
        // the list of areas is the pack's: without MOUNTAIN, the same member needs lower secondary
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").team(new SecurityTeam("TBV-r1",
                List.of("r1"), LocalDate.of(2024, 7, 1), List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY),
                mountain), null, 1));
        MemberResult edited = EditedPack.evaluator(dir, "luat30.yaml", "value: [BORDER, MOUNTAIN, ISLAND,",
                "value: [BORDER, ISLAND,").evaluate(f.dataset()).securityTeams().get(0).members().get(2);
        assertEquals(Verdict.NOT_MET, edited.eligible(), edited.reasons()::toString);
        assertReasonsStartWith(edited, "trình độ học vấn dưới mức quy định — khoản 3 Điều 13");
    }
}
