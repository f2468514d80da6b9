package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.COMMUNE;
import static vn.antq.dataset.DatasetJson.DISTRICT;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.areaIndicators;
import static vn.antq.dataset.DatasetJson.dataset;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;
import static vn.antq.dataset.DatasetJson.problemAt;
import static vn.antq.dataset.DatasetJson.problems;
import static vn.antq.dataset.DatasetJson.withArea;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of invalid input of contract.md §1 is rejected, naming the unit and the field. */
class InvalidDatasetTest {

    @Test
    void unknownKindIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "V", "kind": "VILLAGE", "name": "Làng", "parent": "P" }"""), "V", "kind");
        assertEquals("\"VILLAGE\"", problem.found());
        assertTrue(problem.expected().contains("RESIDENTIAL_AREA"), problem.expected());
    }

    @Test
    void missingKindIsRejectedNamingTheUnitAndField() {
        assertEquals("nothing", onlyProblemAt(dataset(PROVINCE, """
                { "id": "X", "name": "Không rõ", "parent": "P" }"""), "X", "kind").found());
    }

    @Test
    void duplicateIdIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, DISTRICT, COMMUNE, COMMUNE), "C", "id");
        assertTrue(problem.found().contains("units[3]") && problem.found().contains("units[2]"), problem.found());
    }

    @Test
    void malformedIdIsRejectedNamingTheArrayIndexAndField() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "38 01", "kind": "DISTRICT", "name": "Huyện", "parent": "P" }"""), "units[1]", "id");
        assertEquals("\"38 01\"", problem.found());
        assertEquals(UnitDraft.ID_EXPECTED, problem.expected());
    }

    @Test
    void missingIdIsRejectedNamingTheArrayIndexAndField() {
        assertEquals("nothing", onlyProblemAt(dataset(PROVINCE, """
                { "kind": "DISTRICT", "name": "Huyện", "parent": "P" }"""), "units[1]", "id").found());
    }

    @Test
    void numericIdIsRejectedAsAWrongType() {
        assertEquals("38", onlyProblemAt(dataset("""
                { "id": 38, "kind": "PROVINCE", "name": "Tỉnh" }"""), "units[0]", "id").found());
    }

    @Test
    void missingParentOfACommuneIsRejectedNamingTheUnitAndField() {
        assertEquals("nothing", onlyProblemAt(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "name": "Xã" }"""), "C", "parent").found());
    }

    @Test
    void unknownParentIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "name": "Xã", "parent": "NOWHERE" }"""), "C", "parent");
        assertTrue(problem.found().contains("\"NOWHERE\""), problem.found());
    }

    @Test
    void parentCycleIsReportedOnceNamingItsMembers() {
        List<Problem> problems = problems(dataset(PROVINCE, """
                { "id": "D1", "kind": "DISTRICT", "name": "Huyện 1", "parent": "D2" }""", """
                { "id": "D2", "kind": "DISTRICT", "name": "Huyện 2", "parent": "D1" }"""));
        List<Problem> cycles = problems.stream().filter(p -> p.found().startsWith("a cycle")).toList();
        assertEquals(1, cycles.size(), problems.toString());
        assertEquals("D1", cycles.get(0).location());
        assertEquals("parent", cycles.get(0).field());
        assertEquals("a cycle D1 → D2 → D1", cycles.get(0).found());
    }

    @Test
    void unitThatIsItsOwnParentIsACycle() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "name": "Xã", "parent": "C" }"""), "C", "parent");
        assertEquals("a cycle C → C", problem.found());
    }

    @Test
    void communeUnderAResidentialAreaIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, DISTRICT, COMMUNE, """
                { "id": "A", "kind": "RESIDENTIAL_AREA", "name": "Thôn", "parent": "C" }""", """
                { "id": "C2", "kind": "COMMUNE", "name": "Xã 2", "parent": "A" }"""), "C2", "parent");
        assertEquals("\"A\", a RESIDENTIAL_AREA", problem.found());
        assertEquals("the id of a unit that can contain a COMMUNE (PROVINCE or DISTRICT)", problem.expected());
    }

    @Test
    void schoolUnderAnAgencyIsRejectedBecauseOnlyProvinceDistrictOrCommuneContainUnits() {
        onlyProblemAt(dataset(PROVINCE, """
                { "id": "AG", "kind": "AGENCY", "name": "Sở Giáo dục", "parent": "P" }""", """
                { "id": "S", "kind": "SCHOOL", "name": "Trường", "parent": "AG" }"""), "S", "parent");
    }

    @Test
    void provinceWithAParentIsRejected() {
        onlyProblemAt(dataset(PROVINCE, """
                { "id": "P2", "kind": "PROVINCE", "name": "Tỉnh 2", "parent": "P" }"""), "P2", "parent");
    }

    @Test
    void unknownManagingUnitAndSuccessorAreRejected() {
        List<Problem> problems = problems(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "name": "Xã", "parent": "P",
                  "managedBy": "X1", "validTo": "2025-06-30", "successor": "X2" }"""));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problemAt(problems, "C", "managedBy").found().contains("X1"));
        assertTrue(problemAt(problems, "C", "successor").found().contains("X2"));
    }

    @Test
    void booleanIndicatorGivenAsTextIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(areaIndicators("\"partyResolutionQ1\": \"yes\""), "A",
                "indicators.partyResolutionQ1");
        assertEquals("true or false", problem.expected());
        assertEquals("\"yes\"", problem.found());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            crimeCount         | "3"      | a whole number ≥ 0
            crimeCount         | 1.5      | a whole number ≥ 0
            crimeCount         | true     | a whole number ≥ 0
            movementScore      | "high"   | a number from 0 to 100
            securityTeamRating | 2        | one of EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
            securityTeamRating | "SUPER"  | one of EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
            """)
    void indicatorOfTheWrongTypeIsRejectedNamingTheUnitAndField(String name, String value, String expected) {
        Problem problem = onlyProblemAt(areaIndicators("\"" + name + "\": " + value), "A", "indicators." + name);
        assertEquals(expected, problem.expected());
        assertEquals(value, problem.found());
    }

    @Test
    void unitTypeNotAllowedForTheKindIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "type": "THON", "name": "Xã", "parent": "P" }"""), "C", "type");
        assertEquals("for a COMMUNE, one of XA, PHUONG, THI_TRAN, DAC_KHU", problem.expected());
        assertEquals("THON", problem.found());
    }

    @Test
    void unknownUnitTypeIsRejectedNamingTheUnitAndField() {
        assertEquals("\"LANG\"", onlyProblemAt(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "type": "LANG", "name": "Xã", "parent": "P" }"""), "C", "type")
                .found());
    }

    @Test
    void negativeCountIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(areaIndicators("\"crimeCount\": -1"), "A", "indicators.crimeCount");
        assertEquals("a whole number ≥ 0", problem.expected());
        assertEquals("-1", problem.found());
    }

    @Test
    void registeredAboveResidentIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(areaIndicators("\"householdsResident\": 40, \"householdsRegistered\": 41"),
                "A", "indicators.householdsRegistered");
        assertEquals("≤ householdsResident (40)", problem.expected());
        assertEquals("41", problem.found());
    }

    @ParameterizedTest
    @CsvSource({"staffBriefed, staffTotal", "subUnitsAdvanced, subUnitsTotal", "propagandaReached, propagandaTarget"})
    void partAboveItsWholeIsRejectedNamingTheUnitAndField(String part, String whole) {
        Problem problem = onlyProblemAt(areaIndicators("\"%s\": 10, \"%s\": 9".formatted(part, whole)),
                "A", "indicators." + part);
        assertEquals("≤ " + whole + " (9)", problem.expected());
    }

    @Test
    void eventDateThatDoesNotParseIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(withArea("""
                "events": [ { "type": "SERIOUS_CRIME", "date": "2024-02-30" } ]"""), "A", "events[0].date");
        assertEquals("a date YYYY-MM-DD", problem.expected());
        assertEquals("\"2024-02-30\"", problem.found());
    }

    @Test
    void referenceDateAndValidityDatesThatDoNotParseAreRejected() {
        List<Problem> problems = problems(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "name": "Xã", "parent": "P", "validFrom": "2025-7-1",
                  "validTo": 20250630 }""")
                .replace("\"year\": 2024", "\"year\": 2024, \"referenceDate\": \"15/11/2024\""));
        assertEquals(3, problems.size(), problems.toString());
        assertEquals("\"15/11/2024\"", problemAt(problems, "dataset", "referenceDate").found());
        assertEquals("\"2025-7-1\"", problemAt(problems, "C", "validFrom").found());
        assertEquals("20250630", problemAt(problems, "C", "validTo").found());
    }

    @Test
    void validityEndingBeforeItStartsIsRejected() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "name": "Xã", "parent": "P", "validFrom": "2025-07-01",
                  "validTo": "2025-06-30" }"""), "C", "validTo");
        assertEquals("2025-06-30", problem.found());
    }

    @Test
    void unknownEventTypeIsRejectedNamingTheUnitAndField() {
        Problem problem = onlyProblemAt(withArea("""
                "events": [ { "type": "SERIOUS_CRIME", "date": "2024-01-02" },
                            { "type": "EARTHQUAKE", "date": "2024-05-06" } ]"""), "A", "events[1].type");
        assertEquals("\"EARTHQUAKE\"", problem.found());
        assertTrue(problem.expected().contains("SERIOUS_CRIME"), problem.expected());
    }

    @Test
    void eventWithoutTypeOrDateAndWithNonBooleanFlagsIsRejectedFieldByField() {
        List<Problem> problems = problems(withArea("""
                "events": [ { "forceMajeure": "no", "handledPromptly": 1 }, "fire" ]"""));
        assertEquals(5, problems.size(), problems.toString());
        problemAt(problems, "A", "events[0].type");
        problemAt(problems, "A", "events[0].date");
        problemAt(problems, "A", "events[0].forceMajeure");
        problemAt(problems, "A", "events[0].handledPromptly");
        assertEquals("\"fire\"", problemAt(problems, "A", "events[1]").found());
    }

    @Test
    void eventsAndIndicatorsOfTheWrongShapeAreRejected() {
        List<Problem> problems = problems(withArea("\"events\": {}, \"indicators\": []"));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("an object", problemAt(problems, "A", "events").found());
        assertEquals("an array", problemAt(problems, "A", "indicators").found());
    }

    @Test
    void unknownIndicatorWhoseValueIsNotABooleanNumberOrTextIsRejected() {
        onlyProblemAt(areaIndicators("\"localTeams\": [1, 2]"), "A", "indicators.localTeams");
    }

    @Test
    void missingOrBlankNameIsRejected() {
        List<Problem> problems = problems(dataset(PROVINCE, """
                { "id": "D1", "kind": "DISTRICT", "parent": "P" }""", """
                { "id": "D2", "kind": "DISTRICT", "name": "  ", "parent": "P" }"""));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("nothing", problemAt(problems, "D1", "name").found());
        assertEquals("\"  \"", problemAt(problems, "D2", "name").found());
    }

    @Test
    void unknownTopLevelFormatIsRejectedNamingTheField() {
        Problem problem = onlyProblemAt(dataset(PROVINCE).replace("antq-dataset/1", "antq-dataset/2"),
                "dataset", "format");
        assertEquals("\"antq-dataset/1\"", problem.expected());
        assertEquals("\"antq-dataset/2\"", problem.found());
    }

    @Test
    void missingFormatIsRejected() {
        assertEquals("nothing", onlyProblemAt("""
                { "year": 2024, "units": [%s] }""".formatted(PROVINCE), "dataset", "format").found());
    }

    @Test
    void missingOrNonNumericYearIsRejected() {
        assertEquals("nothing", onlyProblemAt("""
                { "format": "antq-dataset/1", "units": [%s] }""".formatted(PROVINCE), "dataset", "year").found());
        assertEquals("\"2024\"", onlyProblemAt("""
                { "format": "antq-dataset/1", "year": "2024", "units": [%s] }""".formatted(PROVINCE), "dataset", "year").found());
    }

    @Test
    void missingUnitsOrUnitsThatAreNotObjectsAreRejected() {
        assertEquals("nothing", onlyProblemAt("""
                { "format": "antq-dataset/1", "year": 2024 }""", "dataset", "units").found());
        assertEquals("an object", onlyProblemAt("""
                { "format": "antq-dataset/1", "year": 2024, "units": {} }""", "dataset", "units").found());
        assertEquals("\"P\"", onlyProblemAt(dataset(PROVINCE, "\"P\""), "units[1]", "unit").found());
    }

    @Test
    void malformedJsonIsOneProblemWithLineAndColumn() {
        Problem problem = onlyProblemAt("""
                { "format": "antq-dataset/1",
                  "year": 2024,
                  "units": [ { "id": "P", } ]
                }""", "dataset", "json");
        assertTrue(problem.found().startsWith("line 3, column "), problem.found());
    }

    @Test
    void duplicateJsonKeyIsMalformedJson() {
        Problem problem = onlyProblemAt("""
                { "format": "antq-dataset/1", "year": 2024, "year": 2025, "units": [] }""", "dataset", "json");
        assertTrue(problem.found().contains("year"), problem.found());
    }

    @Test
    void documentThatIsNotAnObjectOrIsEmptyIsRejected() {
        onlyProblemAt("[]", "dataset", "json");
        onlyProblemAt("   ", "dataset", "json");
        onlyProblemAt("{} {}", "dataset", "json");
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedWithTheirOffset() {
        byte[] bytes = dataset(PROVINCE).replace("Tỉnh Thử", "T\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        InputStream in = new ByteArrayInputStream(bytes);
        List<Problem> problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(in)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).found().contains("byte offset"), problems.get(0).found());
    }

    @Test
    void severalProblemsInOneFileAreAllReported() throws Exception {
        List<Problem> problems;
        try (InputStream in = getClass().getResourceAsStream("/datasets/many-problems.json")) {
            problems = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(in)).problems();
        }
        Set<String> where = problems.stream().map(p -> p.location() + " / " + p.field()).collect(Collectors.toSet());
        assertEquals(Set.of(
                "dataset / format",
                "380-01 / events[0].date",
                "380-01 / parent",
                "380-01.T1 / kind",
                "380-01.T2 / indicators.householdsRegistered",
                "380-01.T2 / id",
                "380-01.T2 / parent"), where);
        assertEquals(7, problems.size(), problems.toString());
    }

    @Test
    void exceptionMessageListsEveryProblem() {
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(
                areaIndicators("\"crimeCount\": -1, \"householdsResident\": 1, \"householdsRegistered\": 2")));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("A: indicators.crimeCount"), e.getMessage());
        assertTrue(e.getMessage().contains("A: indicators.householdsRegistered"), e.getMessage());
    }
}
