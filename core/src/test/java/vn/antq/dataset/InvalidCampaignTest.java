package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.CAMPAIGN;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.dataset;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;
import static vn.antq.dataset.DatasetJson.problemAt;
import static vn.antq.dataset.DatasetJson.problems;
import static vn.antq.dataset.DatasetJson.withCampaign;
import static vn.antq.dataset.DatasetJson.withCampaigns;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each problem of a campaign is reported naming the campaign (its id, or {@code campaigns[i]}) and the field. */
class InvalidCampaignTest {

    private static Set<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.location() + " / " + p.field()).collect(Collectors.toSet());
    }

    @Test
    void campaignWithoutAnyFieldIsRejectedFieldByFieldAtItsIndex() {
        List<Problem> problems = problems(withCampaigns(CAMPAIGN, "{}"));
        assertEquals(Set.of("campaigns[1] / id", "campaigns[1] / kind", "campaigns[1] / name",
                "campaigns[1] / from", "campaigns[1] / to", "campaigns[1] / expected"), where(problems));
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.found().equals("nothing")), problems.toString());
    }

    @Test
    void malformedIdIsRejectedAtTheIndex() {
        Problem problem = onlyProblemAt(withCampaigns(CAMPAIGN.replace("\"K\"", "\"K 1\"")), "campaigns[0]", "id");
        assertEquals(UnitDraft.ID_EXPECTED, problem.expected());
        assertEquals("\"K 1\"", problem.found());
    }

    @Test
    void idThatIsNotTextIsRejectedAtTheIndex() {
        assertEquals("7", onlyProblemAt(withCampaigns(CAMPAIGN.replace("\"K\"", "7")), "campaigns[0]", "id")
                .found());
    }

    @Test
    void duplicateIdIsRejectedNamingBothPositions() {
        Problem problem = onlyProblemAt(withCampaigns(CAMPAIGN, CAMPAIGN), "K", "id");
        assertEquals("an id that no other campaign has", problem.expected());
        assertEquals("\"K\" at campaigns[1], already used at campaigns[0]", problem.found());
    }

    @Test
    void campaignMayShareItsIdWithAUnit() throws Exception {
        assertEquals("C", DatasetReader.read(withCampaigns(CAMPAIGN.replace("\"K\"", "\"C\"")))
                .campaigns().get(0).id());
    }

    @Test
    void unknownKindIsRejected() {
        Problem problem = onlyProblemAt(withCampaigns(CAMPAIGN.replace("OTHER", "FESTIVAL")), "K", "kind");
        assertEquals("\"FESTIVAL\"", problem.found());
        assertTrue(problem.expected().contains("DRUG_PREVENTION_MONTH"), problem.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"  \""})
    void blankNameIsRejected(String name) {
        assertEquals(name, onlyProblemAt(withCampaigns(CAMPAIGN.replace("\"Đợt thử\"", name)), "K", "name")
                .found());
    }

    @Test
    void windowEndingBeforeItStartsIsRejected() {
        Problem problem = onlyProblemAt(withCampaigns(CAMPAIGN.replace("2024-06-30", "2024-05-31")), "K", "to");
        assertEquals("a date on or after from (2024-06-01)", problem.expected());
        assertEquals("2024-05-31", problem.found());
    }

    @Test
    void windowDatesThatDoNotParseAreRejected() {
        List<Problem> problems = problems(withCampaigns(CAMPAIGN.replace("2024-06-01", "2024-06-31")
                .replace("\"2024-06-30\"", "20240630")));
        assertEquals(Set.of("K / from", "K / to"), where(problems));
        assertEquals("\"2024-06-31\"", problemAt(problems, "K", "from").found());
        assertEquals("20240630", problemAt(problems, "K", "to").found());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-31", "2024-07-01", "2025-06-26"})
    void keyDateOutsideTheWindowIsRejected(String keyDate) {
        Problem problem = onlyProblemAt(withCampaign("\"keyDate\": \"" + keyDate + "\""), "K", "keyDate");
        assertEquals("a date from 2024-06-01 to 2024-06-30", problem.expected());
        assertEquals(keyDate, problem.found());
    }

    @Test
    void keyDateThatDoesNotParseIsRejected() {
        assertEquals("\"26/6\"", onlyProblemAt(withCampaign("\"keyDate\": \"26/6\""), "K", "keyDate").found());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "SOME_COMMUNES" | "SOME_COMMUNES"
            "all_communes"  | "all_communes"
            []              | an empty array
            3               | 3
            {}              | an object
            null            | null
            """)
    void expectedThatIsNeitherAllCommunesNorUnitIdsIsRejected(String expected, String found) {
        Problem problem = onlyProblemAt(withCampaigns(CAMPAIGN.replace("\"ALL_COMMUNES\"", expected)), "K",
                "expected");
        assertEquals("\"ALL_COMMUNES\" or a non-empty array of unit ids", problem.expected());
        assertEquals(found, problem.found());
    }

    @Test
    void expectedUnitThatDoesNotExistIsRejectedAtItsPosition() {
        Problem problem = onlyProblemAt(withCampaigns(CAMPAIGN.replace("\"ALL_COMMUNES\"", "[\"C\", \"X\"]")),
                "K", "expected[1]");
        assertEquals("\"X\", which no unit has", problem.found());
    }

    @Test
    void expectedUnitListedTwiceIsRejectedAtItsSecondPosition() {
        Problem problem = onlyProblemAt(withCampaigns(CAMPAIGN.replace("\"ALL_COMMUNES\"", "[\"C\", \"D\", \"C\"]")),
                "K", "expected[2]");
        assertEquals("\"C\", already at expected[0]", problem.found());
    }

    @Test
    void expectedElementThatIsNotTextIsRejectedAtItsPosition() {
        assertEquals("7", onlyProblemAt(withCampaigns(CAMPAIGN.replace("\"ALL_COMMUNES\"", "[\"C\", 7]")),
                "K", "expected[1]").found());
    }

    @Test
    void participationOfAUnitThatDoesNotExistIsRejected() {
        Problem problem = onlyProblemAt(withCampaign("\"participation\": [ { \"unit\": \"C\" }, { \"unit\": \"X\" } ]"),
                "K", "participation[1].unit");
        assertEquals(TreeChecks.UNIT_ID_EXPECTED, problem.expected());
        assertEquals("\"X\", which no unit has", problem.found());
    }

    @Test
    void secondParticipationOfTheSameUnitIsRejected() {
        Problem problem = onlyProblemAt(withCampaign("\"participation\": [ { \"unit\": \"C\", \"held\": true },"
                + " { \"unit\": \"D\" }, { \"unit\": \"C\", \"held\": false } ]"), "K", "participation[2].unit");
        assertEquals("\"C\", already at participation[0]", problem.found());
    }

    @Test
    void participationWithoutUnitIsRejected() {
        assertEquals("nothing", onlyProblemAt(withCampaign("\"participation\": [ { \"held\": true } ]"), "K",
                "participation[0].unit").found());
    }

    @Test
    void participationFieldsOfTheWrongTypeAreRejectedFieldByField() {
        List<Problem> problems = problems(withCampaign("\"participation\": [ { \"unit\": \"C\", \"held\": \"yes\","
                + " \"date\": \"2024-06-31\", \"sessions\": -1, \"participants\": 2.5 }, \"C\" ]"));
        assertEquals(Set.of("K / participation[0].held", "K / participation[0].date",
                "K / participation[0].sessions", "K / participation[0].participants", "K / participation[1]"),
                where(problems));
        assertEquals("-1", problemAt(problems, "K", "participation[0].sessions").found());
        assertEquals(CampaignChecks.COUNT_EXPECTED, problemAt(problems, "K", "participation[0].sessions").expected());
        assertEquals("2.5", problemAt(problems, "K", "participation[0].participants").found());
        assertEquals("\"C\"", problemAt(problems, "K", "participation[1]").found());
    }

    @Test
    void countsBeyondTheIntegerRangeAreRejected() {
        assertEquals("3000000000", onlyProblemAt(withCampaign(
                "\"participation\": [ { \"unit\": \"C\", \"participants\": 3000000000 } ]"), "K",
                "participation[0].participants").found());
    }

    @Test
    void participationThatIsNotAnArrayIsRejected() {
        assertEquals("an object", onlyProblemAt(withCampaign("\"participation\": {}"), "K", "participation").found());
    }

    @Test
    void campaignsThatAreNotAnArrayOrNotObjectsAreRejected() {
        assertEquals("an object", onlyProblemAt(dataset(PROVINCE).replace("\"year\"", "\"campaigns\": {}, \"year\""),
                "dataset", "campaigns").found());
        assertEquals("\"K\"", onlyProblemAt(withCampaigns(CAMPAIGN, "\"K\""), "campaigns[1]", "campaign").found());
    }

    @Test
    void campaignProblemsAreReportedTogetherWithUnitProblems() {
        List<Problem> problems = problems(withCampaigns(CAMPAIGN.replace("\"ALL_COMMUNES\"", "[\"X\"]"))
                .replace("\"parent\": \"D\"", "\"parent\": \"Y\""));
        assertEquals(Set.of("C / parent", "K / expected[0]"), where(problems));
    }
}
