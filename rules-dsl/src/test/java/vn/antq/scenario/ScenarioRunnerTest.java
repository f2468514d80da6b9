package vn.antq.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files (antq-scenario/1) read, run and compared by {@link ScenarioRunner}, with the national pack. */
class ScenarioRunnerTest {
    private static final String HEADER = """
            format: antq-scenario/1
            year: 2024
            units:
              - { id: "38", kind: PROVINCE, name: Tỉnh Thanh Hóa }
              - { id: "380", kind: DISTRICT, type: THANH_PHO, name: Thành phố Thanh Hóa, parent: "38" }
              - { id: "14755", kind: COMMUNE, type: PHUONG, name: Phường Điện Biên, parent: "380" }
            cases:
            """;
    private static final ScenarioRunner RUNNER = new ScenarioRunner();

    @TempDir
    Path dir;

    @Test
    void aCaseWhoseExpectationsHoldPassesAndReportsTheRulesThatFired() throws IOException {
        // Given
        Path file = write("""
                  - name: Khu dân cư đạt chuẩn
                    units:
                      - { id: K1, kind: RESIDENTIAL_AREA, type: THON, name: Thôn 1, parent: 14755 }
                    expect:
                      units:
                        K1: { status: ACHIEVED, criteria: { ANTT-KDC-1: MET }, movement: EXCELLENT }
                """);
        // When
        ScenarioRun run = RUNNER.run(List.of(file));
        // Then
        assertEquals(List.of(), run.problems());
        assertEquals(1, run.passed());
        assertTrue(run.covered().containsAll(List.of("ANTT-KDC-1", "ANTT-KQ-DON-VI", "QD510-PL.XUAT-SAC")),
                run.covered()::toString);
        assertEquals("1 tình huống, 1 đạt, 0 không đạt / 1 cases, 1 passed, 0 failed", run.summary());
    }

    @Test
    void aFailingCaseNamesExpectedActualTheTraceAndTheDefaultsUsed() throws IOException {
        // Given a khu dân cư with one household of 420 not registered, expected to achieve the standard
        Path file = write("""
                  - name: Thiếu một hộ đăng ký
                    units:
                      - { id: K1, kind: RESIDENTIAL_AREA, type: THON, name: Thôn 1, parent: "14755",
                          indicators: { householdsResident: 420, householdsRegistered: 419 } }
                    expect:
                      units:
                        K1: { status: ACHIEVED, criteria: { ANTT-KDC-1: MET, ANTT-KDC-2: MET } }
                """);
        // When
        CaseResult result = RUNNER.run(RUNNER.load(file).get(0));
        // Then
        assertFalse(result.passed());
        assertEquals(2, result.mismatches().size(), result::describe);
        Mismatch status = result.mismatches().get(0);
        assertEquals("ACHIEVED", status.expected());
        assertEquals("NOT_ACHIEVED", status.actual());
        assertEquals(14, status.line());
        assertEquals("NOT_MET", result.mismatches().get(1).actual());
        String text = result.describe();
        assertTrue(text.contains("KHÔNG ĐẠT / FAILED"), text);
        assertTrue(text.contains("mong đợi / expected: MET"), text);
        assertTrue(text.contains("thực tế / actual:    NOT_MET"), text);
        assertTrue(text.contains("ANTT-KDC-1 NOT_MET — thực tế / actual: "), text);
        assertTrue(text.contains("419/420"), text);
        assertTrue(text.contains("Giá trị mặc định đã dùng / defaults used:"), text);
        assertTrue(text.contains("policiesImplemented=true"), text);
        assertFalse(text.contains("householdsResident=100"), "a value the case gives is not a default: " + text);
    }

