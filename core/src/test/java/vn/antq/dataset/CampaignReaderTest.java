package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.CAMPAIGN;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.dataset;
import static vn.antq.dataset.DatasetJson.withCampaign;
import static vn.antq.dataset.DatasetJson.withCampaigns;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.campaign.Campaign;
import vn.antq.campaign.CampaignKind;
import vn.antq.campaign.Participation;

/** The {@code campaigns} of a valid dataset read into the expected {@link Campaign} values, nothing guessed. */
class CampaignReaderTest {
    private static Dataset dataset;

    @BeforeAll
    static void readDatasetWithCampaigns() throws Exception {
        try (InputStream in = CampaignReaderTest.class.getResourceAsStream("/datasets/with-campaigns.json")) {
            dataset = DatasetReader.read(in);
        }
    }

    private static Campaign campaign(int index) {
        return dataset.campaigns().get(index);
    }

    @Test
    void readsEveryCampaignInDatasetOrderWithoutWarnings() {
        assertEquals(List.of("TH-2024-MA-TUY", "TH-2024-NGAY-HOI"),
                dataset.campaigns().stream().map(Campaign::id).toList());
        assertEquals(List.of(), dataset.warnings());
    }

    @Test
    void readsKindNameWindowAndKeyDate() {
        Campaign drugs = campaign(0);
        assertEquals(CampaignKind.DRUG_PREVENTION_MONTH, drugs.kind());
        assertEquals("Tháng hành động phòng, chống ma túy năm 2024", drugs.name());
        assertEquals(LocalDate.of(2024, 6, 1), drugs.from());
        assertEquals(LocalDate.of(2024, 6, 30), drugs.to());
        assertEquals(LocalDate.of(2024, 6, 26), drugs.keyDate());
    }

    @Test
    void allCommunesExpectsEveryCommuneAndListsNoUnit() {
        assertTrue(campaign(0).allCommunes());
        assertEquals(List.of(), campaign(0).expectedUnits());
    }

    @Test
    void chosenUnitsAreKeptInTheirOrder() {
        assertFalse(campaign(1).allCommunes());
        assertEquals(List.of("14758", "14758.TDP1"), campaign(1).expectedUnits());
    }

    @Test
    void readsParticipationWithItsFlagsAndCountsAndNullsWhereAbsent() {
        assertEquals(List.of(
                        new Participation("14755", true, LocalDate.of(2024, 6, 26), 3, 450),
                        new Participation("14758", false, null, null, null),
                        new Participation("14758.TDP1", true, LocalDate.of(2024, 7, 2), 0, null),
                        new Participation("380", null, null, null, null)),
                campaign(0).participation());
    }

    @Test
    void absentKeyDateIsNullAndAbsentParticipationIsEmpty() {
        assertNull(campaign(1).keyDate());
        assertEquals(List.of(), campaign(1).participation());
    }

    @Test
    void participationOutsideTheWindowIsAcceptedAndDoesNotCount() {
        Campaign drugs = campaign(0);
        List<Boolean> counts = drugs.participation().stream().map(drugs::counts).toList();
        assertEquals(Arrays.asList(true, false, false, null), counts);
    }

    @Test
    void absentOrNullCampaignsGiveNoCampaigns() throws Exception {
        assertEquals(List.of(), DatasetReader.read(dataset(PROVINCE)).campaigns());
        String nullCampaigns = dataset(PROVINCE).replace("\"year\"", "\"campaigns\": null, \"year\"");
        assertEquals(List.of(), DatasetReader.read(nullCampaigns).campaigns());
        assertEquals(List.of(), DatasetReader.read(withCampaigns()).campaigns());
    }

    @Test
    void keyDateOnTheFirstOrLastDayOfTheWindowIsValid() throws Exception {
        assertEquals(LocalDate.of(2024, 6, 1),
                DatasetReader.read(withCampaign("\"keyDate\": \"2024-06-01\"")).campaigns().get(0).keyDate());
        assertEquals(LocalDate.of(2024, 6, 30),
                DatasetReader.read(withCampaign("\"keyDate\": \"2024-06-30\"")).campaigns().get(0).keyDate());
    }

    @Test
    void oneDayWindowAndNullOptionalFieldsAreValid() throws Exception {
        Campaign day = DatasetReader.read(withCampaigns(CAMPAIGN.replace("2024-06-30", "2024-06-01")
                .replace(" }", ", \"keyDate\": null, \"participation\": [ { \"unit\": \"C\", \"held\": null,"
                        + " \"date\": null, \"sessions\": null, \"participants\": null } ] }")))
                .campaigns().get(0);
        assertEquals(day.from(), day.to());
        assertNull(day.keyDate());
        assertEquals(List.of(new Participation("C", null, null, null, null)), day.participation());
    }

    @Test
    void unknownFieldsOfACampaignOrParticipationAreIgnoredWithAWarning() throws Exception {
        Dataset read = DatasetReader.read(withCampaign(
                "\"theme\": \"Sạch ma túy\", \"participation\": [ { \"unit\": \"C\", \"note\": \"x\" } ]"));
        assertEquals(2, read.warnings().size(), read.warnings().toString());
        assertTrue(read.warnings().stream().anyMatch(w -> w.startsWith("K: theme: ")), read.warnings().toString());
        assertTrue(read.warnings().stream().anyMatch(w -> w.startsWith("K: participation[0].note: ")),
                read.warnings().toString());
    }

    @Test
    void sameCampaignsGiveAnEqualDatasetThroughDatasetOf() throws Exception {
        assertEquals(dataset, Dataset.of(dataset.title(), dataset.year(), null, dataset.units(),
                dataset.campaigns()));
    }
}
