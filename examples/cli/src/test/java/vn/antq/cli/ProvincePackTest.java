package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TT 124 Điều 8 khoản 1 lets a province add criteria of its own. A made-up province adds one by writing
 * only a rule file and a parameter file beside the national ones, and evaluates through the CLI: no Java.
 */
class ProvincePackTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String EXTRA_RULE = """
            // Tiêu chí riêng của Tỉnh Thử Nghiệm (TT 124/2021/TT-BCA, Điều 8 khoản 1): camera an ninh ở khu dân cư.
            package vn.antq.rules.tinhthunghiem;

            import vn.antq.rules.Check;
            import vn.antq.rules.Param;
            import vn.antq.rules.UnitFact;
            import vn.antq.unit.UnitKind;

            rule "TN-KDC-1"
                @label("Khu dân cư có ít nhất 01 camera an ninh hoạt động")
                @source("Quyết định của UBND Tỉnh Thử Nghiệm (giả định), theo TT 124/2021/TT-BCA Điều 8 khoản 1")
                ruleflow-group "tieu-chi"
            when
                $u : UnitFact( kind == UnitKind.RESIDENTIAL_AREA )
                $min : Param( id == "tn.kdc.cameras.min" )
            then
                insert( Check.of(drools.getRule().getName(), $u)
                    .atLeast("securityCameras", $min)
                    .done() );
            end
            """;

    private static final String EXTRA_PARAMETERS = """
            parameters:
              - id: tn.kdc.cameras.min
                label: Số camera an ninh tối thiểu ở mỗi khu dân cư (TN-KDC-1)
                values:
                  - from: 2024-01-01
                    value: 1
                    source: Quyết định của UBND Tỉnh Thử Nghiệm (giả định)
                    provisional: false
            """;

    @TempDir
    Path dir;

    @Test
    void aProvincesOwnCriterionIsEvaluatedFromRuleAndParameterFilesAlone() throws IOException {
        Path pack = dir.resolve("tinh-thu-nghiem");
        PackFiles.copy(PackFiles.nationalSources(), pack);
        Files.writeString(pack.resolve("tinh-thu-nghiem.drl"), EXTRA_RULE, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("parameters/tinh-thu-nghiem.yaml"), EXTRA_PARAMETERS, StandardCharsets.UTF_8);
        Path descriptor = pack.resolve("pack.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("id: antq-national", "id: tinh-thu-nghiem")
                .replace("  - parameters/qd510.yaml", "  - parameters/qd510.yaml\n  - parameters/tinh-thu-nghiem.yaml"));
        Path dataset = dir.resolve("tinh-thu-nghiem.json");
        Files.writeString(dataset, TinyDataset.json(420, "380-01")
                .replace("\"householdsRegistered\": 420", "\"householdsRegistered\": 420, \"securityCameras\": 0"),
                StandardCharsets.UTF_8);

        CommandResult result = CommandResult.run("evaluate", dataset.toString(), "--rules", pack.toString(),
                "--format", "json");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode report = MAPPER.readTree(result.out());
        assertEquals("tinh-thu-nghiem", report.get("rules").get("pack").asText());
        JsonNode area = unit(report, "380-01-01");
        JsonNode extra = criterion(area, "TN-KDC-1");
        assertEquals("NOT_MET", extra.get("status").asText(), extra::toString);
        assertEquals("Khu dân cư có ít nhất 01 camera an ninh hoạt động", extra.get("label").asText());
        assertEquals("NOT_ACHIEVED", area.get("standard").get("status").asText());
        assertEquals("MET", criterion(area, "ANTT-KDC-1").get("status").asText(), "the national criteria still run");
    }

    @Test
    void repeatedRulesLayerProvincePacksOnTheNationalOneWithoutCopyingIt() throws IOException {
        Path packs = PackFiles.nationalSources().resolve("../../../../../../test/resources/packs").normalize();
        Path dataset = dir.resolve("camera.json");
        Files.writeString(dataset, TinyDataset.json(420, "380-01").replace("\"householdsRegistered\": 420",
                "\"householdsRegistered\": 420, \"alleysWithCamera\": 5, \"alleysTotal\": 8"), StandardCharsets.UTF_8);

        CommandResult result = CommandResult.run("evaluate", dataset.toString(), "--rules",
                packs.resolve("th-camera-lop").toString(), "--rules", packs.resolve("th-camera-cao").toString(),
                "--format", "json");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode report = MAPPER.readTree(result.out());
        JsonNode rules = report.get("rules");
        assertEquals("antq-national", rules.get("pack").asText());
        assertEquals("th-camera", rules.get("layers").get(0).get("pack").asText());
        assertEquals("th-camera-cao", rules.get("layers").get(1).get("pack").asText());
        assertEquals("TT 124/2021/TT-BCA, Điều 8 khoản 1", rules.get("layers").get(1).get("legalBasis").asText());
        JsonNode camera = criterion(unit(report, "380-01-01"), "TH-CAM-1");
        assertEquals("NOT_MET", camera.get("status").asText(), "5/8 is below the 75 % of the upper layer");
        assertTrue(!result.err().contains("alleysWithCamera"), "a declared indicator is not warned about");
    }

    @Test
    void aSecondPackWithoutExtendsIsRefused() {
        CommandResult result = CommandResult.run("evaluate", "--rules", PackFiles.nationalSources().toString(),
                "--rules", PackFiles.nationalSources().toString());

        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.err().contains("'extends'"), result::toString);
    }

    private static JsonNode unit(JsonNode report, String id) {
        for (JsonNode u : report.get("units")) {
            if (u.get("id").asText().equals(id)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    private static JsonNode criterion(JsonNode unit, String rule) {
        for (JsonNode c : unit.get("standard").get("criteria")) {
            if (c.get("rule").asText().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + rule + " in " + unit);
    }
}
