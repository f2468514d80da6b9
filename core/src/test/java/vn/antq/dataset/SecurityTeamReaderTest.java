package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;

/**
 * The {@code securityTeams} of a valid dataset read into the expected {@link SecurityTeam} values, nothing
 * guessed.
 */
class SecurityTeamReaderTest {
    private static final String T01 = "TBV-14755-T01";
    private static final String MEMBER_ID_EXPECTED = "an id that no other member of any security team has";

    private static Dataset dataset;

    @BeforeAll
    static void readDatasetWithSecurityTeams() throws Exception {
        try (InputStream in = SecurityTeamReaderTest.class
                .getResourceAsStream("/datasets/with-security-teams.json")) {
            dataset = DatasetReader.read(in);
        }
    }

    @Test
    void readsEveryTeamAndMemberInDatasetOrderWithoutWarnings() {
        assertEquals(List.of(
                new SecurityTeam("TBV-14755-T01", List.of("14755-T01"), LocalDate.of(2024, 7, 1), List.of(
                        new TeamMember("TV-14755-T01-1", "Nguyễn Văn An", TeamRole.LEADER, LocalDate.of(1970, 5, 1),
                                false, Education.UPPER_SECONDARY, LocalDate.of(2010, 1, 1), AreaType.NORMAL,
                                false, false, false),
                        new TeamMember("TV-14755-T01-2", "Lê Thị Bình", TeamRole.DEPUTY, null, true,
                                Education.PRIMARY, null, AreaType.ETHNIC_MINORITY, null, null, null),
                        new TeamMember("TV-14755-T01-3", "Trần Văn Cường", TeamRole.MEMBER,
                                LocalDate.of(1950, 1, 31), null, null, null, null, true, null, null))),
                new SecurityTeam("TBV-14755-T02", List.of("14755-T02", "14755-T03"), null, List.of())),
                dataset.securityTeams());
        assertEquals(List.of(), dataset.warnings());
    }

    @Test
    void datasetWithoutSecurityTeamsHasNone() throws Exception {
        assertEquals(List.of(), DatasetReader.read(DatasetJson.withCampaigns(DatasetJson.CAMPAIGN)).securityTeams());
    }

    @Test
    void securityTeamsGivenAsNullOrEmptyMeanNone() throws Exception {
        assertEquals(List.of(), DatasetReader.read(InvalidSecurityTeamTest.withTeams("null")).securityTeams());
        assertEquals(List.of(), DatasetReader.read(InvalidSecurityTeamTest.withTeams("[]")).securityTeams());
    }

    private static String memberRepeated(int k) {
        return "\"TV-14755-T01-" + (k + 1) + "\" at securityTeams[1].members[" + k
                + "], already used at securityTeams[0].members[" + k + "]";
    }

    @Test
    void inMemorySecurityTeamsAreValidatedAsTheReaderDoes() throws Exception {
        List<SecurityTeam> teams = dataset.securityTeams();
        Dataset copy = new DatasetValidator(2024, LocalDate.of(2024, 11, 15))
                .validate("copy", dataset.units(), List.of(), List.of(), List.of(), teams);
        assertEquals(teams, copy.securityTeams());
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
                () -> new DatasetValidator(2024, LocalDate.of(2024, 11, 15)).validate("copy", dataset.units(),
                        List.of(), List.of(), List.of(), List.of(teams.get(0), teams.get(0))));
        assertEquals(List.of(
                new Problem(T01, "id", "an id that no other security team has",
                        "\"TBV-14755-T01\" at securityTeams[1], already used at securityTeams[0]"),
                new Problem(T01, "areas[0]", "an area that no other security team covers",
                        "\"14755-T01\", already covered by \"TBV-14755-T01\" at securityTeams[0]"),
                new Problem(T01, "members[0].id", MEMBER_ID_EXPECTED, memberRepeated(0)),
                new Problem(T01, "members[1].id", MEMBER_ID_EXPECTED, memberRepeated(1)),
                new Problem(T01, "members[2].id", MEMBER_ID_EXPECTED, memberRepeated(2))),
                e.problems());
    }
}
