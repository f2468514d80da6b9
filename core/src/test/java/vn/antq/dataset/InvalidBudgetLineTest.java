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

/** Each problem of a budget line is reported naming the line (its id, or {@code budgetLines[i]}) and the field. */
class InvalidBudgetLineTest {
    /** A budget line {@code L} of the district {@code D}, with only its required fields. */
    static final String LINE = """
            { "id": "L", "unit": "D", "spender": "DISTRICT", "category": "MODEL_BUILDING", "amount": 1000 }""";

    /**
     * @param budgetLines the JSON value of {@code budgetLines}
     * @return a dataset of year 2024 holding province, district, commune and that value
     */
    static String withLines(String budgetLines) {
        return """
                { "format": "antq-dataset/1", "year": 2024, "units": [
                %s
                ], "budgetLines": %s }""".formatted(String.join(",\n", PROVINCE, DISTRICT, COMMUNE), budgetLines);
    }

    private static String lines(String... lines) {
        return withLines("[\n" + String.join(",\n", lines) + "\n]");
    }

    private static String line(String fields) {
        return lines(LINE.replace(" }", ", " + fields + " }"));
    }

    private static Set<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.location() + " / " + p.field()).collect(Collectors.toSet());
    }

    @Test
    void budgetLinesThatAreNotAnArrayAreRejectedAtDataset() {
        Problem problem = onlyProblemAt(withLines("{}"), Findings.DATASET, "budgetLines");
        assertEquals("an object", problem.found());
    }

    @Test
    void elementThatIsNotAnObjectIsRejectedAtItsIndex() {
        assertEquals("3", onlyProblemAt(lines(LINE, "3"), "budgetLines[1]", "budget line").found());
    }

    @Test
    void lineWithoutAnyFieldIsRejectedFieldByFieldAtItsIndex() {
        List<Problem> problems = problems(lines(LINE, "{}"));
        assertEquals(Set.of("budgetLines[1] / id", "budgetLines[1] / unit", "budgetLines[1] / spender",
                "budgetLines[1] / category", "budgetLines[1] / amount"), where(problems));
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.found().equals("nothing")), problems.toString());
    }

    @Test
    void malformedIdIsRejectedAtTheIndex() {
        Problem problem = onlyProblemAt(lines(LINE.replace("\"L\"", "\"L 1\"")), "budgetLines[0]", "id");
        assertEquals(UnitDraft.ID_EXPECTED, problem.expected());
        assertEquals("\"L 1\"", problem.found());
    }

    @Test
    void missingSpenderIsRejected() {
        Problem problem = onlyProblemAt(lines(LINE.replace("\"spender\": \"DISTRICT\", ", "")), "L", "spender");
        assertEquals("nothing", problem.found());
        assertEquals("one of CENTRAL, PROVINCE, DISTRICT, COMMUNE", problem.expected());
    }

    @Test
    void unknownSpenderIsRejected() {
        Problem problem = onlyProblemAt(lines(LINE.replace("\"DISTRICT\"", "\"WARD\"")), "L", "spender");
        assertEquals("\"WARD\"", problem.found());
    }

    @Test
    void unknownCategoryIsRejected() {
        Problem problem = onlyProblemAt(lines(LINE.replace("MODEL_BUILDING", "PARTY")), "L", "category");
        assertEquals("\"PARTY\"", problem.found());
        assertTrue(problem.expected().contains("VISIT_PEOPLE"), problem.expected());
    }

    @Test
    void negativeAmountIsRejected() {
        Problem problem = onlyProblemAt(lines(LINE.replace("1000", "-1000")), "L", "amount");
        assertEquals("-1000", problem.found());
        assertEquals(BudgetLineChecks.AMOUNT_EXPECTED, problem.expected());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"1000\"|\"1000\"", "true|true", "null|null", "[]|an array"})
    void amountThatIsNotANumberIsRejected(String amount, String found) {
        assertEquals(found, onlyProblemAt(lines(LINE.replace("1000", amount)), "L", "amount").found());
    }

    @Test
    void unknownUnitIsRejected() {
        Problem problem = onlyProblemAt(lines(LINE.replace("\"D\"", "\"X\"")), "L", "unit");
        assertEquals(TreeChecks.UNIT_ID_EXPECTED, problem.expected());
        assertEquals("\"X\", which no unit has", problem.found());
    }

    @Test
    void duplicateIdIsRejectedNamingBothPositions() {
        Problem problem = onlyProblemAt(lines(LINE, LINE), "L", "id");
        assertEquals("an id that no other budget line has", problem.expected());
        assertEquals("\"L\" at budgetLines[1], already used at budgetLines[0]", problem.found());
    }

    @Test
    void lineMayShareItsIdWithAUnit() throws Exception {
        assertEquals("D", DatasetReader.read(lines(LINE.replace("\"L\"", "\"D\""))).budgetLines().get(0).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"models", "communes", "people", "km", "localities"})
    void negativeCountIsRejected(String count) {
        Problem problem = onlyProblemAt(line("\"" + count + "\": -2"), "L", count);
        assertEquals("-2", problem.found());
        assertEquals(BudgetLineChecks.COUNT_EXPECTED, problem.expected());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"models|2.5", "km|0.1", "people|\"3\"", "communes|true"})
    void countThatIsNotAWholeNumberIsRejected(String count, String value) {
        Problem problem = onlyProblemAt(line("\"" + count + "\": " + value), "L", count);
        assertEquals(value, problem.found());
        assertEquals(BudgetLineChecks.COUNT_EXPECTED, problem.expected());
    }

    @Test
    void wholeCountWrittenWithAFractionPartIsAccepted() throws Exception {
        assertEquals(4L, DatasetReader.read(line("\"models\": 4.0")).budgetLines().get(0).models());
    }

    @Test
    void unknownFieldIsAWarning() throws Exception {
        Dataset dataset = DatasetReader.read(line("\"note\": \"x\""));
        assertEquals(1, dataset.warnings().size(), dataset.warnings().toString());
        assertTrue(dataset.warnings().get(0).startsWith("L: note: "), dataset.warnings().get(0));
    }

    @Test
    void everyProblemIsReportedTogether() {
        List<Problem> problems = problems(lines(
                LINE.replace("\"DISTRICT\"", "\"WARD\"").replace("MODEL_BUILDING", "PARTY"),
                LINE.replace("1000", "-5").replace(" }", ", \"models\": -1, \"km\": 1.5 }"),
                LINE.replace("\"L\"", "\"M\"").replace("\"D\"", "\"X\"").replace("1000", "\"many\""),
                "{ \"id\": 7 }"));
        assertEquals(Set.of("L / spender", "L / category", "L / amount", "L / models", "L / km", "L / id",
                "M / unit", "M / amount", "budgetLines[3] / id", "budgetLines[3] / unit", "budgetLines[3] / spender",
                "budgetLines[3] / category", "budgetLines[3] / amount"), where(problems));
        assertEquals(13, problems.size(), problems.toString());
        assertEquals("\"L\" at budgetLines[1], already used at budgetLines[0]",
                problemAt(problems, "L", "id").found());
    }

    @Test
    void budgetLineProblemsAreReportedWithUnitProblems() {
        String json = lines(LINE.replace("\"D\"", "\"X\"")).replace("\"parent\": \"D\"", "\"parent\": \"Q\"");
        List<Problem> problems = problems(json);
        problemAt(problems, "C", "parent");
        problemAt(problems, "L", "unit");
    }

    @ParameterizedTest(name = "visit: models {0}, communes {1}, localities {2} → problem: {3}")
    @CsvSource({"3, 3, 0, false", "2, 3, 0, true", "4, 3, 0, false", "1, 0, 2, true", "2, 0, 2, false"})
    void aVisitLineNamesAtLeastOneModelPerCommuneOrLocality(long models, long communes, long localities,
                                                           boolean problem) {
        String json = lines(LINE.replace("MODEL_BUILDING", "VISIT_MODELS").replace(" }", ", \"models\": " + models
                + ", \"communes\": " + communes + ", \"localities\": " + localities + " }"));
        List<Problem> found;
        try {
            DatasetReader.read(json);
            found = List.of();
        } catch (InvalidDatasetException e) {
            found = e.problems();
        }
        assertEquals(problem, found.stream().anyMatch(p -> p.location().equals("L") && p.field().equals("models")),
                found::toString);
    }
}
