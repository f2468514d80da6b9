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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each problem of a {@code history} entry is reported naming the entry's unit id (or {@code history[i]}) and
 * the field, e.g. {@code history[1].year}.
 */
class InvalidHistoryTest {
    /** The commune {@code C}'s result of 2023, with every field. */
    static final String ENTRY = """
            { "unit": "C", "year": 2023, "standard": "ACHIEVED", "movement": "EXCELLENT" }""";

    /**
     * @param history the JSON value of {@code history}
     * @return a dataset of year 2024 holding province, district, commune and that value
     */
    static String withHistory(String history) {
        return """
                { "format": "antq-dataset/1", "year": 2024, "units": [
                %s
                ], "history": %s }""".formatted(String.join(",\n", PROVINCE, DISTRICT, COMMUNE), history);
    }

    private static String entries(String... entries) {
        return withHistory("[\n" + String.join(",\n", entries) + "\n]");
    }

    private static Set<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.location() + " / " + p.field()).collect(Collectors.toSet());
    }

    @Test
    void historyThatIsNotAnArrayIsRejectedAtDataset() {
        Problem problem = onlyProblemAt(withHistory("{}"), Findings.DATASET, "history");
        assertEquals("an object", problem.found());
    }

    @Test
    void elementThatIsNotAnObjectIsRejectedAtItsIndex() {
        assertEquals("3", onlyProblemAt(entries(ENTRY, "3"), "history[1]", "history[1]").found());
    }

    @Test
    void entryWithoutAnyFieldIsRejectedFieldByFieldAtItsIndex() {
        List<Problem> problems = problems(entries(ENTRY, "{}"));
        assertEquals(Set.of("history[1] / history[1].unit", "history[1] / history[1].year",
                "history[1] / history[1].standard"), where(problems));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.found().equals("nothing")), problems.toString());
    }

    @Test
    void unknownUnitIsRejected() {
        Problem problem = onlyProblemAt(entries(ENTRY.replace("\"C\"", "\"X\"")), "X", "history[0].unit");
        assertEquals(TreeChecks.UNIT_ID_EXPECTED, problem.expected());
        assertEquals("\"X\", which no unit has", problem.found());
    }

    @Test
    void malformedUnitIsRejectedAtTheIndex() {
        Problem problem = onlyProblemAt(entries(ENTRY.replace("\"C\"", "\"C 1\"")), "history[0]", "history[0].unit");
        assertEquals("\"C 1\", which no unit has", problem.found());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2025", "1989"})
    void yearNotBeforeTheDatasetYearOrBefore1990IsRejected(String year) {
        Problem problem = onlyProblemAt(entries(ENTRY.replace("2023", year)), "C", "history[0].year");
        assertEquals(year, problem.found());
        assertEquals("a whole number from 1990 to 2023 (before the dataset's year 2024)", problem.expected());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"2023\"|\"2023\"", "2022.5|2022.5", "true|true", "null|null",
            "[]|an array"})
    void yearThatIsNotAWholeNumberIsRejected(String year, String found) {
        Problem problem = onlyProblemAt(entries(ENTRY.replace("2023", year)), "C", "history[0].year");
        assertEquals(found, problem.found());
        assertEquals(HistoryChecks.YEAR_EXPECTED, problem.expected());
    }

    @Test
    void unknownStandardIsRejected() {
        Problem problem = onlyProblemAt(entries(ENTRY.replace("\"ACHIEVED\"", "\"PASSED\"")), "C",
                "history[0].standard");
        assertEquals("\"PASSED\"", problem.found());
        assertEquals("one of ACHIEVED, NOT_ACHIEVED, NOT_APPLICABLE, INSUFFICIENT_DATA", problem.expected());
    }

    @Test
    void missingStandardIsRejected() {
        Problem problem = onlyProblemAt(entries(ENTRY.replace("\"standard\": \"ACHIEVED\", ", "")), "C",
                "history[0].standard");
        assertEquals("nothing", problem.found());
    }

    @Test
    void unknownMovementIsRejected() {
        Problem problem = onlyProblemAt(entries(ENTRY.replace("\"EXCELLENT\"", "\"SUPERB\"")), "C",
                "history[0].movement");
        assertEquals("\"SUPERB\"", problem.found());
        assertTrue(problem.expected().startsWith("one of EXCELLENT, GOOD, AVERAGE, WEAK"), problem.expected());
    }

    @Test
    void duplicateUnitAndYearIsRejectedNamingBothPositions() {
        Problem problem = onlyProblemAt(entries(ENTRY, ENTRY.replace("2023", "2022"),
                ENTRY.replace("EXCELLENT", "GOOD")), "C", "history[2].year");
        assertEquals("at most one entry per unit and year", problem.expected());
        assertEquals("2023 for unit \"C\" at history[2], already given at history[0]", problem.found());
    }

    @Test
    void sameYearForAnotherUnitIsAccepted() throws Exception {
        assertEquals(2, DatasetReader.read(entries(ENTRY, ENTRY.replace("\"C\"", "\"D\""))).history().size());
    }

    @Test
    void unknownFieldIsAWarning() throws Exception {
        Dataset dataset = DatasetReader.read(entries(ENTRY.replace(" }", ", \"note\": \"x\" }")));
        assertEquals(1, dataset.warnings().size(), dataset.warnings().toString());
        assertTrue(dataset.warnings().get(0).startsWith("C: history[0].note: "), dataset.warnings().get(0));
    }

    @Test
    void everyProblemIsReportedTogether() {
        List<Problem> problems = problems(entries(
                ENTRY.replace("\"C\"", "\"X\""),
                ENTRY.replace("2023", "2024"),
                ENTRY.replace("\"ACHIEVED\"", "\"PASSED\"").replace("2023", "2021"),
                ENTRY.replace("\"EXCELLENT\"", "\"SUPERB\"").replace("2023", "2020"),
                ENTRY,
                ENTRY.replace("2023", "\"last year\""),
                ENTRY));
        assertEquals(Set.of("X / history[0].unit", "C / history[1].year", "C / history[2].standard",
                "C / history[3].movement", "C / history[5].year", "C / history[6].year"), where(problems));
        assertEquals(6, problems.size(), problems.toString());
        assertEquals("\"last year\"", problemAt(problems, "C", "history[5].year").found());
        assertEquals("2023 for unit \"C\" at history[6], already given at history[4]",
                problemAt(problems, "C", "history[6].year").found());
    }

    @Test
    void historyProblemsAreReportedWithUnitProblems() {
        String json = entries(ENTRY.replace("\"C\"", "\"X\"")).replace("\"parent\": \"D\"", "\"parent\": \"Q\"");
        List<Problem> problems = problems(json);
        problemAt(problems, "C", "parent");
        problemAt(problems, "X", "history[0].unit");
    }
}
