package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.pack.DisabledRule;
import vn.antq.pack.LayerInfo;
import vn.antq.pack.RulePack;
import vn.antq.report.JsonReportWriter;
import vn.antq.report.TextReportWriter;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;
import vn.antq.verdict.Verdict;

/**
 * A province's pack layered on the national one (TT 124 Điều 8 khoản 1) changes the report exactly as it says and
 * nothing else: a parameter it overrides, a criterion it adds for khu dân cư (joined into the unit's standing and
 * the commune's pooled share), a rule it switches off (gone from every unit, listed with its reason), two layers
 * stacked.
 */
class LayeredPackTest {
    static final Path PACKS = Path.of("src/test/resources/packs");

    private static Evaluator camera;
    private static Evaluator cameraRaised;
    private static Evaluator registered;
    private static Evaluator withoutTeams;

    @BeforeAll
    static void build() {
        camera = layered("th-camera-lop");
        cameraRaised = layered("th-camera-lop", "th-camera-cao");
        registered = layered("th-ty-le-dang-ky");
        withoutTeams = layered("th-tat-kdc5");
    }

    static Evaluator layered(String... packs) {
        Evaluator.Builder builder = Evaluator.builder().bundledPlans(false);
        for (String p : packs) {
            builder.layer(RulePack.directory(PACKS.resolve(p)));
        }
        return builder.build();
    }

    /** A commune with four khu dân cư, every national criterion met. */
    private static Fixture fourAreas() {
        return new Fixture().commune("c1").residentialAreas("c1", 4);
    }

    private static Set<String> changedUnits(EvaluationReport before, EvaluationReport after) {
        Set<String> changed = new TreeSet<>();
        for (UnitAssessment unit : before.units()) {
            if (!unit.equals(Fixture.unit(after, unit.id()))) {
                changed.add(unit.id());
            }
        }
        assertEquals(before.units().size(), after.units().size());
        return changed;
    }

    private static List<CriterionResult> otherCriteria(EvaluationReport report, String unit, String rule) {
        return Fixture.unit(report, unit).standard().criteria().stream().filter(c -> !c.rule().equals(rule)).toList();
    }

    private static List<String> ruleIds(UnitAssessment unit) {
        return unit.standard().criteria().stream().map(CriterionResult::rule).toList();
    }

    @Test
    void aLayerThatOverridesAParameterChangesOnlyTheConclusionsThatUseIt() {
        // given 400 of 420 households registered (95 %): below the national 100 %, above the province's 90 %
        Dataset dataset = fourAreas().set("c1-r1", "householdsRegistered", Fixture.count(400)).dataset();

        EvaluationReport national = Fixture.EVALUATOR.evaluate(dataset);
        EvaluationReport province = registered.evaluate(dataset);

        assertEquals(Verdict.NOT_MET, Fixture.criterion(national, "c1-r1", "ANTT-KDC-1"));
        assertEquals(Verdict.MET, Fixture.criterion(province, "c1-r1", "ANTT-KDC-1"));
        assertEquals(StandardStatus.ACHIEVED, Fixture.status(province, "c1-r1"));
        // every area's ANTT-KDC-1 now requires 90 %; the other criteria of the areas are untouched
        for (int i = 1; i <= 4; i++) {
            assertEquals(otherCriteria(national, "c1-r" + i, "ANTT-KDC-1"), otherCriteria(province, "c1-r" + i,
                    "ANTT-KDC-1"));
            assertTrue(Fixture.criterionResult(province, "c1-r" + i, "ANTT-KDC-1").required().contains("90"),
                    () -> Fixture.criterionResult(province, "c1-r1", "ANTT-KDC-1").required());
        }
        // the commune's pooled share counts the area it now recognises: 4/4 instead of 3/4, still achieved
        assertEquals(Set.of("c1", "c1-r1", "c1-r2", "c1-r3", "c1-r4"), changedUnits(national, province));
        assertEquals(StandardStatus.ACHIEVED, Fixture.status(national, "c1"));
        assertEquals(StandardStatus.ACHIEVED, Fixture.status(province, "c1"));
        assertEquals(0, new BigDecimal("0.90").compareTo((BigDecimal) registered.parameters()
                .get("kdc.households.registeredShare.min").orElseThrow().valueAt(LocalDate.of(2024, 11, 15))
                .orElseThrow().value()));
        assertEquals(List.of(new LayerInfo("th-ty-le-dang-ky", "Tỉnh Thanh Hóa — tỷ lệ hộ đăng ký tham gia", "2025.1",
                "antq-national", "TT 124/2021/TT-BCA, Điều 8 khoản 1", List.of())), province.pack().layers());
    }

