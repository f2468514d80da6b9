package vn.antq.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.movement.MovementClassification;
import vn.antq.movement.MovementLevel;
import vn.antq.pack.DisabledRule;
import vn.antq.pack.LayerInfo;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * Writes a readable Vietnamese report for a terminal: a header naming the year, the reference date,
 * the rule pack and the provisional parameters used; summary tables per kind, for the whole dataset
 * and then per district; every unit that does not achieve the standard with its failed criteria; every
 * unit lacking data with its undecided criteria; and the dataset's warnings.
 *
 * <p>Output is UTF-8 with {@code \n} line ends; numbers and dates are formatted the Vietnamese way
 * ({@code 83,4%}, {@code 15/11/2024}) without reading the default locale.
 *
 * @since 0.1
 */
public final class TextReportWriter implements ReportWriter {

    /** The evaluated kinds, in the order the tables list them. */
    private static final List<UnitKind> KINDS = List.of(UnitKind.RESIDENTIAL_AREA, UnitKind.COMMUNE,
            UnitKind.AGENCY, UnitKind.ENTERPRISE, UnitKind.SCHOOL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Creates a writer; it holds no state. */
    public TextReportWriter() {
    }

    @Override
    public void write(EvaluationReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Localities localities = new Localities(report.units());
        header(w, report);
        if (report.plan() != null) {
            Lines.line(w, "");
            PlanSection.write(w, report);
        }
        Lines.line(w, "");
        Lines.line(w, "1. TỔNG HỢP TOÀN BỘ DỮ LIỆU");
        summary(w, report.units());
        Lines.line(w, "");
        Lines.line(w, "2. TỔNG HỢP THEO HUYỆN, QUẬN, THỊ XÃ, THÀNH PHỐ");
        for (Map.Entry<UnitAssessment, List<UnitAssessment>> group : localities.group().entrySet()) {
            if (group.getValue().stream().anyMatch(u -> KINDS.contains(u.kind()))) {
                Lines.line(w, "");
                Lines.line(w, locality(group.getKey()));
                summary(w, group.getValue());
            }
        }
        Lines.line(w, "");
        listing(w, report, localities, StandardStatus.NOT_ACHIEVED, Verdict.NOT_MET,
                "3. ĐƠN VỊ CHƯA ĐẠT CHUẨN", "Tiêu chí không đạt");
        Lines.line(w, "");
        listing(w, report, localities, StandardStatus.INSUFFICIENT_DATA, Verdict.UNKNOWN,
                "4. ĐƠN VỊ THIẾU SỐ LIỆU", "Tiêu chí chưa đủ số liệu để kết luận");
        int section = 5;
        if (report.units().stream().anyMatch(u -> u.recognition() != null)) {
            Lines.line(w, "");
            RecognitionSection.write(w, report, section++ + ". THẨM QUYỀN, THỜI HẠN CÔNG NHẬN (TT 124/2021/TT-BCA, ĐIỀU 9, 10)");
        }
        if (!report.proposals().isEmpty()) {
            Lines.line(w, "");
            ProposalSection.write(w, report, section++ + ". ĐỀ XUẤT KHEN THƯỞNG TẬP THỂ");
        }
        if (!report.securityTeams().isEmpty()) {
            Lines.line(w, "");
            TeamSection.write(w, report, section++ + ". TỔ BẢO VỆ AN NINH, TRẬT TỰ");
        }
        if (report.medals() != null) {
            Lines.line(w, "");
            MedalSection.write(w, report.medals(), section++ + ". KỶ NIỆM CHƯƠNG \"BẢO VỆ AN NINH TỔ QUỐC\"");
        }
        if (!report.budget().isEmpty()) {
            Lines.line(w, "");
            BudgetSection.write(w, report, section++ + ". KINH PHÍ SO VỚI ĐỊNH MỨC (TT 40/2023/TT-BTC)");
        }
        if (!report.warnings().isEmpty()) {
            Lines.line(w, "");
            Lines.line(w, section + ". CẢNH BÁO KHI ĐỌC DỮ LIỆU (" + report.warnings().size() + ")");
            for (String warning : report.warnings()) {
                Lines.line(w, "  - " + warning);
            }
        }
        w.flush();
    }

    private static void header(Writer w, EvaluationReport report) throws IOException {
        Lines.line(w, "BÁO CÁO ĐÁNH GIÁ NĂM " + report.year());
        Lines.line(w, "Tiêu chuẩn \"An toàn về an ninh, trật tự\" và phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc");
        Lines.line(w, "Ngày tham chiếu: " + DAY.format(report.referenceDate()));
        Lines.line(w, "Bộ luật: " + report.pack().name() + " (" + report.pack().id() + "), phiên bản "
                + report.pack().version());
        for (LayerInfo layer : report.pack().layers()) {
            Lines.line(w, "Lớp bộ luật: " + layer.name() + " (" + layer.id() + "), phiên bản " + layer.version()
                    + ", trên " + layer.extendsId() + "; căn cứ: " + layer.legalBasis());
        }
        if (!report.pack().disabledRules().isEmpty()) {
            Lines.line(w, "Luật không áp dụng (do lớp bộ luật tắt):");
            for (DisabledRule rule : report.pack().disabledRules()) {
                Lines.line(w, "  - " + rule.rule() + (rule.label() == null ? "" : " — " + rule.label()) + ": "
                        + rule.reason() + " (" + rule.layerId() + ")");
            }
        }
        Lines.line(w, "Tham số tạm thời (chưa xác nhận giá trị pháp lý): " + (report.provisionalParameters().isEmpty()
                ? "không có" : String.join(", ", report.provisionalParameters())));
        Lines.line(w, "Số đơn vị trong dữ liệu: " + report.units().size());
        Lines.line(w, "Tỷ lệ đạt = số đạt chuẩn / số đơn vị được đánh giá (không tính đơn vị không áp dụng).");
        Lines.line(w, "Khá trở lên = (số xuất sắc + số khá) / số đơn vị được phân loại phong trào.");
    }

    private static void summary(Writer w, List<UnitAssessment> units) throws IOException {
        TextTable standard = new TextTable("Tiêu chuẩn ANTT", "Đánh giá", "Đạt chuẩn", "Chưa đạt",
                "Thiếu số liệu", "Tỷ lệ đạt");
        TextTable movement = new TextTable("Phong trào", MovementLevel.EXCELLENT.labelVi(),
                MovementLevel.GOOD.labelVi(), MovementLevel.AVERAGE.labelVi(), MovementLevel.WEAK.labelVi(),
                "Thiếu số liệu", "Khá trở lên");
        Tally total = new Tally();
        for (UnitKind kind : KINDS) {
            Tally tally = new Tally();
            units.stream().filter(u -> u.kind() == kind).forEach(u -> {
                tally.add(u);
                total.add(u);
            });
            if (tally.assessed() > 0 || tally.classified() > 0) {
                standardRow(standard, kind.labelVi(), tally);
                movementRow(movement, kind.labelVi(), tally);
            }
        }
        standardRow(standard, "Cộng", total);
        movementRow(movement, "Cộng", total);
        Lines.lines(w, standard.lines("  "));
        Lines.line(w, "");
        Lines.lines(w, movement.lines("  "));
    }

    private static void standardRow(TextTable table, String label, Tally t) {
        table.row(label, String.valueOf(t.assessed()), String.valueOf(t.count(StandardStatus.ACHIEVED)),
                String.valueOf(t.count(StandardStatus.NOT_ACHIEVED)),
                String.valueOf(t.count(StandardStatus.INSUFFICIENT_DATA)),
                Tally.percent(t.count(StandardStatus.ACHIEVED), t.assessed()));
    }

    private static void movementRow(TextTable table, String label, Tally t) {
        table.row(label, String.valueOf(t.count(MovementLevel.EXCELLENT)),
                String.valueOf(t.count(MovementLevel.GOOD)), String.valueOf(t.count(MovementLevel.AVERAGE)),
                String.valueOf(t.count(MovementLevel.WEAK)), String.valueOf(t.count(MovementLevel.INSUFFICIENT_DATA)),
                Tally.percent(t.goodOrBetter(), t.classified()));
    }

    private static String locality(UnitAssessment unit) {
        StringBuilder title = new StringBuilder(unit.name()).append(" (").append(unit.id()).append(')');
        MovementClassification movement = unit.movement();
        if (movement.level() != MovementLevel.NOT_APPLICABLE) {
            title.append(" — phân loại phong trào: ").append(movement.level().labelVi());
            if (movement.score() != null) {
                title.append(", ").append(number(movement.score())).append(" điểm");
            }
        }
        return title.toString();
    }

    private static void listing(Writer w, EvaluationReport report, Localities localities, StandardStatus status,
                                Verdict verdict, String title, String criteriaLabel) throws IOException {
        List<UnitAssessment> units = report.units().stream().filter(u -> u.standard().status() == status).toList();
        Lines.line(w, title + " (" + units.size() + ")");
        for (UnitAssessment unit : units) {
            UnitAssessment locality = localities.of(unit);
            Lines.line(w, "");
            Lines.line(w, "  " + unit.id() + " · " + unit.name() + " · " + unit.kind().labelVi()
                    + (locality == unit ? "" : " · " + locality.name()));
            List<CriterionResult> criteria = unit.standard().criteria().stream()
                    .filter(c -> c.status() == verdict).toList();
            if (unit.recognition() != null) {
                Lines.line(w, "    " + RecognitionSection.line(unit.recognition()));
            }
            Lines.line(w, "    " + criteriaLabel + " (" + criteria.size() + "):");
            for (CriterionResult c : criteria) {
                Lines.line(w, "    - " + c.rule() + ": " + orDash(c.label()));
                Lines.line(w, "      thực tế: " + orDash(c.actual()));
                Lines.line(w, "      yêu cầu: " + orDash(c.required()) + Lines.provisional(c.provisionalBasis()));
            }
        }
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
