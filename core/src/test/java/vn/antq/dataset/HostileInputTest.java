package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.COMMUNE;
import static vn.antq.dataset.DatasetJson.DISTRICT;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.dataset;
import static vn.antq.dataset.DatasetJson.onlyProblemAt;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;

/**
 * Files a person or a careless program could hand the reader: control characters in names, a file saved as UTF-16,
 * JSON the parser rejects (said in the editor's words, never the parser's switches), no units, a reference date in
 * another year, a managing unit that cannot manage.
 */
class HostileInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\n", "\\t", "\\r", "\\u001b[31m", "\\u202e", "\\u2066", "\\u0085", "\\u2028"})
    void aNameWithAControlOrDirectionCharacterIsRejectedNamingUnitAndField(String character) {
        // Given a commune whose name carries the character (as a JSON escape)
        String json = dataset(PROVINCE, DISTRICT, COMMUNE.replace("Xã Thử", "Xã " + character + "Thử"));
        // When / Then
        Problem problem = onlyProblemAt(json, "C", "name");
        assertTrue(problem.found().startsWith("<U+"), problem.found());
        assertTrue(problem.found().contains("at character 4"), problem.found());
        assertTrue(ForbiddenCharacters.firstIn(problem.message()) < 0, "the message itself is safe to print");
    }

    @Test
    void aNameWithALineBreakIsRejectedInMemoryToo() {
        Unit province = Unit.builder("P", UnitKind.PROVINCE, "Tỉnh\n2. TỔNG HỢP GIẢ").build();
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
                () -> Dataset.of("t", 2024, null, List.of(province)));
        assertEquals(JsonValues.PLAIN_TEXT_EXPECTED, e.problems().get(0).expected());
        assertEquals("name", e.problems().get(0).field());
    }

    @Test
    void vietnameseTextAndOrdinarySpacesAreNotControlCharacters() {
        assertEquals(-1, ForbiddenCharacters.firstIn("Tổ dân phố Đông Sơn – khu 1 (mới)\u00a0"));
        assertEquals("Xã <U+000A xuống dòng / line feed>1", ForbiddenCharacters.visible("Xã \n1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aFileSavedAsUtf16IsNamedAsSuch(String charset) {
        byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] text = dataset(PROVINCE).getBytes(Charset.forName(charset));
        for (byte[] bytes : List.of(text, concat(bom, text))) {
            List<Problem> problems = readProblems(bytes);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).found().contains("UTF-16") && problems.get(0).found().contains("UTF-8"),
                    problems.get(0).found());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": \"antq-dataset/1\", \"year\": NaN, \"units\": []}|'NaN' is not a number JSON accepts",
        "{\"format\": \"antq-dataset/1\", \"year\": 2024, \"year\": 2025, \"units\": []}|field \"year\" appears twice",
        "{\"format\": \"antq-dataset/1\", \"year\": 2024|the file ends before the JSON is complete",
        "{format: 1}|where a field name in double quotes was expected",
        "{\"format\": \"antq-dataset/1\", \"year\": tru}|'tru' is not a JSON value",
        "{\"a\": 01}|leading zero",
        "// note\n{}|comments are not allowed",
        "{\"a\": 'x'}|where a value was expected",
        "[1 2]|where a comma was expected"})
    void malformedJsonIsExplainedInPlainWordsWithLineAndColumn(String caseAndWords) {
        String[] parts = caseAndWords.split("\\|");
        Problem problem = onlyProblemAt(parts[0], "dataset", "json");
        assertTrue(problem.found().startsWith("line "), problem.found());
        assertTrue(problem.found().contains(parts[1]), problem.found());
        assertFalse(problem.found().contains("`") || problem.found().contains("ALLOW_")
                || problem.found().contains("Feature"), problem.found());
    }

    @Test
    void aDocumentNestedTooDeeplyIsExplainedWithoutTheParsersSwitches() {
        Problem problem = onlyProblemAt("[".repeat(1100) + "]".repeat(1100), "dataset", "json");
        assertTrue(problem.found().contains("nested more than 1000 levels"), problem.found());
        assertFalse(problem.found().contains("StreamReadConstraints"), problem.found());
    }

    @Test
    void aFileNameGivenAsTheJsonTextIsNamedAsSuch() {
        Problem problem = onlyProblemAt("locality.json", "dataset", "json");
        assertTrue(problem.found().contains("looks like a file name") && problem.found().contains("read(Path.of"),
                problem.found());
    }

    @Test
    void aDatasetWithoutUnitsIsRejected() {
        assertEquals("an empty list: nothing to evaluate", onlyProblemAt("""
                { "format": "antq-dataset/1", "year": 2024, "units": [] }""", "dataset", "units").found());
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class,
                () -> Dataset.of("empty", 2024, LocalDate.of(2024, 11, 15), List.of(), List.of()));
        assertEquals("at least one unit", e.problems().get(0).expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-12-31", "2026-01-01", "1900-01-01"})
    void aReferenceDateOutsideTheAssessmentYearAndTheNextIsRejected(String date) {
        String json = dataset(PROVINCE).replace("\"year\": 2024", "\"year\": 2024, \"referenceDate\": \"" + date + "\"");
        Problem problem = onlyProblemAt(json, "dataset", "referenceDate");
        assertEquals("a date in the assessment year 2024 or in 2025", problem.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2024-11-15", "2025-12-31"})
    void aReferenceDateInTheYearOrTheNextIsAccepted(String date) {
        String json = dataset(PROVINCE).replace("\"year\": 2024", "\"year\": 2024, \"referenceDate\": \"" + date + "\"");
        assertDoesNotThrow(() -> DatasetReader.read(json));
    }

    @Test
    void aResidentialAreaCannotManageAnotherUnit() {
        String json = dataset(PROVINCE, DISTRICT, COMMUNE, """
                { "id": "A", "kind": "RESIDENTIAL_AREA", "type": "THON", "name": "Thôn Thử", "parent": "C" }""", """
                { "id": "S", "kind": "SCHOOL", "name": "Trường Thử", "parent": "C", "managedBy": "A" }""");
        Problem problem = onlyProblemAt(json, "S", "managedBy");
        assertEquals("\"A\", a RESIDENTIAL_AREA", problem.found());
        assertDoesNotThrow(() -> DatasetReader.read(json.replace("\"managedBy\": \"A\"", "\"managedBy\": \"D\"")),
                "a district may manage it");
    }

    private static List<Problem> readProblems(byte[] bytes) {
        return assertThrows(InvalidDatasetException.class,
                () -> DatasetReader.read(bytes)).problems();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
