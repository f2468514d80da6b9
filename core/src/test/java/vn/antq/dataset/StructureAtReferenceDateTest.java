package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.antq.dataset.DatasetJson.COMMUNE;
import static vn.antq.dataset.DatasetJson.DISTRICT;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.dataset;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;
import static vn.antq.dataset.DatasetJson.problemAt;
import static vn.antq.dataset.DatasetJson.problems;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.unit.Unit;

/**
 * The administrative structure is read at the reference date (domain.md §2): a dataset whose structure is
 * inconsistent on that day (a unit under a parent that no longer exists, a successor chain that loops, two
 * valid units with the same id) is rejected, while merged units and their successors live side by side.
 */
class StructureAtReferenceDateTest {
    /** Thanh Hóa–like: a district and two communes merged on 01/7/2025 into a commune under the province. */
    private static final String MERGER = dataset(PROVINCE, """
            { "id": "D", "kind": "DISTRICT", "type": "HUYEN", "name": "Huyện cũ", "parent": "P",
              "validTo": "2025-06-30" }""", """
            { "id": "C1", "kind": "COMMUNE", "type": "XA", "name": "Xã cũ 1", "parent": "D",
              "validTo": "2025-06-30", "successor": "C" }""", """
            { "id": "C2", "kind": "COMMUNE", "type": "XA", "name": "Xã cũ 2", "parent": "D",
              "validTo": "2025-06-30", "successor": "C" }""", """
            { "id": "C1.T1", "kind": "RESIDENTIAL_AREA", "type": "THON", "name": "Thôn 1", "parent": "C1",
              "validTo": "2025-06-30", "successor": "C.T1" }""", """
            { "id": "C1.S", "kind": "SCHOOL", "name": "Trường THCS", "parent": "C1", "managedBy": "C1",
              "validTo": "2025-06-30", "successor": "C.S" }""", """
            { "id": "C", "kind": "COMMUNE", "type": "XA", "name": "Xã mới", "parent": "P",
              "validFrom": "2025-07-01" }""", """
            { "id": "C.T1", "kind": "RESIDENTIAL_AREA", "type": "THON", "name": "Thôn 1", "parent": "C",
              "validFrom": "2025-07-01" }""", """
            { "id": "C.S", "kind": "SCHOOL", "name": "Trường THCS", "parent": "C", "managedBy": "C",
              "validFrom": "2025-07-01" }""");

    private static String at(String json, String referenceDate) {
        return json.replace("\"year\": 2024", "\"year\": " + referenceDate.substring(0, 4)
                + ", \"referenceDate\": \"" + referenceDate + "\"");
    }

    private static List<String> validOn(Dataset dataset) {
        return dataset.units().stream().filter(u -> u.isValidOn(dataset.referenceDate())).map(Unit::id).toList();
    }

    @Test
    void mergedCommuneIsValidBeforeTheMergerWhenItsChildrenAreConsistent() {
        Dataset dataset = assertDoesNotThrow(() -> DatasetReader.read(at(MERGER, "2024-11-15")));
        assertEquals(List.of("P", "D", "C1", "C2", "C1.T1", "C1.S"), validOn(dataset));
    }

    @Test
    void mergedCommuneIsValidAfterTheMergerWhenItsChildrenAreConsistent() {
        Dataset dataset = assertDoesNotThrow(() -> DatasetReader.read(at(MERGER, "2025-11-15")));
        assertEquals(LocalDate.of(2025, 11, 15), dataset.referenceDate());
        assertEquals(List.of("P", "C", "C.T1", "C.S"), validOn(dataset));
    }