    @Test
    void aLayerThatAddsACriterionForKhuDanCuJoinsItIntoTheStandingAndTheCommunesShare() {
        // given cameras in 4/8, 3/8, 6/8 and 8/8 alleys
        Fixture f = fourAreas();
        long[] withCamera = {4, 3, 6, 8};
        for (int i = 0; i < 4; i++) {
            f.set("c1-r" + (i + 1), "alleysWithCamera", Fixture.count(withCamera[i]))
                    .set("c1-r" + (i + 1), "alleysTotal", Fixture.count(8));
        }
        Dataset dataset = f.dataset();

        EvaluationReport national = Fixture.EVALUATOR.evaluate(dataset);
        EvaluationReport province = camera.evaluate(dataset);

        for (int i = 1; i <= 4; i++) {
            UnitAssessment before = Fixture.unit(national, "c1-r" + i);
            UnitAssessment after = Fixture.unit(province, "c1-r" + i);
            List<String> expected = new java.util.ArrayList<>(ruleIds(before));
            expected.add("TH-CAM-1");
            assertEquals(new TreeSet<>(expected), new TreeSet<>(ruleIds(after)), "only the province's criterion is added");
            assertEquals(before.standard().criteria(), otherCriteria(province, "c1-r" + i, "TH-CAM-1"),
                    "the national criteria conclude as before");
        }
        assertEquals(Verdict.MET, Fixture.criterion(province, "c1-r1", "TH-CAM-1"), "4/8 is at least half");
        assertEquals(Verdict.NOT_MET, Fixture.criterion(province, "c1-r2", "TH-CAM-1"));
        assertEquals(StandardStatus.NOT_ACHIEVED, Fixture.status(province, "c1-r2"));
        assertEquals(StandardStatus.ACHIEVED, Fixture.status(national, "c1-r2"));
        CriterionResult cam = Fixture.criterionResult(province, "c1-r2", "TH-CAM-1");
        assertTrue(cam.actual().contains("Số ngõ xóm có camera an ninh / Tổng số ngõ xóm"), cam::actual);
        assertEquals("Ít nhất một nửa số ngõ xóm có camera an ninh", cam.label());
        // the commune's pooled share of recognised areas sees the failing area: 3/4 instead of 4/4
        assertTrue(Fixture.unit(province, "c1").standard().criteria().stream()
                .filter(c -> c.rule().equals("ANTT-XA-4")).findFirst().orElseThrow().actual().contains("3"),
                () -> Fixture.unit(province, "c1").toString());
        assertEquals(Set.of("c1", "c1-r1", "c1-r2", "c1-r3", "c1-r4"), changedUnits(national, province));
        assertTrue(camera.rules().stream().anyMatch(r -> r.id().equals("TH-CAM-1")
                && r.file().endsWith("th-camera-lop/camera.drl") && r.parameters().equals(List.of("th.camera.share.min"))));
        assertEquals(List.of("alleysWithCamera", "alleysTotal"),
                camera.indicators().stream().map(d -> d.name()).toList());
    }

    @Test
    void twoStackedLayersApplyInOrderTheUpperOverridingTheLowersParameter() {
        Fixture f = fourAreas();
        long[] withCamera = {4, 3, 6, 8};
        for (int i = 0; i < 4; i++) {
            f.set("c1-r" + (i + 1), "alleysWithCamera", Fixture.count(withCamera[i]))
                    .set("c1-r" + (i + 1), "alleysTotal", Fixture.count(8));
        }
        EvaluationReport report = cameraRaised.evaluate(f.dataset());

        assertEquals(Verdict.NOT_MET, Fixture.criterion(report, "c1-r1", "TH-CAM-1"), "4/8 is below 75 %");
        assertEquals(Verdict.MET, Fixture.criterion(report, "c1-r3", "TH-CAM-1"), "6/8 is 75 %");
        assertEquals(List.of("th-camera", "th-camera-cao"), report.pack().layers().stream().map(LayerInfo::id).toList());
        assertEquals("th-camera", report.pack().layers().get(1).extendsId());
    }

    @Test
    void aLayerThatDisablesARuleRemovesItsConclusionsAndTheReportGivesTheReason() throws IOException {
        Dataset dataset = fourAreas().set("c1-r1", "securityTeamRating", Fixture.code("NOT_COMPLETED")).dataset();

        EvaluationReport national = Fixture.EVALUATOR.evaluate(dataset);
        EvaluationReport province = withoutTeams.evaluate(dataset);

        assertEquals(Verdict.NOT_MET, Fixture.criterion(national, "c1-r1", "ANTT-KDC-5"));
        assertEquals(StandardStatus.ACHIEVED, Fixture.status(province, "c1-r1"));
        for (int i = 1; i <= 4; i++) {
            List<String> expected = ruleIds(Fixture.unit(national, "c1-r" + i)).stream()
                    .filter(r -> !r.equals("ANTT-KDC-5")).toList();
            assertEquals(new TreeSet<>(expected), new TreeSet<>(ruleIds(Fixture.unit(province, "c1-r" + i))));
            assertEquals(otherCriteria(national, "c1-r" + i, "ANTT-KDC-5"), Fixture.unit(province, "c1-r" + i)
                    .standard().criteria(), "the other criteria conclude as before");
        }
        // the commune's pooled share now recognises c1-r1 too; nothing above the commune changes
        assertEquals(Set.of("c1", "c1-r1", "c1-r2", "c1-r3", "c1-r4"), changedUnits(national, province));
        assertFalse(withoutTeams.rules().stream().anyMatch(r -> r.id().equals("ANTT-KDC-5")));
        DisabledRule disabled = province.pack().disabledRules().get(0);
        assertEquals("ANTT-KDC-5", disabled.rule());
        assertEquals("Tỉnh chưa tổ chức Tổ bảo vệ ANTT ở khu dân cư này (ví dụ)", disabled.reason());
        assertEquals("th-tat-kdc5", disabled.layerId());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new TextReportWriter().write(province, text);
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("  - ANTT-KDC-5 — " + disabled.label()
                + ": Tỉnh chưa tổ chức Tổ bảo vệ ANTT ở khu dân cư này (ví dụ) (th-tat-kdc5)"));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonReportWriter().write(province, json);
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"reason\": \"Tỉnh chưa tổ chức"),
                () -> json.toString(StandardCharsets.UTF_8).substring(0, 1500));
    }

    @Test
    void aReportWithoutLayersIsWrittenAsBefore() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonReportWriter().write(fourAreas().evaluate(), json);
        assertFalse(json.toString(StandardCharsets.UTF_8).contains("\"layers\""));
    }
}
