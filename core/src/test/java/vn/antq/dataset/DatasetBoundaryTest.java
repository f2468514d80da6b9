package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.areaIndicators;
import static vn.antq.dataset.DatasetJson.dataset;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of each range: the last valid value is accepted and the first invalid one rejected. */
class DatasetBoundaryTest {

    @Test
    void registeredEqualToResidentIsValid() {
        Dataset dataset = assertDoesNotThrow(() -> DatasetReader.read(
                areaIndicators("\"householdsResident\": 120, \"householdsRegistered\": 120")));
        assertEquals(120L, dataset.unit("A").orElseThrow().indicators().count("householdsRegistered"));
    }

    @Test
    void registeredOneAboveResidentIsRejected() {
        onlyProblemAt(areaIndicators("\"householdsResident\": 120, \"householdsRegistered\": 121"),
                "A", "indicators.householdsRegistered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "0.0", "100.00", "99.99"})
    void movementScoreFromZeroToHundredIsValid(String score) {
        assertDoesNotThrow(() -> DatasetReader.read(areaIndicators("\"movementScore\": " + score)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.01", "-0.01", "101", "-1"})
    void movementScoreOutsideZeroToHundredIsRejected(String score) {
        assertEquals(score, onlyProblemAt(areaIndicators("\"movementScore\": " + score), "A",
                "indicators.movementScore").found());
    }

    @Test
    void countOfZeroIsValid() {
        assertDoesNotThrow(() -> DatasetReader.read(areaIndicators("\"crimeCount\": 0")));
    }

    @Test
    void idOf64CharactersIsValid() {
        String id = "a".repeat(60) + "._:-";
        Dataset dataset = assertDoesNotThrow(() -> DatasetReader.read(dataset(
                "{ \"id\": \"" + id + "\", \"kind\": \"PROVINCE\", \"name\": \"Tỉnh\" }")));
        assertEquals(id, dataset.units().get(0).id());
    }

    @Test
    void idOf65CharactersIsRejected() {
        onlyProblemAt(dataset("{ \"id\": \"" + "a".repeat(65) + "\", \"kind\": \"PROVINCE\", \"name\": \"Tỉnh\" }"),
                "units[0]", "id");
    }

    @Test
    void emptyIdIsRejected() {
        onlyProblemAt(dataset("{ \"id\": \"\", \"kind\": \"PROVINCE\", \"name\": \"Tỉnh\" }"), "units[0]", "id");
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2100})
    void yearsFrom1990To2100AreValid(int year) {
        assertDoesNotThrow(() -> DatasetReader.read(dataset(PROVINCE).replace("2024", String.valueOf(year))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1989", "2101", "2024.5", "-2024"})
    void yearsOutside1990To2100OrNotWholeAreRejected(String year) {
        assertEquals(year, onlyProblemAt(dataset(PROVINCE).replace("2024", year), "dataset", "year").found());
    }

    @Test
    void validityOfOneDayIsValid() {
        assertDoesNotThrow(() -> DatasetReader.read(dataset(PROVINCE.replace("}",
                ", \"validFrom\": \"2025-07-01\", \"validTo\": \"2025-07-01\" }"))));
    }
}
