package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(result.out().contains("loi.drl:5:22: lỗi [DRL-SYNTAX] Không hiểu được \")\" ở đây"), result::toString);
        assertTrue(result.out().contains("\n        String( length > )\n                         ^\n"), result::toString);
        assertTrue(result.out().contains("Bộ luật có 1 lỗi, 0 cảnh báo / The pack has 1 error, 0 warnings"),
                result::toString);
        assertFalse(result.err().contains("ERROR"), result::toString);
        assertFalse(result.out().contains("Exception"), result::toString);
    }

    @Test
    void theNationalPackSourcesAreValid() throws IOException {
        Path sources = PackFiles.nationalSources();
        PackFiles.copy(sources, dir);

        CommandResult result = CommandResult.run("validate", dir.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("OK: 113 luật, 92 tham số, "), result::toString);
        assertFalse(result.out().contains(": lỗi ["), result::toString);
    }

    @Test
    void aCompileErrorIsPrintedInTheAuthorsWordsWithExit3() throws IOException {
        writeLayer("""
                package vn.antq.rules.thunghiem;

                import vn.antq.rules.Check;
                import vn.antq.rules.UnitFact;

                rule "TN-1"
                    @label("Thử nghiệm")
                    @source("Thử nghiệm")
                    ruleflow-group "tieu-chi"
                when
                    $u : UnitFact( kindd == null )
                then
                    insert( Check.of(drools.getRule().getName(), $u).isTrue("registeredForStandard").done() );
                end
                """);

        CommandResult result = CommandResult.run("validate", dir.toString());

        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.out().contains("luat.drl:11:20: lỗi [UNKNOWN-FIELD] Dữ kiện UnitFact không có trường "
                + "\"kindd\". Có phải ý bạn là \"kind\"?"), result::toString);
        assertTrue(result.out().contains(" / Fact UnitFact has no field \"kindd\". Did you mean \"kind\"?"),
                result::toString);
        assertFalse(result.out().contains("strict-mode"), result::toString);
        assertFalse(result.err().contains("KieProject"), result::toString);
    }

    @Test
    void aPackWithOnlyWarningsExits0() throws IOException {
        writeLayer("""
                package vn.antq.rules.thunghiem;

                import vn.antq.rules.Check;
                import vn.antq.rules.UnitFact;

                rule "TN-1"
                    @label("Thử nghiệm")
                    @source("Thử nghiệm")
                    ruleflow-group "tieu-chi"
                when
                    $u : UnitFact( )
                then
                    insert( Check.of(drools.getRule().getName(), $u).isTrue("registeredForStandard").done() );
                end
                """);

        CommandResult result = CommandResult.run("validate", dir.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("tham-so.yaml:2:9: cảnh báo [PARAM-UNUSED]"), result::toString);
        assertTrue(result.out().contains("luat.drl:6:1: cảnh báo [RULE-NOT-COVERED]"), result::toString);
        assertTrue(result.out().contains("OK: 1 luật, 1 tham số, 2 cảnh báo / 1 rule, 1 parameter, 2 warnings"),
                result::toString);
    }

    private void writeLayer(String drl) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), """
                id: thu-nghiem
                name: Bộ luật thử nghiệm
                version: 1.0.0
                extends: antq-national
                legalBasis: TT 124/2021/TT-BCA, Điều 8 khoản 1
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
        Files.writeString(dir.resolve("luat.drl"), drl);
    }

    @Test
    void aMissingDirectoryIsABadArgument() {
        CommandResult result = CommandResult.run("validate", dir.resolve("missing").toString());

        assertEquals(2, result.exitCode(), result::toString);
    }
}