    @Test
    void unitUnderAParentThatEndedBeforeTheReferenceDateIsRejected() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "D", "kind": "DISTRICT", "name": "Huyện cũ", "parent": "P", "validTo": "2024-06-30" }""",
                COMMUNE), "C", "parent");
        assertEquals("a parent valid on 2024-11-15", problem.expected());
        assertEquals("\"D\", valid …–2024-06-30", problem.found());
    }

    @Test
    void unitUnderAParentThatStartsAfterTheReferenceDateIsRejected() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "D", "kind": "DISTRICT", "name": "Huyện mới", "parent": "P", "validFrom": "2025-01-01",
                  "validTo": "2025-06-30" }""", COMMUNE), "C", "parent");
        assertEquals("\"D\", valid 2025-01-01–2025-06-30", problem.found());
    }

    @Test
    void communeOfTheMergerUnderTheOldDistrictIsRejectedAfterTheMerger() {
        String json = at(MERGER.replace("\"name\": \"Xã mới\", \"parent\": \"P\"",
                "\"name\": \"Xã mới\", \"parent\": \"D\""), "2025-11-15");
        assertEquals("\"D\", valid …–2025-06-30", onlyProblemAt(json, "C", "parent").found());
    }

    @Test
    void unitManagedByAUnitNotValidAtTheReferenceDateIsRejected() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, DISTRICT, COMMUNE, """
                { "id": "C0", "kind": "COMMUNE", "name": "Xã cũ", "parent": "D", "validTo": "2024-01-31",
                  "successor": "C" }""", """
                { "id": "S", "kind": "SCHOOL", "name": "Trường", "parent": "C", "managedBy": "C0" }"""),
                "S", "managedBy");
        assertEquals("a managing unit valid on 2024-11-15", problem.expected());
        assertEquals("\"C0\", valid …–2024-01-31", problem.found());
    }

    @Test
    void unitNotValidAtTheReferenceDateMayHangUnderAParentThatIsNotValidEither() {
        assertDoesNotThrow(() -> DatasetReader.read(dataset(PROVINCE, """
                { "id": "D", "kind": "DISTRICT", "name": "Huyện", "parent": "P", "validFrom": "2026-01-01" }""", """
                { "id": "C", "kind": "COMMUNE", "name": "Xã", "parent": "D", "validFrom": "2026-01-01" }""")));
    }

    @Test
    void referenceDateThatDoesNotParseLeavesTheseChecksOut() {
        List<Problem> problems = problems(dataset(PROVINCE, """
                { "id": "D", "kind": "DISTRICT", "name": "Huyện cũ", "parent": "P", "validTo": "2024-06-30" }""",
                COMMUNE).replace("\"year\": 2024", "\"year\": 2024, \"referenceDate\": \"2024-13-01\""));
        assertEquals(1, problems.size(), problems.toString());
        problemAt(problems, "dataset", "referenceDate");
    }

    @Test
    void successorLoopOfTwoUnitsIsReportedOnceNamingItsMembers() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "A", "kind": "COMMUNE", "name": "Xã A", "parent": "P", "validTo": "2025-06-30",
                  "successor": "B" }""", """
                { "id": "B", "kind": "COMMUNE", "name": "Xã B", "parent": "P", "validTo": "2025-06-30",
                  "successor": "A" }"""), "A", "successor");
        assertEquals("a loop A → B → A", problem.found());
    }

    @Test
    void longerSuccessorLoopIsReportedOnceAtItsFirstMemberInTheDataset() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "X", "kind": "COMMUNE", "name": "Xã X", "parent": "P", "validTo": "2023-12-31",
                  "successor": "B" }""", """
                { "id": "B", "kind": "COMMUNE", "name": "Xã B", "parent": "P", "validTo": "2024-06-30",
                  "successor": "C" }""", """
                { "id": "A", "kind": "COMMUNE", "name": "Xã A", "parent": "P", "validTo": "2025-06-30",
                  "successor": "B" }""", """
                { "id": "C", "kind": "COMMUNE", "name": "Xã C", "parent": "P", "validTo": "2025-06-30",
                  "successor": "A" }"""), "B", "successor");
        assertEquals("a loop B → C → A → B", problem.found());
    }

    @Test
    void successorChainWithoutLoopIsValid() {
        assertDoesNotThrow(() -> DatasetReader.read(dataset(PROVINCE, """
                { "id": "A", "kind": "COMMUNE", "name": "Xã A", "parent": "P", "validTo": "2024-06-30",
                  "successor": "B" }""", """
                { "id": "B", "kind": "COMMUNE", "name": "Xã B", "parent": "P", "validFrom": "2024-07-01",
                  "validTo": "2025-06-30", "successor": "C" }""", """
                { "id": "C", "kind": "COMMUNE", "name": "Xã C", "parent": "P", "validFrom": "2025-07-01" }""")));
    }

    @Test
    void unitThatIsItsOwnSuccessorIsReportedOnceAsItself() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "A", "kind": "COMMUNE", "name": "Xã A", "parent": "P", "validTo": "2025-06-30",
                  "successor": "A" }"""), "A", "successor");
        assertEquals("\"A\", itself", problem.found());
    }

    @Test
    void successorWithoutValidToIsRejected() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, """
                { "id": "A", "kind": "COMMUNE", "name": "Xã A", "parent": "P", "successor": "B" }""", """
                { "id": "B", "kind": "COMMUNE", "name": "Xã B", "parent": "P" }"""), "A", "validTo");
        assertEquals("validTo when a successor is named", problem.expected());
        assertEquals("nothing (successor \"B\")", problem.found());
    }

    @Test
    void twoValidUnitsWithTheSameIdAreRejected() {
        Problem problem = onlyProblemAt(dataset(PROVINCE, DISTRICT, COMMUNE, """
                { "id": "C", "kind": "COMMUNE", "type": "PHUONG", "name": "Phường Thử", "parent": "D",
                  "validFrom": "2024-01-01" }"""), "C", "id");
        assertEquals("\"C\" at units[3], already used at units[2]", problem.found());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-15", "2025-11-15"})
    void twoUnitsWithTheSameIdAreRejectedEvenWhenOnlyOneIsValidAtTheReferenceDate(String referenceDate) {
        onlyProblemAt(at(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "name": "Xã cũ", "parent": "P", "validTo": "2025-06-30" }""", """
                { "id": "C", "kind": "COMMUNE", "name": "Xã mới", "parent": "P", "validFrom": "2025-07-01" }"""),
                referenceDate), "C", "id");
    }
}
