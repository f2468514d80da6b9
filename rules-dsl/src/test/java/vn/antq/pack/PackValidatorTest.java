package vn.antq.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.pack.PackDiagnostic.Severity;

/**
 * The broken-pack corpus ({@code src/test/resources/broken-packs/<case>/}): each case is the valid province pack
 * {@code packs/th-camera} with one mistake, and validation reports it at the author's file, line and column with
 * its code and a message naming the fix.
 */
class PackValidatorTest {
    private static final Path BROKEN = Path.of("src/test/resources/broken-packs");
    private static final Path VALID = Path.of("src/test/resources/packs/th-camera");
    private static final PackValidator VALIDATOR = PackValidator.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            drl-syntax              | camera.drl      | 18 | 57 | ERROR   | COMPILE            | $min                 | thiếu dấu phẩy
            drl-syntax-condition    | camera.drl      | 15 | 28 | ERROR   | DRL-SYNTAX         | )                    | Không hiểu được ")"
            word-quotes             | camera.drl      | 14 | 25 | ERROR   | LOOKALIKE-CHAR     | “                    | U+201C
            non-breaking-space      | camera.drl      | 15 | 19 | ERROR   | LOOKALIKE-CHAR     | \u00a0               | U+00A0
            en-dash-operator        | camera.drl      | 15 | 25 | ERROR   | LOOKALIKE-CHAR     | –                    | U+2013
            compile-unknown-method  | camera.drl      | 18 | 10 | ERROR   | COMPILE            | shareAtleast         | không có phương thức "shareAtleast
            unknown-indicator       | camera.drl      | 18 | 23 | ERROR   | UNKNOWN-INDICATOR  | alleysWithCamerra    | Có phải ý bạn là "alleysWithCamera"?
            unknown-field           | camera.drl      | 15 | 20 | ERROR   | UNKNOWN-FIELD      | kindd                | Có phải ý bạn là "kind"?
            parameter-undefined     | camera.drl      | 14 | 26 | ERROR   | PARAM-UNDEFINED    | th.camera.shares.min | Có phải ý bạn là "th.camera.share.min"?
            parameter-unused        | tham-so.yaml    | 9  | 9  | WARNING | PARAM-UNUSED       | th.camera.count.min  | không được luật nào dùng
            parameter-wrong-type    | camera.drl      | 18 | 10 | ERROR   | PARAM-TYPE         | shareAtLeast($min)   | như số nhưng giá trị của nó là đúng/sai
            parameter-same-day      | tham-so.yaml    | 9  | 15 | ERROR   | PARAM-DATE-OVERLAP | 2025-01-01           | hai giá trị cùng hiệu lực từ 2025-01-01
            parameter-out-of-order  | tham-so.yaml    | 9  | 15 | ERROR   | PARAM-DATE-ORDER   | 2024-07-01           | thứ tự ngày tăng dần
            parameter-gap           | tham-so.yaml    | 12 | 15 | WARNING | PARAM-GAP          | 2026-01-01           | từ 2025-01-01 đến trước 2026-01-01
            override-unknown        | ghi-de.yaml     | 2  | 9  | ERROR   | OVERRIDE-UNKNOWN   | kdc.households.registeredShares.min | Có phải ý bạn là "kdc.households.registeredShare.min"?
            override-kind           | ghi-de.yaml     | 6  | 16 | ERROR   | OVERRIDE-KIND      | 95%                  | ghi đè bằng cùng kiểu giá trị
            band-overlap            | muc.drl         | 9  | 1  | ERROR   | BAND-OVERLAP       | TH-CAMERA-MUC-TOT    | chồng lên khung của luật TH-CAMERA-MUC-KHA ở mức 70
            band-gap                | muc.drl         | 9  | 1  | ERROR   | BAND-GAP           | TH-CAMERA-MUC-TOT    | có khoảng trống ở mức 70
            rule-no-label           | camera.drl      | 9  | 1  | ERROR   | RULE-NO-LABEL      | TH-CAMERA-1          | thiếu @label
            rule-no-source          | camera.drl      | 9  | 1  | ERROR   | RULE-NO-SOURCE     | TH-CAMERA-1          | thiếu @source
            rule-id-diacritics      | camera.drl      | 9  | 1  | ERROR   | RULE-ID-FORMAT     | TH-CAMERA Đạt 1      | ví dụ "TH-CAMERA-DAT-1"
            rule-id-clash           | camera.drl      | 9  | 1  | ERROR   | RULE-ID-CLASH      | ANTT-KDC-1           | đã có trong bộ luật gốc
            rule-unknown-phase      | camera.drl      | 12 | 21 | ERROR   | RULE-PHASE         | tieu-chi-kdc         | sẽ không bao giờ chạy
            table-without-name      | camera.drl.csv  | 5  | 1  | ERROR   | RULE-NO-ID         | RuleTable Camera an ninh | không có cột NAME
            pack-unknown-key        | pack.yaml       | 5  | 1  | ERROR   | PACK-UNKNOWN-KEY   | legalbasis           | Có phải ý bạn là "legalBasis"?
            pack-missing-version    | pack.yaml       | 1  | 1  | ERROR   | PACK-MISSING-KEY   | version              | thiếu trường bắt buộc "version"
            pack-extends-unknown    | pack.yaml       | 4  | 10 | ERROR   | PACK-EXTENDS       | antq-nationl         | Có phải ý bạn là "antq-national"?
            pack-disables-unknown   | pack.yaml       | 9  | 11 | ERROR   | PACK-DISABLES      | ANTT-KDC-55          | không có luật "ANTT-KDC-55"
            pack-file-missing       | pack.yaml       | 8  | 5  | ERROR   | PACK-FILE-MISSING  | tham-so-khac.yaml    | Không có tệp "tham-so-khac.yaml"
            pack-phases-in-layer    | pack.yaml       | 8  | 1  | ERROR   | PACK-UNKNOWN-KEY   | phases               | không có "phases"
            indicator-bad-type      | pack.yaml       | 14 | 11 | ERROR   | INDICATOR-DECL     | COUNTS               | Có phải ý bạn là "COUNT"?
            indicator-bad-unit-kind | pack.yaml       | 15 | 17 | ERROR   | INDICATOR-DECL     | RESIDENTIAL          | Không có loại đơn vị "RESIDENTIAL"
            indicator-clash         | pack.yaml       | 13 | 9  | ERROR   | INDICATOR-CLASH    | crimeCount           | đã có trong danh mục quốc gia
            """)
    void eachBrokenPackIsReportedWhereTheAuthorMadeTheMistake(String name, String file, int line, int column,
                                                              Severity severity, String code, String offending,
                                                              String message) {
        Path dir = BROKEN.resolve(name);

        PackValidation result = VALIDATOR.validate(dir);

        String all = result.diagnostics().stream().map(PackDiagnostic::toString).collect(Collectors.joining("\n"));
        PackDiagnostic found = result.diagnostics().stream()
                .filter(d -> d.code().equals(code) && d.file().equals(file) && d.line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " at " + file + ":" + line + " in\n" + all));
        assertEquals(column, found.column(), all);
        assertEquals(severity, found.severity(), all);
        assertEquals(offending.replace("\\u00a0", "\u00a0"), found.offendingText(), all);
        assertTrue(found.messageVi().contains(message), found::messageVi);
        assertFalse(found.messageEn().isBlank());
        assertEquals(severity == Severity.WARNING, result.valid(), all);
    }

    @Test
    void theValidProvincePackHasNoProblem() {
        PackValidation result = VALIDATOR.validate(VALID);

        assertEquals(java.util.List.of(), result.diagnostics());
        assertEquals(1, result.rules());
        assertEquals(1, result.parameters());
    }

    @Test
    void aRuleNoScenarioCoversIsAWarningWhenCoverageIsGiven() {
        PackValidation uncovered = VALIDATOR.withCoverage(dir -> Set.of()).validate(VALID);
        PackValidation covered = VALIDATOR.withCoverage(dir -> Set.of("TH-CAMERA-1")).validate(VALID);

        PackDiagnostic warning = uncovered.diagnostics().get(0);
        assertEquals("RULE-NOT-COVERED", warning.code());
        assertEquals("camera.drl:9:1", warning.file() + ":" + warning.line() + ":" + warning.column());
        assertTrue(uncovered.valid());
        assertEquals(java.util.List.of(), covered.diagnostics());
    }

    @Test
    void theNationalPackSourcesHaveNoError() {
        Path sources = Path.of("src/main/resources/vn/antq/rules/national");

        PackValidation result = VALIDATOR.validate(sources);

        assertEquals(java.util.List.of(), result.errors());
        assertEquals(113, result.rules());
    }
}
