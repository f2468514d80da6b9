package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.Evaluator;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.indicator.IndicatorType;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;
import vn.antq.unit.UnitKind;

/**
 * Every way a layer can contradict the pack below it is a pack problem naming the file and the id; and a dataset
 * read with the indicators a layer declares types them.
 */
class LayerProblemsTest {
    private static final String HEADER = """
            id: th-loi
            name: Lớp lỗi
            version: "1"
            extends: antq-national
            legalBasis: TT 124/2021/TT-BCA, Điều 8 khoản 1
            """;

    private static final String PARAMETER = """
            parameters:
              - id: %s
                label: Tham số thử
                values:
                  - from: 2024-01-01
                    value: %s
                    source: Thử
                    provisional: false
            """;

    private static final String RULE = """
            package vn.antq.rules.thloi;

            import vn.antq.rules.Check;
            import vn.antq.rules.UnitFact;
            import vn.antq.unit.UnitKind;

            rule "%s"
                @label("Thử")
                @source("Thử")
                ruleflow-group "%s"
            when
                $u : UnitFact( kind == UnitKind.RESIDENTIAL_AREA )
            then
                insert( Check.of(drools.getRule().getName(), $u).isTrue("policiesImplemented").done() );
            end
            """;

    @TempDir
    Path dir;

