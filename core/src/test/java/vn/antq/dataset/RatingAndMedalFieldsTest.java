package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.antq.dataset.DatasetJson.COMMUNE;
import static vn.antq.dataset.DatasetJson.DISTRICT;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.Award;
import vn.antq.commendation.AwardReceived;
import vn.antq.commendation.Decoration;
import vn.antq.commendation.Leader;
import vn.antq.commendation.LeaderCategory;
import vn.antq.commendation.PersonCases;
import vn.antq.commendation.Post;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.ServiceKind;
import vn.antq.grassroots.ServicePeriod;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;

/**
 * The rating data of teams and members (Hướng dẫn 01/HD-BCA-V05), the service record of members, the
 * {@code leaders} and {@code medalProposalDate} (Kỷ niệm chương): read as given, nothing guessed, and every
 * problem named with its place.
 */
class RatingAndMedalFieldsTest {
    private static final String MEMBER = """
            { "id": "M1", "name": "Nguyễn Văn An", "role": "LEADER", "gender": "MALE", "joined": "2024-07-01",
              "tasksAssigned": 20, "tasksDone": 19, "breaches": 0, "disciplined": false, "underComplaint": false,
              "earlierService": [ { "kind": "CIVIL_DEFENCE", "from": "2005-01-01", "to": "2024-06-30",
                                    "areaType": "BORDER" } ],
              "decorations": ["HUY_CHUONG_CHIEN_SI_VE_VANG"], "goodInService": true, "compulsoryEducation": false }""";
    private static final String TEAM = """
            { "id": "T1", "areas": ["A"], "established": "2024-07-01", "tasksAssigned": 50, "tasksDone": 48,
              "underComplaint": true, "members": [ %s ] }""";
    private static final String LEADER = """
            { "id": "LD1", "name": "Phạm Văn Cường", "gender": "MALE", "unit": "C",
              "posts": [ { "title": "Chủ tịch UBND xã", "from": "2012-01-01", "to": "2020-12-31" },
                         { "title": "Bí thư Đảng ủy xã", "from": "2021-01-01" } ],
              "awards": [ { "award": "GIAY_KHEN_CHU_TICH_HUYEN", "date": "2019-01-15" } ],
              "movementAchievement": true, "seriousIncidents": false, "prosecuted": false,
              "compulsoryEducation": false, "decorations": [] }""";

    private static String dataset(String team, String leaders, String proposalDate) {
        return """
                { "format": "antq-dataset/1", "year": 2024, "units": [
                %s
                ], "securityTeams": [ %s ], "leaders": %s%s }""".formatted(
                String.join(",\n", PROVINCE, DISTRICT, COMMUNE, InvalidSecurityTeamTest.AREA_A), team, leaders,
                proposalDate == null ? "" : ", \"medalProposalDate\": \"" + proposalDate + "\"");
    }

    private static String valid() {
        return dataset(TEAM.formatted(MEMBER), "[" + LEADER + "]", "2025-05-15");
    }

