package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.criterion;
import static vn.antq.rules.national.Fixture.criterionResult;
import static vn.antq.rules.national.Fixture.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RulePack;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;
import vn.antq.verdict.Verdict;

/**
 * The four forms of a comparison — "trên" (&gt;), "từ … trở lên" (≥), "dưới" (&lt;), "không quá" (≤) — written by an
 * author in DRL and as rows of a TT 124 table (the national columns), at, just above and just below the threshold;
 * and the worked example of the rule-author guide (docs/rules/vi-du/camera), whose criterion TH-KDC-CAMERA "có camera
 * an ninh ở trên 50% ngõ xóm" finds 4 of 8 alleys NOT_MET. The pack is the national pack copied to a directory with
 * the test rules and the example's rule file and parameters added (the example layers on the national pack; here it
 * runs standalone).
 */
class ComparisonFormsTest {
    private static final Path EXAMPLE = Path.of("..", "docs", "rules", "vi-du", "camera");
    private static final String TESTS = "vn/antq/kiemthu/so-sanh/";

    @TempDir
    static Path dir;
    private static Evaluator evaluator;

    @BeforeAll
    static void compile() throws IOException {
        EditedPack.copy(dir);
        Path tests = Files.createDirectories(dir.resolve("kiem-thu"));
        for (String file : List.of("so-sanh.drl", "so-sanh.drl.csv", "so-sanh.yaml")) {
            try (InputStream in = ComparisonFormsTest.class.getClassLoader().getResourceAsStream(TESTS + file)) {
                Files.write(tests.resolve(file), in.readAllBytes());
            }
        }
        Path camera = Files.createDirectories(dir.resolve("camera"));
        Files.copy(EXAMPLE.resolve("camera.drl"), camera.resolve("camera.drl"));
        Files.copy(EXAMPLE.resolve("tham-so.yaml"), camera.resolve("tham-so.yaml"));
        Path pack = dir.resolve("pack.yaml");
        Files.writeString(pack, Files.readString(pack, StandardCharsets.UTF_8)
                + "  - kiem-thu/so-sanh.yaml\n  - camera/tham-so.yaml\n", StandardCharsets.UTF_8);
        evaluator = Evaluator.builder().rulePack(RulePack.directory(dir)).bundledPlans(false).build();
    }

    private static EvaluationReport withAlleys(long withCamera, long total, long testCount) {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .set("r1", "alleysWithCamera", count(withCamera)).set("r1", "alleysTotal", count(total))
                .set("r1", "testCount", count(testCount));
        return evaluator.evaluate(f.dataset());
    }

    @ParameterizedTest(name = "{0}/8 alleys, count {0}−1: {1}")
    @CsvSource({
            // 4/8 = 50% and count 3: at the threshold only the non-strict forms hold
            "4, ABOVE, NOT_MET", "4, AT_LEAST, MET", "4, BELOW, NOT_MET", "4, AT_MOST, MET",
            // 5/8 and count 4: just above
            "5, ABOVE, MET", "5, AT_LEAST, MET", "5, BELOW, NOT_MET", "5, AT_MOST, NOT_MET",
            // 3/8 and count 2: just below
            "3, ABOVE, NOT_MET", "3, AT_LEAST, NOT_MET", "3, BELOW, MET", "3, AT_MOST, MET"})
    void eachFormDecidesTheSameInDrlAndInATableRow(long withCamera, String form, Verdict expected) {
        EvaluationReport report = withAlleys(withCamera, 8, withCamera - 1);
        String suffix = switch (form) {
            case "ABOVE" -> "TREN";
            case "AT_LEAST" -> "TU-TRO-LEN";
            case "BELOW" -> "DUOI";
            default -> "KHONG-QUA";
        };
        for (String rule : List.of("KT-DRL-TY-LE-", "KT-BANG-TY-LE-", "KT-DRL-SO-", "KT-BANG-SO-")) {
            assertEquals(expected, criterion(report, "r1", rule + suffix), rule + suffix);
        }
    }

    @Test
    void theExplanationOfARowWordsItsFormAsTheLawDoes() {
        EvaluationReport report = withAlleys(4, 8, 3);
        assertTrue(criterionResult(report, "r1", "KT-BANG-TY-LE-TREN").required().endsWith(": trên 50%"));
        assertTrue(criterionResult(report, "r1", "KT-BANG-TY-LE-TU-TRO-LEN").required().endsWith(": từ 50% trở lên"));
        assertTrue(criterionResult(report, "r1", "KT-BANG-TY-LE-DUOI").required().endsWith(": dưới 50%"));
        assertTrue(criterionResult(report, "r1", "KT-BANG-TY-LE-KHONG-QUA").required().endsWith(": không quá 50%"));
        assertTrue(criterionResult(report, "r1", "KT-BANG-SO-KHONG-QUA").required().endsWith(": không quá 3"));
    }

    @Test
    void theNationalCriteriaKeepTheirVerdictsBesideTheNewColumns() {
        EvaluationReport report = withAlleys(5, 8, 4);
        for (String rule : List.of("ANTT-KDC-1", "ANTT-KDC-2", "ANTT-KDC-3", "ANTT-KDC-4a", "ANTT-KDC-5")) {
            assertEquals(Verdict.MET, criterion(report, "r1", rule), rule);
        }
    }

    @Test
    void theWorkedExampleFindsFourOfEightAlleysNotAboveHalf() throws Exception {
        EvaluationReport report = evaluator.evaluate(DatasetReader.read(EXAMPLE.resolve("du-lieu.json")));
        CriterionResult five = criterionResult(report, "14758-T01", "TH-KDC-CAMERA");
        assertEquals(Verdict.MET, five.status());
        assertTrue(five.required().endsWith(": trên 50%"), five.required());
        assertTrue(five.actual().endsWith("5/8 (62,5%)"), five.actual());
        assertEquals(List.of("tinh.kdc.camera.alleyShare.min"), five.parameters().stream().map(p -> p.id()).toList());
        assertEquals(Verdict.NOT_MET, criterion(report, "14758-T02", "TH-KDC-CAMERA"));
        assertEquals(StandardStatus.NOT_ACHIEVED, status(report, "14758-T02"));
        assertEquals(Verdict.UNKNOWN, criterion(report, "14758-T03", "TH-KDC-CAMERA"));
        assertEquals(StandardStatus.INSUFFICIENT_DATA, status(report, "14758-T03"));
    }
}