    @Test
    void aNullIndicatorStaysAbsentAndGivesNoData() throws IOException {
        // Given
        Path file = write("""
                  - name: Không có số liệu nghị quyết
                    units:
                      - { id: K1, kind: RESIDENTIAL_AREA, type: THON, name: Thôn 1, parent: "14755",
                          indicators: { partyResolutionQ1: ~ } }
                    expect:
                      units:
                        K1: { status: INSUFFICIENT_DATA, criteria: { ANTT-KDC-1: UNKNOWN } }
                """);
        // When
        ScenarioCase scenario = RUNNER.load(file).get(0);
        // Then
        assertTrue(RUNNER.run(scenario).passed());
        assertTrue(scenario.dataset().unit("K1").orElseThrow().indicators().asMap().get("partyResolutionQ1") == null);
    }

    @Test
    void malformedYamlIsReportedWithLineAndColumn() throws IOException {
        // Given a flow mapping left open on line 9
        Path file = write("""
                  - name: Hỏng
                    units: [ { id: K1, kind: RESIDENTIAL_AREA
                    expect: {}
                """);
        // When
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> RUNNER.load(file));
        // Then
        ScenarioProblem p = e.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertTrue(p.line() >= 9, p::toString);
        assertTrue(p.column() > 0, p::toString);
        assertTrue(p.message().startsWith("YAML không hợp lệ / malformed YAML"), p::toString);
    }

    @Test
    void everyUnknownKeyAndValueIsReportedAtItsLineAndColumnTogether() throws IOException {
        // Given an unknown case key (line 9), a unit key misspelt (line 12) and a status that does not exist (line 15)
        Path file = write("""
                  - name: Sai khóa
                    expected: 1
                    units:
                      - id: K1
                        knd: RESIDENTIAL_AREA
                    expect:
                      units:
                        K1: { status: DAT }
                """);
        // When
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> RUNNER.load(file));
        // Then
        List<String> problems = e.problems().stream().map(ScenarioProblem::toString).toList();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(file + ":9:5: "), problems::toString);
        assertTrue(problems.get(0).contains("unknown key \"expected\""), problems::toString);
        assertTrue(problems.get(1).startsWith(file + ":12:9: "), problems::toString);
        assertTrue(problems.get(1).contains("unknown key \"knd\""), problems::toString);
        assertTrue(problems.get(2).startsWith(file + ":15:15: "), problems::toString);
        assertTrue(problems.get(2).contains("unknown value \"DAT\""), problems::toString);
        assertTrue(problems.get(2).contains("ACHIEVED"), problems::toString);
    }

    @Test
    void aRepeatedKeyIsAnError() throws IOException {
        // Given "name" twice, the second on line 9
        Path file = write("""
                  - name: Một
                    name: Hai
                    expect: { units: { "38": { status: NOT_APPLICABLE } } }
                """);
        // When
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> RUNNER.load(file));
        // Then
        assertEquals(9, e.problems().get(0).line(), e::getMessage);
        assertTrue(e.getMessage().contains("the key \"name\" is repeated"), e::getMessage);
    }

    @Test
    void invalidCaseDataIsReportedAtTheUnitWithTheDatasetReadersWords() throws IOException {
        // Given a unit whose parent does not exist, on line 10
        Path file = write("""
                  - name: Cha không tồn tại
                    units:
                      - { id: K1, kind: RESIDENTIAL_AREA, type: THON, name: Thôn 1, parent: "99999" }
                    expect:
                      units:
                        K1: { status: ACHIEVED }
                """);
        // When
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> RUNNER.load(file));
        // Then
        ScenarioProblem p = e.problems().get(0);
        assertEquals(10, p.line(), p::toString);
        assertTrue(p.message().contains("K1: parent"), p::toString);
    }

    @Test
    void aFileWithoutTheFormatOrCasesIsRejected() throws IOException {
        // Given
        Path file = dir.resolve("trong.yaml");
        Files.writeString(file, "year: 2024\n");
        // When
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> RUNNER.load(file));
        // Then
        assertEquals(2, e.problems().size(), e::getMessage);
        assertTrue(e.getMessage().contains("expected format: antq-scenario/1, missing"), e::getMessage);
        assertTrue(e.getMessage().contains("expected \"cases\""), e::getMessage);
    }

    @Test
    void aRunReportsAMalformedFileAndStillRunsTheOthers() throws IOException {
        // Given
        write("""
                  - name: Tỉnh không được đánh giá
                    expect: { units: { "38": { status: NOT_APPLICABLE } } }
                """);
        Files.writeString(dir.resolve("hong.yaml"), "format: antq-scenario/1\ncases: 3\n");
        // When
        ScenarioRun run = RUNNER.run(List.of(dir));
        // Then
        assertEquals(1, run.results().size());
        assertEquals(1, run.problems().size());
        assertTrue(run.problems().get(0).file().endsWith("hong.yaml"), run.problems()::toString);
    }

    @Test
    void aPackDirectoryGivesTheScenariosOfItsScenariosFolder() throws IOException {
        // Given a pack directory with a parameter file beside pack.yaml
        Files.writeString(dir.resolve("pack.yaml"), "id: thu\n");
        Files.writeString(dir.resolve("tham-so.yaml"), "parameters: []\n");
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/a.yaml"), HEADER);
        // When
        List<Path> files = ScenarioRunner.files(List.of(dir));
        // Then
        assertEquals(List.of(dir.resolve("scenarios/a.yaml")), files);
    }

    @Test
    void aLayersScenarioDefaultsAddToTheNationalOnes() throws IOException {
        // Given a province layer whose defaults give its own indicator to every khu dân cư
        Path pack = Files.createDirectories(dir.resolve("tinh"));
        Files.writeString(pack.resolve("pack.yaml"), """
                id: th-camera
                extends: antq-national
                scenarioDefaults: mac-dinh.yaml
                """);
        Files.writeString(pack.resolve("mac-dinh.yaml"), """
                units:
                  RESIDENTIAL_AREA:
                    indicators: { alleysWithCamera: 8, alleysTotal: 10 }
                """);
        Path file = write("""
                  - name: Khu dân cư của tỉnh
                    packs: [tinh]
                    units:
                      - { id: K1, kind: RESIDENTIAL_AREA, type: THON, name: Thôn 1, parent: "14755",
                          indicators: { alleysTotal: 12 } }
                    expect: { units: { K1: { status: ACHIEVED } } }
                """);
        // When
        ScenarioCase scenario = RUNNER.load(file).get(0);
        // Then
        var indicators = scenario.dataset().unit("K1").orElseThrow().indicators().asMap();
        assertEquals(List.of(pack.toAbsolutePath().normalize()), scenario.packs());
        assertEquals(8L, indicators.get("alleysWithCamera").raw());
        assertEquals(12L, indicators.get("alleysTotal").raw());
        assertEquals(true, indicators.get("partyResolutionQ1").raw(), "the national defaults stay below the layer's");
        String used = String.join("\n", scenario.defaultsUsed());
        assertTrue(used.contains("alleysWithCamera=8"), used);
        assertFalse(used.contains("alleysTotal"), used);
    }

    @Test
    void aPackThatIsNotAPackDirectoryIsReportedAtItsLine() throws IOException {
        // Given "packs" naming a directory without pack.yaml (line 9) and one that does not exist (line 10)
        Files.createDirectories(dir.resolve("rong"));
        Path file = write("""
                  - name: Gói sai
                    packs:
                      - rong
                      - khong-co
                    expect: { units: { "38": { status: NOT_APPLICABLE } } }
                """);
        // When
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> RUNNER.load(file));
        // Then
        assertEquals(2, e.problems().size(), e::getMessage);
        assertEquals(10, e.problems().get(0).line(), e::getMessage);
        assertTrue(e.problems().get(0).message().contains("has no pack.yaml"), e::getMessage);
        assertEquals(11, e.problems().get(1).line(), e::getMessage);
        assertTrue(e.problems().get(1).message().contains("no such pack directory"), e::getMessage);
    }

    private Path write(String cases) throws IOException {
        Path file = dir.resolve("kich-ban.yaml");
        Files.writeString(file, HEADER + cases);
        return file;
    }
}
