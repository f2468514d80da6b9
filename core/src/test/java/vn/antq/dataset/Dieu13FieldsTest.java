package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;

/**
 * The member facts of Luật 30/2023/QH15 Điều 13 added in 0.2 ({@code healthCertified}, {@code pastSentence},
 * {@code pastAdministrativeMeasure}, {@code residesRegularly}, {@code overSeventyFit}) and a team's
 * {@code supportClass}: read as given, absent as null, and every bad value named with its team and field.
 */
class Dieu13FieldsTest {
    private static final String FACTS = """
            , "healthCertified": true, "pastSentence": "CLEARED", "pastAdministrativeMeasure": "NONE",
              "residesRegularly": false, "overSeventyFit": true }""";

    private static String withFacts(String facts, String teamFields) {
        String member = InvalidSecurityTeamTest.MEMBER.substring(0, InvalidSecurityTeamTest.MEMBER.length() - 2)
                + facts;
        String team = InvalidSecurityTeamTest.TEAM.replace(InvalidSecurityTeamTest.MEMBER, member)
                .replace("\"established\"", teamFields + "\"established\"");
        return InvalidSecurityTeamTest.withTeams("[" + team + "]");
    }

    @Test
    void theFactsAndTheClassAreReadAsGiven() throws Exception {
        Dataset dataset = DatasetReader.read(withFacts(FACTS, "\"supportClass\": 2, "));
        SecurityTeam team = dataset.securityTeams().get(0);
        TeamMember m = team.members().get(0);
        assertEquals(2, team.supportClass());
        assertEquals(List.of(true, false, true), List.of(m.healthCertified(), m.residesRegularly(),
                m.overSeventyFit()));
        assertEquals(PastSanction.CLEARED, m.pastSentence());
        assertEquals(PastSanction.NONE, m.pastAdministrativeMeasure());
        assertEquals(List.of(), dataset.warnings());
    }

    @Test
    void absentFactsAndClassAreNull() throws Exception {
        SecurityTeam team = DatasetReader.read(withFacts(" }", "")).securityTeams().get(0);
        TeamMember m = team.members().get(0);
        assertNull(team.supportClass());
        assertNull(m.healthCertified());
        assertNull(m.pastSentence());
        assertNull(m.pastAdministrativeMeasure());
        assertNull(m.residesRegularly());
        assertNull(m.overSeventyFit());
    }

    @ParameterizedTest(name = "supportClass {0} is rejected")
    @ValueSource(strings = {"0", "4", "2.5", "\"2\"", "true"})
    void aClassOtherThanOneTwoOrThreeIsRejected(String value) {
        Problem problem = onlyProblemAt(withFacts(" }", "\"supportClass\": " + value + ", "), "T1", "supportClass");
        assertEquals("1, 2 or 3 (loại 1, 2, 3 of the area)", problem.expected());
    }

    @ParameterizedTest(name = "supportClass {0} is accepted")
    @ValueSource(ints = {1, 3})
    void theLowestAndHighestClassesAreAccepted(int value) throws Exception {
        assertEquals(value, DatasetReader.read(withFacts(" }", "\"supportClass\": " + value + ", "))
                .securityTeams().get(0).supportClass());
    }

    @ParameterizedTest(name = "{0} not a boolean")
    @ValueSource(strings = {"healthCertified", "residesRegularly", "overSeventyFit"})
    void aFlagThatIsNotABooleanIsRejected(String field) {
        Problem problem = onlyProblemAt(withFacts(", \"" + field + "\": \"yes\" }", ""), "T1", "members[0]." + field);
        assertEquals("\"yes\"", problem.found());
    }

    @ParameterizedTest(name = "{0} not a code")
    @ValueSource(strings = {"pastSentence", "pastAdministrativeMeasure"})
    void aPastSanctionThatIsNotACodeIsRejected(String field) {
        Problem problem = onlyProblemAt(withFacts(", \"" + field + "\": \"EXPUNGED\" }", ""), "T1",
                "members[0]." + field);
        assertEquals("one of NONE, CLEARED, NOT_CLEARED", problem.expected());
    }
}
