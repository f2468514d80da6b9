package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.COMMUNE;
import static vn.antq.dataset.DatasetJson.DISTRICT;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;
import static vn.antq.dataset.DatasetJson.problemAt;
import static vn.antq.dataset.DatasetJson.problems;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each problem of a security team or one of its members is reported naming the team id (or
 * {@code securityTeams[i]}) and the field, e.g. {@code areas[1]} or {@code members[2].birthDate}.
 */
class InvalidSecurityTeamTest {
    /** A residential area {@code A} of the commune {@code C}. */
    static final String AREA_A = """
            { "id": "A", "kind": "RESIDENTIAL_AREA", "name": "Thôn A", "parent": "C" }""";
    /** A residential area {@code B} of the commune {@code C}. */
    static final String AREA_B = """
            { "id": "B", "kind": "RESIDENTIAL_AREA", "name": "Thôn B", "parent": "C" }""";
    /** A member {@code M1} with every field. */
    static final String MEMBER = """
            { "id": "M1", "name": "Nguyễn Văn An", "role": "LEADER", "birthDate": "1970-05-01", "gender": "MALE",
              "education": "UPPER_SECONDARY", "residentSince": "2010-01-01", "areaType": "NORMAL",
              "overSeventyDecision": false, "prosecuted": false, "sanctioned": false }""";
    /** A team {@code T1} of the area {@code A} with the member {@link #MEMBER}. */
    static final String TEAM = """
            { "id": "T1", "areas": ["A"], "established": "2024-07-01", "members": [ %s ] }""".formatted(MEMBER);
    /** A team {@code T2} of the area {@code B} without members. */
    static final String TEAM_B = """
            { "id": "T2", "areas": ["B"], "members": [] }""";

    /**
     * @param teams the JSON value of {@code securityTeams}
     * @return a dataset of year 2024 holding province, district, commune, areas A and B and that value
     */
    static String withTeams(String teams) {
        return """
                { "format": "antq-dataset/1", "year": 2024, "units": [
                %s
                ], "securityTeams": %s }""".formatted(String.join(",\n", PROVINCE, DISTRICT, COMMUNE, AREA_A, AREA_B),
                teams);
    }

    private static String teams(String... teams) {
        return withTeams("[\n" + String.join(",\n", teams) + "\n]");
    }

    private static String teamWithMember(String member) {
        return teams(TEAM.replace(MEMBER, member));
    }

