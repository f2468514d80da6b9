package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRuleWithASyntaxErrorIsReportedWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), """
                id: thu-nghiem
                name: Bộ luật thử nghiệm
                version: 1.0.0
                parameters:
                  - tham-so.yaml
                """);
        Files.writeString(dir.resolve("tham-so.yaml"), """
                parameters:
                  - id: thu.nghiem.min
                    label: Ngưỡng thử nghiệm
                    values:
                      - from: 2022-02-10
                        value: 1
                        source: thử nghiệm
                        provisional: false
                """);
        Files.writeString(dir.resolve("loi.drl"), """
                package vn.antq.rules.thunghiem;

                rule "TN-1"
                when
                    String( length > )
                then
                end
                """);

        CommandResult result = CommandResult.run("validate", dir.toString());

        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Lỗi: bộ luật không hợp lệ"), result::toString);
        assertTrue(result.err().contains("Error: invalid rule pack"), result::toString);
        assertTrue(result.err().contains("loi.drl:5"), result::toString);
    }

    @Test
    void theNationalPackSourcesAreValid() throws IOException {
        Path sources = PackFiles.nationalSources();
        PackFiles.copy(sources, dir);

        CommandResult result = CommandResult.run("validate", dir.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("OK: antq-national chưa ghi phiên bản — pack.yaml là bản sao nguồn"),
                result::toString);
        assertTrue(!result.out().contains("${project.version}"), "a copy never prints the build placeholder");
    }

    @Test
    void aMissingDirectoryIsABadArgument() {
        CommandResult result = CommandResult.run("validate", dir.resolve("missing").toString());

        assertEquals(2, result.exitCode(), result::toString);
    }
}
