package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.YearResult;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;

/** The {@code history} of a valid dataset read into the expected {@link YearResult} values, nothing guessed. */
class HistoryReaderTest {
    private static Dataset dataset;

    @BeforeAll
    static void readDatasetWithHistory() throws Exception {
        try (InputStream in = HistoryReaderTest.class.getResourceAsStream("/datasets/with-history.json")) {
            dataset = DatasetReader.read(in);
        }
    }

    @Test
    void readsEveryEntryInDatasetOrderWithoutWarnings() {
        assertEquals(List.of(
                new YearResult("14755", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT),
                new YearResult("14755", 2022, StandardStatus.NOT_ACHIEVED, null),
                new YearResult("380", 2023, StandardStatus.INSUFFICIENT_DATA, null),
                new YearResult("380", 1990, StandardStatus.NOT_APPLICABLE, MovementLevel.GOOD)),
                dataset.history());
        assertEquals(List.of(), dataset.warnings());
    }

    @Test
    void datasetWithoutHistoryHasNone() throws Exception {
        assertEquals(List.of(), DatasetReader.read(DatasetJson.withCampaigns(DatasetJson.CAMPAIGN)).history());
    }

    @Test
    void historyGivenAsNullOrEmptyMeansNone() throws Exception {
        assertEquals(List.of(), DatasetReader.read(InvalidHistoryTest.withHistory("null")).history());
        assertEquals(List.of(), DatasetReader.read(InvalidHistoryTest.withHistory("[]")).history());
    }

    @Test
    void inMemoryHistoryIsValidatedAsTheReaderDoes() throws Exception {
        List<Unit> units = dataset.units();
        List<YearResult> history = dataset.history();
        Dataset copy = new DatasetValidator(2024, LocalDate.of(2024, 11, 15))
                .validate("copy", units, List.of(), List.of(), history);
        assertEquals(history, copy.history());
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
                () -> new DatasetValidator(2023, LocalDate.of(2023, 11, 15))
                        .validate("copy", units, List.of(), List.of(), history));
        assertEquals(List.of(new Problem("14755", "history[0].year",
                        "a whole number from 1990 to 2022 (before the dataset's year 2023)", "2023"),
                new Problem("380", "history[2].year",
                        "a whole number from 1990 to 2022 (before the dataset's year 2023)", "2023")),
                e.problems());
    }
}
