package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.problemAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.campaign.Campaign;
import vn.antq.campaign.CampaignKind;
import vn.antq.campaign.Participation;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/** {@link Dataset#of} runs the same structural checks as the reader on units and campaigns built in memory. */
class DatasetOfTest {
    private static final Unit PROVINCE = Unit.builder("P", UnitKind.PROVINCE, "Tỉnh").build();
    private static final Unit COMMUNE =
            Unit.builder("C", UnitKind.COMMUNE, "Xã").type(UnitType.XA).parent("P").build();

    private static List<Problem> problems(Unit... units) {
        List<Unit> all = new ArrayList<>(List.of(PROVINCE, COMMUNE));
        all.addAll(List.of(units));
        return assertThrows(InvalidDatasetException.class, () -> Dataset.of("t", 2024, null, all)).problems();
    }

    private static Campaign campaign(String id, boolean allCommunes, List<String> expected,
                                     Participation... participation) {
        return new Campaign(id, CampaignKind.NGAY_HOI_ANTQ, "Ngày hội", LocalDate.of(2024, 7, 2),
                LocalDate.of(2024, 8, 19), LocalDate.of(2024, 8, 19), allCommunes, expected, List.of(participation));
    }

    private static List<Problem> campaignProblems(Campaign... campaigns) {
        return assertThrows(InvalidDatasetException.class,
                () -> Dataset.of("t", 2024, null, List.of(PROVINCE, COMMUNE), List.of(campaigns))).problems();
    }

    private static Unit area(Map<String, IndicatorValue> indicators) {
        return Unit.builder("A", UnitKind.RESIDENTIAL_AREA, "Thôn").parent("C").indicators(Indicators.of(indicators))
                .build();
    }

    @Test
    void validUnitsGiveADatasetWithTheDefaultReferenceDate() throws Exception {
        Dataset dataset = Dataset.of("t", 2024, null, List.of(PROVINCE, COMMUNE));
        assertEquals(LocalDate.of(2024, 11, 15), dataset.referenceDate());
        assertEquals(List.of(PROVINCE, COMMUNE), dataset.units());
        assertEquals(List.of(), dataset.warnings());
    }

    @Test
    void unknownIndicatorIsKeptWithAWarning() throws Exception {
        Unit area = area(Map.of("localScore", new IndicatorValue.Count(3)));
        Dataset dataset = Dataset.of("t", 2024, LocalDate.of(2024, 10, 31), List.of(PROVINCE, COMMUNE, area));
        assertEquals(LocalDate.of(2024, 10, 31), dataset.referenceDate());
        assertEquals(1, dataset.warnings().size());
        assertTrue(dataset.warnings().get(0).startsWith("A: indicators.localScore: "));
    }

    @Test
    void duplicateIdIsRejectedNamingTheUnitAndField() {
        problemAt(problems(COMMUNE), "C", "id");
    }

    @Test
    void malformedIdAndMissingParentAreRejected() {
        List<Problem> problems = problems(Unit.builder("bad id", UnitKind.COMMUNE, "Xã").build());
        assertEquals(2, problems.size(), problems.toString());
        problemAt(problems, "units[2]", "id");
        problemAt(problems, "units[2]", "parent");
    }

    @Test
    void typeOfAnotherKindIsRejected() {
        problemAt(problems(Unit.builder("C2", UnitKind.COMMUNE, "Xã").type(UnitType.HUYEN).parent("P").build()),
                "C2", "type");
    }

    @Test
    void indicatorValuesOfTheWrongTypeCodeOrRangeAreRejected() {
        List<Problem> problems = problems(area(Map.of(
                "crimeCount", new IndicatorValue.Flag(true),
                "partyResolutionQ1", new IndicatorValue.Count(1),
                "securityTeamRating", new IndicatorValue.Code("SUPER"),
                "movementScore", new IndicatorValue.Count(101))));
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("true", problemAt(problems, "A", "indicators.crimeCount").found());
        assertEquals("1", problemAt(problems, "A", "indicators.partyResolutionQ1").found());
        assertEquals("\"SUPER\"", problemAt(problems, "A", "indicators.securityTeamRating").found());
        assertEquals("101", problemAt(problems, "A", "indicators.movementScore").found());
    }