    private PackProblem problem(String yaml) {
        RulePackException e = assertThrows(RulePackException.class, () -> Evaluator.builder().bundledPlans(false)
                .layer(RulePack.directory(dir)).build());
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    @Test
    void aNewParameterWithANationalIdIsAProblemNamingBothFiles() throws IOException {
        write("pack.yaml", HEADER + "parameters:\n  - tham-so.yaml\n");
        write("tham-so.yaml", PARAMETER.formatted("kdc.households.registeredShare.min", "0.9"));
        PackProblem p = problem("");
        assertTrue(p.file().endsWith("tham-so.yaml"), p::toString);
        assertTrue(p.message().contains("kdc.households.registeredShare.min") && p.message().contains("tt124.yaml")
                && p.message().contains("overrides"), p::toString);
    }

    @Test
    void anOverrideOfAParameterTheBaseDoesNotDefineIsAProblem() throws IOException {
        write("pack.yaml", HEADER + "overrides:\n  - ghi-de.yaml\n");
        write("ghi-de.yaml", PARAMETER.formatted("th.khongCo", "0.9"));
        PackProblem p = problem("");
        assertTrue(p.file().endsWith("ghi-de.yaml") && p.message().contains("th.khongCo"), p::toString);
    }

    @Test
    void anOverrideWithAnotherKindOfValueIsAProblem() throws IOException {
        write("pack.yaml", HEADER + "overrides:\n  - ghi-de.yaml\n");
        write("ghi-de.yaml", PARAMETER.formatted("kdc.households.registeredShare.min", "CAO"));
        PackProblem p = problem("");
        assertTrue(p.file().endsWith("ghi-de.yaml") && p.message().contains("kdc.households.registeredShare.min")
                && p.message().contains("expected a number"), p::toString);
    }

    @Test
    void disablingARuleNoPackBelowHasIsAProblemWithItsLine() throws IOException {
        write("pack.yaml", HEADER + "disables:\n  - rule: ANTT-KDC-99\n    reason: thử\n");
        PackProblem p = problem("");
        assertEquals(7, p.line(), p::toString);
        assertTrue(p.file().endsWith("pack.yaml") && p.message().contains("ANTT-KDC-99"), p::toString);
    }

    @Test
    void aRuleIdThatCollidesWithANationalRuleIsAProblemNamingTheFile() throws IOException {
        write("pack.yaml", HEADER);
        write("loi.drl", RULE.formatted("ANTT-KDC-1", "tieu-chi"));
        PackProblem p = problem("");
        assertTrue(p.file().endsWith("loi.drl") && p.message().contains("ANTT-KDC-1")
                && p.message().contains("antq-national"), p::toString);
    }

    @Test
    void aRuleInAPhaseTheBaseDoesNotHaveIsAProblem() throws IOException {
        write("pack.yaml", HEADER);
        write("loi.drl", RULE.formatted("TH-LOI-1", "khong-co"));
        PackProblem p = problem("");
        assertTrue(p.file().endsWith("loi.drl") && p.message().contains("TH-LOI-1")
                && p.message().contains("\"khong-co\""), p::toString);
    }

    @Test
    void aLayerDeclaringPhasesOfItsOwnIsAProblem() throws IOException {
        write("pack.yaml", HEADER + "phases:\n  - tieu-chi\n");
        PackProblem p = problem("");
        assertEquals(6, p.line(), p::toString);
        assertTrue(p.message().contains("'phases'"), p::toString);
    }

    @Test
    void anIndicatorThatClashesWithANationalOneIsAProblem() throws IOException {
        write("pack.yaml", HEADER + """
                indicators:
                  - id: crimeCount
                    type: COUNT
                    unitKinds: [RESIDENTIAL_AREA]
                    label: Số vụ
                """);
        PackProblem p = problem("");
        assertTrue(p.file().equals("pack.yaml") && p.message().contains("crimeCount")
                && p.message().contains("Số vụ tội phạm"), p::toString);
    }

    @Test
    void aLayerIdWithDiacriticsOrSpacesIsAProblem() throws IOException {
        write("pack.yaml", HEADER.replace("id: th-loi", "id: Thanh Hóa camera"));
        PackProblem p = problem("");
        assertEquals(1, p.line(), p::toString);
        assertTrue(p.message().contains("Thanh Hóa camera") && p.message().contains("th-camera"), p::toString);
    }

    @Test
    void extendingAPackThatIsNotBelowIsAProblem() throws IOException {
        write("pack.yaml", HEADER.replace("extends: antq-national", "extends: th-khac"));
        PackProblem p = problem("");
        assertTrue(p.message().contains("th-khac") && p.message().contains("antq-national"), p::toString);
    }

    @Test
    void aDatasetReadWithDeclaredIndicatorsTypesThemAndDoesNotWarn() throws Exception {
        List<DeclaredIndicator> declared = List.of(new DeclaredIndicator("alleysWithCamera", IndicatorType.COUNT,
                Set.of(UnitKind.RESIDENTIAL_AREA), "Số ngõ xóm có camera an ninh", List.of()));
        String json = """
                {"format": "antq-dataset/1", "year": 2024, "units": [
                  {"id": "38", "kind": "PROVINCE", "name": "Tỉnh Thanh Hóa"},
                  {"id": "380", "kind": "DISTRICT", "name": "TP", "parent": "38"},
                  {"id": "380-01", "kind": "COMMUNE", "name": "Phường", "parent": "380"},
                  {"id": "380-01-01", "kind": "RESIDENTIAL_AREA", "name": "Tổ 1", "parent": "380-01",
                   "indicators": {"alleysWithCamera": %s, "other": 1}}]}
                """;
        Dataset ok = DatasetReader.read(new ByteArrayInputStream(json.formatted("3").getBytes(StandardCharsets.UTF_8)),
                declared);
        assertTrue(ok.warnings().stream().noneMatch(w -> w.contains("alleysWithCamera")), ok.warnings()::toString);
        assertTrue(ok.warnings().stream().anyMatch(w -> w.contains("indicators.other")), ok.warnings()::toString);
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(
                new ByteArrayInputStream(json.formatted("\"ba\"").getBytes(StandardCharsets.UTF_8)), declared));
        assertTrue(e.getMessage().contains("380-01-01") && e.getMessage().contains("indicators.alleysWithCamera")
                && e.getMessage().contains("a whole number ≥ 0"), e::getMessage);
    }
}
