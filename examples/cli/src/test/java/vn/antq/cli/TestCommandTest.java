package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code antq test DIR…}: exit 0 all pass, 1 a failure, 3 a malformed file. */
class TestCommandTest {
    private static final String HEADER = """
            format: antq-scenario/1
            year: 2024
            units:
              - { id: "38", kind: PROVINCE, name: Tỉnh Thanh Hóa }
              - { id: "380", kind: DISTRICT, type: THANH_PHO, name: Thành phố Thanh Hóa, parent: "38" }
              - { id: "14755", kind: COMMUNE, type: PHUONG, name: Phường Điện Biên, parent: "380" }
            cases:
            """;

    @TempDir
    Path dir;

    @Test
    void casesThatAllPassExitZeroWithTheSummary() throws IOException {
        // Given
        write("dat.yaml", HEADER + """
                  - name: Khu dân cư đủ tiêu chí thì đạt chuẩn
                    units:
                      - { id: K1, kind: RESIDENTIAL_AREA, type: THON, name: Thôn 1, parent: "14755" }
                    expect:
                      units:
                        K1: { status: ACHIEVED }
                """);
        // When
        CommandResult result = CommandResult.run("test", dir.toString());
        // Then
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("1 tình huống, 1 đạt, 0 không đạt / 1 cases, 1 passed, 0 failed"),
                result::toString);
    }

    @Test
    void aFailingCaseExitsOneAndPrintsExpectedActualTraceAndDefaults() throws IOException {
        // Given 419 of 420 households registered, but the case expects the standard achieved
        write("khong-dat.yaml", HEADER + """
                  - name: Thiếu một hộ đăng ký
                    units:
                      - { id: K1, kind: RESIDENTIAL_AREA, type: THON, name: Thôn 1, parent: "14755",
                          indicators: { householdsResident: 420, householdsRegistered: 419 } }
                    expect:
                      units:
                        K1: { status: ACHIEVED }
                """);
        // When
        CommandResult result = CommandResult.run("test", dir.toString());
        // Then
        assertEquals(1, result.exitCode(), result::toString);
        String out = result.out();
        assertTrue(out.contains("KHÔNG ĐẠT / FAILED"), result::toString);
        assertTrue(out.contains("\"Thiếu một hộ đăng ký\""), result::toString);
        assertTrue(out.contains("mong đợi / expected: ACHIEVED"), result::toString);
        assertTrue(out.contains("thực tế / actual:    NOT_ACHIEVED"), result::toString);
        assertTrue(out.contains("ANTT-KDC-1 NOT_MET"), result::toString);
        assertTrue(out.contains("419/420"), result::toString);
        assertTrue(out.contains("Giá trị mặc định đã dùng / defaults used:"), result::toString);
        assertTrue(out.contains("K1: crimeCount=0"), result::toString);
        assertTrue(out.contains("1 tình huống, 0 đạt, 1 không đạt"), result::toString);
    }

    @Test
    void aMalformedFileExitsThreeWithFileLineAndColumn() throws IOException {
        // Given an unknown key "expected" on line 10, column 5
        write("hong.yaml", HEADER + """
                  - name: Khóa sai
                    expected:
                      units:
                        K1: { status: ACHIEVED }
                """);
        // When
        CommandResult result = CommandResult.run("test", dir.toString());
        // Then
        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.err().contains("hong.yaml:9:5"), result::toString);
        assertTrue(result.err().contains("unknown key \"expected\""), result::toString);
    }

    @Test
    void theNationalScenariosPass() {
        // When
        CommandResult result = CommandResult.run("test", Path.of("..", "..", "rules-dsl", "scenarios").toString());
        // Then
        assertEquals(0, result.exitCode(), result::toString);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