    @Test
    void registeredAboveResidentIsRejected() {
        problemAt(problems(area(Map.of(
                "householdsResident", new IndicatorValue.Count(10),
                "householdsRegistered", new IndicatorValue.Count(11)))), "A", "indicators.householdsRegistered");
    }

    @Test
    void yearOutsideTheAcceptedRangeIsRejected() {
        List<Problem> problems = assertThrows(InvalidDatasetException.class,
                () -> Dataset.of("t", 1989, null, List.of(PROVINCE))).problems();
        assertEquals("1989", problemAt(problems, "dataset", "year").found());
    }

    @Test
    void validCampaignsAreKeptInOrder() throws Exception {
        Campaign all = campaign("K1", true, List.of(), new Participation("C", true, LocalDate.of(2024, 8, 19), 2, 300));
        Campaign chosen = campaign("K2", false, List.of("C"));
        Dataset dataset = Dataset.of("t", 2024, null, List.of(PROVINCE, COMMUNE), List.of(all, chosen));
        assertEquals(List.of(all, chosen), dataset.campaigns());
        assertEquals(List.of(), Dataset.of("t", 2024, null, List.of(PROVINCE, COMMUNE)).campaigns());
    }

    @Test
    void campaignProblemsAreRejectedAsTheReaderRejectsThem() {
        Campaign bad = new Campaign("bad id", CampaignKind.OTHER, " ", LocalDate.of(2024, 6, 30),
                LocalDate.of(2024, 6, 1), null, false, List.of(),
                List.of(new Participation("X", true, null, -1, -2)));
        List<Problem> problems = campaignProblems(bad);
        assertEquals(7, problems.size(), problems.toString());
        problemAt(problems, "campaigns[0]", "id");
        problemAt(problems, "campaigns[0]", "name");
        problemAt(problems, "campaigns[0]", "to");
        assertEquals("an empty array", problemAt(problems, "campaigns[0]", "expected").found());
        problemAt(problems, "campaigns[0]", "participation[0].unit");
        problemAt(problems, "campaigns[0]", "participation[0].sessions");
        problemAt(problems, "campaigns[0]", "participation[0].participants");
    }

    @Test
    void duplicateCampaignIdsKeyDateOutsideTheWindowAndRepeatedUnitsAreRejected() {
        Campaign late = new Campaign("K", CampaignKind.DRUG_PREVENTION_MONTH, "Tháng ma túy",
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 26), false,
                List.of("C", "C", "X"), List.of(new Participation("C", true, null, null, null),
                        new Participation("C", false, null, null, null)));
        List<Problem> problems = campaignProblems(campaign("K", true, List.of()), late);
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problemAt(problems, "K", "id").found().contains("campaigns[1]"));
        assertEquals("2024-07-26", problemAt(problems, "K", "keyDate").found());
        assertEquals("\"C\", already at expected[0]", problemAt(problems, "K", "expected[1]").found());
        assertEquals("\"X\", which no unit has", problemAt(problems, "K", "expected[2]").found());
        assertEquals("\"C\", already at participation[0]", problemAt(problems, "K", "participation[1].unit").found());
    }

    @Test
    void allCommunesTogetherWithChosenUnitsIsRejected() {
        assertEquals("ALL_COMMUNES and 1 unit id(s)",
                problemAt(campaignProblems(campaign("K", true, List.of("C"))), "K", "expected").found());
    }

    @Test
    void unitUnderAParentNotValidAtTheReferenceDateIsRejected() {
        Unit oldDistrict = Unit.builder("D", UnitKind.DISTRICT, "Huyện").parent("P")
                .validity(null, LocalDate.of(2025, 6, 30)).build();
        Unit commune = Unit.builder("C2", UnitKind.COMMUNE, "Xã").parent("D").build();
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> Dataset.of("t", 2025,
                null, List.of(PROVINCE, oldDistrict, commune))).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("a parent valid on 2025-11-15", problemAt(problems, "C2", "parent").expected());
    }
}
