package vn.antq.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.movement.MovementClassification;
import vn.antq.movement.MovementLevel;
import vn.antq.pack.PackInfo;
import vn.antq.period.AssessmentWindow;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardAssessment;
import vn.antq.standard.StandardStatus;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;
import vn.antq.verdict.Verdict;

/**
 * A small hand-built report: a province, two districts, a commune achieving the standard, three
 * residential areas (two achieved, one not) in the first district, one residential area lacking data
 * in the second, and one small enterprise outside the standard's scope.
 */
final class SampleReport {
    static final AssessmentWindow COMMUNE_WINDOW =
            new AssessmentWindow(LocalDate.of(2023, 11, 16), LocalDate.of(2024, 11, 15));
    static final AssessmentWindow AREA_WINDOW =
            new AssessmentWindow(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 10, 31));
    static final UsedParameter BAND_GOOD = new UsedParameter("movement.band.good", "70",
            "QĐ 510/QĐ-BCA-V05 (khung điểm chưa xác định; giá trị mặc định của antq)", true);
    static final UsedParameter SHARE = new UsedParameter("kdc.households.registeredShare.min", "1.00",
            "TT 124/2021/TT-BCA, Điều 4 khoản 1", false);

    private SampleReport() {
    }

    static EvaluationReport build() {
        return new EvaluationReport(2024, LocalDate.of(2024, 11, 15),
                new PackInfo("antq-national", "Bộ luật quốc gia", "0.1.0"), List.of("movement.band.good"),
                List.of(
                        aggregate("38", UnitKind.PROVINCE, null, "Tỉnh Thanh Hóa", null,
                                MovementClassification.notApplicable()),
                        aggregate("380", UnitKind.DISTRICT, UnitType.THANH_PHO, "Thành phố Thanh Hóa", "38",
                                movement(MovementLevel.GOOD, "82")),
                        new UnitAssessment("380-01", UnitKind.COMMUNE, UnitType.PHUONG, "Phường Điện Biên", "380",
                                new StandardAssessment(StandardStatus.ACHIEVED, COMMUNE_WINDOW, null,
                                        List.of(criterion("ANTT-XA-4", Verdict.MET, "18/25 (72%)", "≥ 70%"))),
                                movement(MovementLevel.EXCELLENT, "91.5")),
                        area("380-01-01", "Tổ dân phố 1", StandardStatus.ACHIEVED, Verdict.MET, "420/420 (100%)"),
                        area("380-01-02", "Tổ dân phố 2", StandardStatus.ACHIEVED, Verdict.MET, "300/300 (100%)"),
                        area("380-01-03", "Tổ dân phố 3", StandardStatus.NOT_ACHIEVED, Verdict.NOT_MET,
                                "400/420 (95,24%)"),
                        new UnitAssessment("380-01-DN1", UnitKind.ENTERPRISE, null, "Công ty TNHH Sao Mai", "380-01",
                                new StandardAssessment(StandardStatus.NOT_APPLICABLE, COMMUNE_WINDOW,
                                        "Doanh nghiệp nhỏ và siêu nhỏ không thuộc phạm vi (ANTT-PV-DN)", List.of()),
                                MovementClassification.notApplicable()),
                        aggregate("381", UnitKind.DISTRICT, UnitType.THI_XA, "Thị xã Bỉm Sơn", "38",
                                movement(MovementLevel.INSUFFICIENT_DATA, null)),
                        new UnitAssessment("381-01-01", UnitKind.RESIDENTIAL_AREA, UnitType.THON, "Thôn Đông", "381",
                                new StandardAssessment(StandardStatus.INSUFFICIENT_DATA, AREA_WINDOW, null,
                                        List.of(new CriterionResult("ANTT-KDC-5", Verdict.UNKNOWN,
                                                "Lực lượng tham gia bảo vệ ANTT ở cơ sở hoàn thành nhiệm vụ trở lên",
                                                "chưa có số liệu", "hoàn thành nhiệm vụ trở lên",
                                                "TT 124/2021/TT-BCA, Điều 4 khoản 5", List.of(), List.of()))),
                                movement(MovementLevel.INSUFFICIENT_DATA, null))),
                null, List.of(), List.of(), List.of(), List.of(), null, List.of("380-01: chỉ số không có trong danh mục: localIndicator"));
    }

    private static UnitAssessment aggregate(String id, UnitKind kind, UnitType type, String name, String parent,
                                            MovementClassification movement) {
        return new UnitAssessment(id, kind, type, name, parent,
                new StandardAssessment(StandardStatus.NOT_APPLICABLE, null, null, List.of()), movement);
    }

    private static UnitAssessment area(String id, String name, StandardStatus status, Verdict verdict, String actual) {
        return new UnitAssessment(id, UnitKind.RESIDENTIAL_AREA, UnitType.TO_DAN_PHO, name, "380-01",
                new StandardAssessment(status, AREA_WINDOW, null, List.of(new CriterionResult("ANTT-KDC-1", verdict,
                        "Quý I: 100% hộ gia đình đang cư trú đăng ký tham gia", actual, "100%",
                        "TT 124/2021/TT-BCA, Điều 4 khoản 1", List.of(), List.of(SHARE)))),
                movement(MovementLevel.GOOD, "75"));
    }

    private static CriterionResult criterion(String rule, Verdict verdict, String actual, String required) {
        return new CriterionResult(rule, verdict, "Từ 70% trở lên đơn vị thuộc quyền quản lý đạt chuẩn", actual,
                required, "TT 124/2021/TT-BCA, Điều 5 khoản 4", List.of(), List.of());
    }

    private static MovementClassification movement(MovementLevel level, String score) {
        if (level == MovementLevel.INSUFFICIENT_DATA) {
            return new MovementClassification(level, null, "QD510-PL", List.of());
        }
        return new MovementClassification(level, new BigDecimal(score), "QD510-PL", List.of(BAND_GOOD));
    }
}