    private static Set<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.location() + " / " + p.field()).collect(Collectors.toSet());
    }

    @Test
    void validTeamsAreAccepted() throws Exception {
        assertEquals(2, DatasetReader.read(teams(TEAM, TEAM_B)).securityTeams().size());
    }

    @Test
    void securityTeamsThatIsNotAnArrayIsRejectedAtDataset() {
        assertEquals("an object", onlyProblemAt(withTeams("{}"), Findings.DATASET, "securityTeams").found());
    }

    @Test
    void elementThatIsNotAnObjectIsRejectedAtItsIndex() {
        assertEquals("3", onlyProblemAt(teams(TEAM, "3"), "securityTeams[1]", "security team").found());
    }

    @Test
    void teamWithoutAnyFieldIsRejectedFieldByFieldAtItsIndex() {
        List<Problem> problems = problems(teams(TEAM, "{}"));
        assertEquals(Set.of("securityTeams[1] / id", "securityTeams[1] / areas", "securityTeams[1] / members"),
                where(problems));
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void emptyAreasIsRejected() {
        Problem problem = onlyProblemAt(teams(TEAM.replace("[\"A\"]", "[]")), "T1", "areas");
        assertEquals("an empty array", problem.found());
        assertEquals(SecurityTeamParser.AREAS_EXPECTED, problem.expected());
    }

    @Test
    void unknownAreaIsRejected() {
        Problem problem = onlyProblemAt(teams(TEAM.replace("[\"A\"]", "[\"A\", \"X\"]")), "T1", "areas[1]");
        assertEquals(SecurityTeamChecks.AREA_EXPECTED, problem.expected());
        assertEquals("\"X\", which no unit has", problem.found());
    }

    @Test
    void areaOfTheWrongKindIsRejected() {
        Problem problem = onlyProblemAt(teams(TEAM.replace("[\"A\"]", "[\"C\"]")), "T1", "areas[0]");
        assertEquals(SecurityTeamChecks.AREA_EXPECTED, problem.expected());
        assertEquals("\"C\", a unit of kind COMMUNE", problem.found());
    }

    @Test
    void areaListedTwiceInATeamIsRejected() {
        Problem problem = onlyProblemAt(teams(TEAM.replace("[\"A\"]", "[\"A\", \"A\"]")), "T1", "areas[1]");
        assertEquals("\"A\", already at areas[0]", problem.found());
    }

    @Test
    void areaCoveredByTwoTeamsIsRejected() {
        Problem problem = onlyProblemAt(teams(TEAM, TEAM_B.replace("[\"B\"]", "[\"B\", \"A\"]")), "T2",
                "areas[1]");
        assertEquals("an area that no other security team covers", problem.expected());
        assertEquals("\"A\", already covered by \"T1\" at securityTeams[0]", problem.found());
    }

    @Test
    void duplicateTeamIdIsRejected() {
        Problem problem = onlyProblemAt(teams(TEAM, TEAM_B.replace("\"T2\"", "\"T1\"")), "T1", "id");
        assertEquals("an id that no other security team has", problem.expected());
        assertEquals("\"T1\" at securityTeams[1], already used at securityTeams[0]", problem.found());
    }

    @Test
    void malformedTeamIdIsRejectedAtItsIndex() {
        Problem problem = onlyProblemAt(teams(TEAM.replace("\"T1\"", "\"T 1\"")), "securityTeams[0]", "id");
        assertEquals(UnitDraft.ID_EXPECTED, problem.expected());
    }

    @Test
    void duplicateMemberIdAcrossTeamsIsRejected() {
        Problem problem = onlyProblemAt(teams(TEAM, TEAM_B.replace("[]", "[ " + MEMBER + " ]")), "T2",
                "members[0].id");
        assertEquals("\"M1\" at securityTeams[1].members[0], already used at securityTeams[0].members[0]",
                problem.found());
    }

    @Test
    void memberWithoutRequiredFieldsIsRejectedFieldByField() {
        List<Problem> problems = problems(teamWithMember("{}"));
        assertEquals(Set.of("T1 / members[0].id", "T1 / members[0].name", "T1 / members[0].role"), where(problems));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.found().equals("nothing")), problems.toString());
    }

    @Test
    void memberThatIsNotAnObjectIsRejectedAtItsIndex() {
        assertEquals("\"M1\"", onlyProblemAt(teamWithMember("\"M1\""), "T1", "members[0]").found());
    }

    @Test
    void blankNameIsRejected() {
        assertEquals("\" \"", onlyProblemAt(teamWithMember(MEMBER.replace("Nguyễn Văn An", " ")), "T1",
                "members[0].name").found());
    }

    @Test
    void unknownRoleIsRejected() {
        Problem problem = onlyProblemAt(teamWithMember(MEMBER.replace("\"LEADER\"", "\"CHIEF\"")), "T1",
                "members[0].role");
        assertEquals("\"CHIEF\"", problem.found());
        assertEquals("one of LEADER, DEPUTY, MEMBER", problem.expected());
    }

    @Test
    void unknownEducationIsRejected() {
        Problem problem = onlyProblemAt(teamWithMember(MEMBER.replace("\"UPPER_SECONDARY\"", "\"COLLEGE\"")), "T1",
                "members[0].education");
        assertEquals("\"COLLEGE\"", problem.found());
        assertEquals("one of NONE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, HIGHER", problem.expected());
    }

    @Test
    void unknownGenderAndAreaTypeAreRejected() {
        List<Problem> problems = problems(teamWithMember(MEMBER.replace("\"MALE\"", "\"M\"")
                .replace("\"NORMAL\"", "\"URBAN\"")));
        assertEquals(Set.of("T1 / members[0].gender", "T1 / members[0].areaType"), where(problems));
        assertEquals("one of MALE, FEMALE", problemAt(problems, "T1", "members[0].gender").expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-02-30", "01/05/1970", "1970-5-1"})
    void badDateIsRejected(String date) {
        Problem problem = onlyProblemAt(teamWithMember(MEMBER.replace("1970-05-01", date)), "T1",
                "members[0].birthDate");
        assertEquals(JsonValues.DATE_EXPECTED, problem.expected());
        assertEquals("\"" + date + "\"", problem.found());
    }

    @Test
    void badEstablishedOrResidentSinceIsRejected() {
        List<Problem> problems = problems(teams(TEAM.replace("2024-07-01", "2024-13-01")
                .replace("2010-01-01", "2010")));
        assertEquals(Set.of("T1 / established", "T1 / members[0].residentSince"), where(problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-15", "2030-01-01"})
    void birthDateNotBeforeTheReferenceDateIsRejected(String date) {
        Problem problem = onlyProblemAt(teamWithMember(MEMBER.replace("1970-05-01", date)), "T1",
                "members[0].birthDate");
        assertEquals("a date before the reference date 2024-11-15", problem.expected());
        assertEquals(date, problem.found());
    }

    @Test
    void flagThatIsNotABooleanIsRejected() {
        assertEquals("\"no\"", onlyProblemAt(teamWithMember(MEMBER.replace("\"prosecuted\": false",
                "\"prosecuted\": \"no\"")), "T1", "members[0].prosecuted").found());
    }

    @Test
    void unknownFieldsAreWarnings() throws Exception {
        Dataset dataset = DatasetReader.read(teamWithMember(MEMBER.replace(" }", ", \"phone\": \"x\" }"))
                .replace("\"established\"", "\"note\": 1, \"established\""));
        assertEquals(2, dataset.warnings().size(), dataset.warnings().toString());
        assertTrue(dataset.warnings().stream().anyMatch(w -> w.startsWith("T1: members[0].phone: ")),
                dataset.warnings().toString());
        assertTrue(dataset.warnings().stream().anyMatch(w -> w.startsWith("T1: note: ")),
                dataset.warnings().toString());
    }

    @Test
    void everyProblemIsReportedTogether() {
        String t3 = """
                { "id": "T3", "areas": ["X", "C"], "established": "2024-02-30", "members": [
                  %s, %s ] }""".formatted(MEMBER.replace("\"M1\"", "\"M2\"").replace("\"LEADER\"", "\"CHIEF\""),
                MEMBER.replace("\"UPPER_SECONDARY\"", "\"COLLEGE\""));
        List<Problem> problems = problems(teams(TEAM, TEAM_B.replace("[\"B\"]", "[\"A\"]"), t3,
                TEAM_B.replace("[\"B\"]", "[\"B\"]")));
        assertEquals(Set.of("T2 / areas[0]", "T3 / areas[0]", "T3 / areas[1]", "T3 / established",
                "T3 / members[0].role", "T3 / members[1].education", "T3 / members[1].id", "T2 / id"),
                where(problems));
        assertEquals(8, problems.size(), problems.toString());
    }

    @Test
    void securityTeamProblemsAreReportedWithUnitProblems() {
        String json = teams(TEAM.replace("[\"A\"]", "[\"X\"]")).replace("\"parent\": \"D\"", "\"parent\": \"Q\"");
        List<Problem> problems = problems(json);
        problemAt(problems, "C", "parent");
        problemAt(problems, "T1", "areas[0]");
    }
}
