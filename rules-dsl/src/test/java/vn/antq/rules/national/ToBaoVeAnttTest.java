package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.grassroots.TeamRole;
import vn.antq.verdict.Verdict;

/** Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15): member eligibility, Thanh Hóa's staffing, monthly support. */
class ToBaoVeAnttTest {

    private static TeamMember member(TeamRole role, String born, Education education, String since, AreaType area,
                                     Boolean overSeventy) {
        return new TeamMember("m-" + role + "-" + born, "Nguyễn Văn An", role, LocalDate.parse(born), false, education,
                LocalDate.parse(since), area, overSeventy, false, false);
    }

    private static TeamMember ordinary(TeamRole role) {
        return member(role, "1980-05-01", Education.UPPER_SECONDARY, "2000-01-01", AreaType.NORMAL, null);
    }

    private static TeamResult team(List<TeamMember> members) {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .team(new SecurityTeam("TBV-r1", List.of("r1"), LocalDate.of(2024, 7, 1), members));
        return f.evaluate().securityTeams().get(0);
    }

    private static MemberResult check(TeamMember m) {
        List<TeamMember> members = new ArrayList<>(List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY)));
        members.add(m);
        return team(members).members().get(2);
    }

    @ParameterizedTest(name = "born {0} → {1}")
    @CsvSource({
        "2006-11-15, MET",      // 18 on the reference date 15/11/2024
        "2006-11-16, NOT_MET",  // 18 tomorrow
        "1954-11-15, MET",      // 70 on the reference date
        "1954-11-14, NOT_MET"   // 70 yesterday: over 70 without a decision
    })
    void ageIsFromEighteenToSeventyAtTheReferenceDate(String born, Verdict expected) {
        assertEquals(expected, check(member(TeamRole.MEMBER, born, Education.LOWER_SECONDARY, "2000-01-01",
                AreaType.NORMAL, null)).eligible());
    }

    @Test
    void overSeventyNeedsTheCommuneChairmansDecision() {
        MemberResult without = check(member(TeamRole.MEMBER, "1954-11-14", Education.LOWER_SECONDARY, "2000-01-01",
                AreaType.NORMAL, false));
        MemberResult with = check(member(TeamRole.MEMBER, "1954-11-14", Education.LOWER_SECONDARY, "2000-01-01",
                AreaType.NORMAL, true));
        assertEquals(Verdict.NOT_MET, without.eligible());
        assertTrue(without.reasons().get(0).startsWith("trên 70 tuổi"), without.reasons()::toString);
        assertEquals(Verdict.MET, with.eligible());
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
        assertEquals(List.of("trình độ học vấn dưới mức quy định"), r.reasons());
    }

    @Test
    void aProsecutedMemberIsNotEligibleAndAMissingRecordIsUnknown() {
        TeamMember prosecuted = new TeamMember("m-x", "Lê Văn Bình", TeamRole.MEMBER, LocalDate.of(1980, 1, 1), false,
                Education.LOWER_SECONDARY, LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, true, false);
        TeamMember unknown = new TeamMember("m-y", "Trần Thị Hoa", TeamRole.MEMBER, LocalDate.of(1980, 1, 1), true,
                Education.LOWER_SECONDARY, LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, null, false);
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
        TeamResult t = team(members);
        assertEquals(expected, t.staffed());
        assertEquals("Tổ trưởng 1, Tổ phó 1, Tổ viên 1", t.required());
    }

    @Test
    void theMonthlySupportIsTheRolesCoefficientTimesTheBaseSalaryInForce() {
        TeamResult t = team(List.of(ordinary(TeamRole.LEADER), ordinary(TeamRole.DEPUTY), ordinary(TeamRole.MEMBER)));
        assertEquals(List.of(new BigDecimal("1638000"), new BigDecimal("1521000"), new BigDecimal("1404000")),
                t.members().stream().map(MemberResult::monthlySupport).toList());
    }
}
