package vn.antq.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;

/**
 * Order comes from the pack's declared phases, never from salience, and a rule's parameters are the {@code Param}
 * facts its left-hand side joins: a directory pack shows both through the catalogue and the loader's problems.
 */
class PhasesAndJoinedParametersTest {
    private static final String PACK = """
            id: thu-nghiem
            name: Bộ luật thử nghiệm
            version: 1
            phases:
              - truoc
              - sau
            parameters:
              - tham-so.yaml
            """;
    private static final String PARAMETERS = """
            parameters:
              - id: tn.nguong
                label: Ngưỡng thử nghiệm
                values:
                  - from: 2020-01-01
                    value: 2
                    source: Văn bản thử nghiệm
                    provisional: false
              - id: tn.danhSach
                label: Danh sách thử nghiệm
                values:
                  - from: 2020-01-01
                    value: [A, B]
                    source: Văn bản thử nghiệm
                    provisional: true
            """;

    @TempDir
    Path dir;

    @Test
    void theCatalogueListsTheParametersEachRuleJoinsInItsLeftHandSide() throws IOException {
        Evaluator evaluator = load(rule("TN-1", "ruleflow-group \"truoc\"", """
                $u : UnitFact( kind == UnitKind.COMMUNE )
                $n : Param( id == "tn.nguong" )
                exists( Param( id == "tn.danhSach", codes contains "A" ) )
                """));
        RuleInfo info = evaluator.rules().stream().filter(r -> r.id().equals("TN-1")).findFirst().orElseThrow();
        assertEquals(List.of("tn.nguong", "tn.danhSach"), info.parameters());
    }

    @Test
    void aRuleWithSalienceIsRefused() throws IOException {
        RulePackException e = assertThrows(RulePackException.class,
                () -> load(rule("TN-1", "ruleflow-group \"truoc\"\n    salience 10", "$u : UnitFact()")));
        assertTrue(e.getMessage().contains("TN-1 sets salience"), e.getMessage());
    }

    @Test
    void aRuleOutsideTheDeclaredPhasesIsRefusedBecauseItWouldNeverRun() throws IOException {
        RulePackException e = assertThrows(RulePackException.class,
                () -> load(rule("TN-1", "ruleflow-group \"khac\"", "$u : UnitFact()")));
        assertTrue(e.getMessage().contains("TN-1 is in phase \"khac\"") && e.getMessage().contains("never run"),
                e.getMessage());
    }

    @Test
    void aRuleWithoutAPhaseIsRefusedWhenThePackDeclaresPhases() throws IOException {
        RulePackException e = assertThrows(RulePackException.class,
                () -> load(rule("TN-1", "", "$u : UnitFact()")));
        assertTrue(e.getMessage().contains("TN-1 names no phase"), e.getMessage());
    }

    @Test
    void aRuleStillListingParametersByHandIsToldToJoinThemInstead() throws IOException {
        RulePackException e = assertThrows(RulePackException.class,
                () -> load(rule("TN-1", "@parameters(\"tn.nguong\")\n    ruleflow-group \"truoc\"", "$u : UnitFact()")));
        assertTrue(e.getMessage().contains("TN-1 lists @parameters") && e.getMessage().contains("Param( id =="),
                e.getMessage());
    }

    @Test
    void aJoinedParameterThatNoFileDefinesIsReportedWhenThePackLoads() throws IOException {
        RulePackException e = assertThrows(RulePackException.class,
                () -> load(rule("TN-1", "ruleflow-group \"truoc\"", "$x : Param( id == \"tn.khongCo\" )\n    $u : UnitFact()")));
        assertTrue(e.getMessage().contains("tn.khongCo"), e.getMessage());
    }

    @Test
    void aWindowParameterThatIsNotTwoMonthDaysIsAProblemOfThePackWhenItLoads() throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), PACK + "windows:\n  COMMUNE: tn.danhSach\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tham-so.yaml"), PARAMETERS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("thu-nghiem.drl"), rule("TN-1", "ruleflow-group \"truoc\"", "$u : UnitFact()"),
                StandardCharsets.UTF_8);
        RulePackException e = assertThrows(RulePackException.class,
                () -> Evaluator.builder().rulePack(RulePack.directory(dir)).bundledPlans(false).build());
        assertTrue(e.getMessage().contains("tn.danhSach (window of COMMUNE)") && e.getMessage().contains("--MM-dd"),
                e.getMessage());
    }

    private Evaluator load(String drl) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), PACK, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tham-so.yaml"), PARAMETERS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("thu-nghiem.drl"), drl, StandardCharsets.UTF_8);
        return Evaluator.builder().rulePack(RulePack.directory(dir)).bundledPlans(false).build();
    }

    private static String rule(String id, String attributes, String when) {
        return """
                package vn.antq.rules.thunghiem;

                import vn.antq.rules.Param;
                import vn.antq.rules.UnitFact;
                import vn.antq.unit.UnitKind;

                rule "%s"
                    @label("Luật thử nghiệm")
                    @source("Văn bản thử nghiệm")
                    %s
                when
                    %s
                then
                end
                """.formatted(id, attributes, when);
    }
}