    @Test
    void readsTheRatingAndServiceDataOfTeamsAndMembers() throws Exception {
        Dataset d = DatasetReader.read(valid());
        assertEquals(new DutyRecord(50, 48, null, null, true), d.securityTeams().get(0).duty());
        TeamMember m = d.securityTeams().get(0).members().get(0);
        assertEquals(LocalDate.of(2024, 7, 1), m.joined());
        assertEquals(new DutyRecord(20, 19, 0, false, false), m.duty());
        assertEquals(new ServiceRecord(List.of(new ServicePeriod(ServiceKind.CIVIL_DEFENCE, LocalDate.of(2005, 1, 1),
                LocalDate.of(2024, 6, 30), AreaType.BORDER)), List.of(Decoration.HUY_CHUONG_CHIEN_SI_VE_VANG), true,
                false), m.service());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void readsLeadersAndTheProposalDate() throws Exception {
        Dataset d = DatasetReader.read(valid());
        assertEquals(List.of(new Leader("LD1", "Phạm Văn Cường", false, "C", List.of(
                new Post("Chủ tịch UBND xã", LocalDate.of(2012, 1, 1), LocalDate.of(2020, 12, 31)),
                new Post("Bí thư Đảng ủy xã", LocalDate.of(2021, 1, 1), null)),
                List.of(new AwardReceived(Award.GIAY_KHEN_CHU_TICH_HUYEN, LocalDate.of(2019, 1, 15))),
                true, false, false, false, List.of())), d.leaders());
        assertEquals(LocalDate.of(2025, 5, 15), d.medalProposalDate());
    }

    @Test
    void absentFieldsStayAbsent() throws Exception {
        Dataset d = DatasetReader.read(dataset(TEAM.formatted("{ \"id\": \"M1\", \"name\": \"An\", \"role\": \"MEMBER\" }"),
                "[]", null));
        TeamMember m = d.securityTeams().get(0).members().get(0);
        assertEquals(DutyRecord.NONE, m.duty());
        assertEquals(ServiceRecord.NONE, m.service());
        assertNull(m.joined());
        assertNull(d.medalProposalDate());
    }

    @Test
    void tasksDoneAboveTasksAssignedIsAProblem() {
        Problem p = onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("\"tasksDone\": 19", "\"tasksDone\": 21")),
                "[]", null), "T1", "members[0].tasksDone");
        assertEquals("at most tasksAssigned (20)", p.expected());
        onlyProblemAt(dataset(TEAM.replace("\"tasksDone\": 48", "\"tasksDone\": 51").formatted(MEMBER), "[]", null),
                "T1", "tasksDone");
    }

    @Test
    void aNegativeOrFractionalCountIsAProblem() {
        Problem p = onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("\"breaches\": 0", "\"breaches\": -1")),
                "[]", null), "T1", "members[0].breaches");
        assertEquals("a whole number ≥ 0", p.expected());
        onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("\"tasksAssigned\": 20", "\"tasksAssigned\": 20.5")),
                "[]", null), "T1", "members[0].tasksAssigned");
    }

    @Test
    void joinedAfterTheReferenceDateIsAProblem() {
        onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("2024-07-01", "2024-11-16")), "[]", null),
                "T1", "members[0].joined");
    }

    @Test
    void anEarlierServiceEndingBeforeItStartsIsAProblem() {
        Problem p = onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("2024-06-30", "2004-12-31")), "[]", null),
                "T1", "members[0].earlierService[0].to");
        assertEquals("a day on or after from 2005-01-01", p.expected());
    }

    @Test
    void earlierServiceMustEndBeforeJoiningAndNotOverlap() {
        onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("2024-06-30", "2024-07-01")), "[]", null),
                "T1", "members[0].earlierService[0].to");
        String twice = MEMBER.replace("\"areaType\": \"BORDER\" } ]", "\"areaType\": \"BORDER\" }, "
                + "{ \"kind\": \"PART_TIME_COMMUNE_POLICE\", \"from\": \"2010-01-01\", \"to\": \"2011-01-01\" } ]");
        onlyProblemAt(dataset(TEAM.formatted(twice), "[]", null), "T1", "members[0].earlierService[1].from");
    }

    @Test
    void anUnknownServiceKindOrDecorationIsAProblem() {
        onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("CIVIL_DEFENCE", "MILITIA")), "[]", null),
                "T1", "members[0].earlierService[0].kind");
        onlyProblemAt(dataset(TEAM.formatted(MEMBER.replace("HUY_CHUONG_CHIEN_SI_VE_VANG", "HUAN_CHUONG")), "[]",
                null), "T1", "members[0].decorations[0]");
    }

    @Test
    void aLeaderIdUsedTwiceIsAProblem() {
        Problem p = onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[" + LEADER + ", " + LEADER + "]", null),
                "LD1", "id");
        assertEquals("an id that no other leader has", p.expected());
    }

    @Test
    void aLeaderOfAnUnknownUnitIsAProblem() {
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[" + LEADER.replace("\"unit\": \"C\"", "\"unit\": \"X\"") + "]",
                null), "LD1", "unit");
    }

    @Test
    void aLeaderWithoutANameIsNamedByPosition() {
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[{ \"id\": \"LD1\" }]", null), "LD1", "name");
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[{ \"name\": \"An\" }]", null), "leaders[0]", "id");
    }

    @Test
    void aPostEndingBeforeItStartsOrAnUnknownAwardIsAProblem() {
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[" + LEADER.replace("2020-12-31", "2011-12-31") + "]", null),
                "LD1", "posts[0].to");
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[" + LEADER.replace("GIAY_KHEN_CHU_TICH_HUYEN", "CO_THI_DUA")
                + "]", null), "LD1", "awards[0].award");
    }

    @Test
    void readsTheCasesOfAMemberAndTheCategoryHotspotAndCasesOfALeader() throws Exception {
        String cases = ", \"cases\": { \"underDiscipline\": false, \"pendingDiscipline\": false, "
                + "\"underInvestigation\": true, \"pendingInspection\": false, \"pendingComplaint\": false } }";
        String member = MEMBER.substring(0, MEMBER.lastIndexOf('}')) + cases;
        String leader = LEADER.substring(0, LEADER.lastIndexOf('}'))
                + ", \"category\": \"PUBLIC_SCHOOL\", \"socialEvilHotspot\": false" + cases;
        Dataset d = DatasetReader.read(dataset(TEAM.formatted(member), "[" + leader + "]", "2025-05-15"));
        PersonCases expected = new PersonCases(false, false, true, false, false, null);
        assertEquals(expected, d.securityTeams().get(0).members().get(0).service().cases());
        Leader l = d.leaders().get(0);
        assertEquals(LeaderCategory.PUBLIC_SCHOOL, l.category());
        assertEquals(Boolean.FALSE, l.socialEvilHotspot());
        assertEquals(expected, l.cases());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void casesNotGivenAreNotKnownNeverNoCase() throws Exception {
        Leader l = DatasetReader.read(valid()).leaders().get(0);
        assertEquals(PersonCases.NONE, l.cases());
        assertNull(l.category());
        assertNull(l.socialEvilHotspot());
    }

    @Test
    void casesThatAreNotAnObjectOrAFlagThatIsNotABooleanAreAProblem() {
        String notObject = MEMBER.substring(0, MEMBER.lastIndexOf('}')) + ", \"cases\": true }";
        Problem p = onlyProblemAt(dataset(TEAM.formatted(notObject), "[]", null), "T1", "members[0].cases");
        assertEquals("an object of booleans such as {\"pendingDiscipline\": false}", p.expected());
        String notFlag = LEADER.substring(0, LEADER.lastIndexOf('}')) + ", \"cases\": { \"pressCorruption\": \"no\" } }";
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[" + notFlag + "]", null), "LD1", "cases.pressCorruption");
    }

    @Test
    void anUnknownLeaderCategoryIsAProblem() {
        String leader = LEADER.substring(0, LEADER.lastIndexOf('}')) + ", \"category\": \"PRIVATE_SCHOOL\" }";
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[" + leader + "]", null), "LD1", "category");
    }

    @Test
    void aProposalDateThatIsNotADateIsAProblem() {
        onlyProblemAt(dataset(TEAM.formatted(MEMBER), "[]", "15/05/2025"), "dataset", "medalProposalDate");
    }
}
