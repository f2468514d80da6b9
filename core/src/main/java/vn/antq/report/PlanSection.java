package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.plan.PlanInfo;
import vn.antq.plan.TargetResult;
import vn.antq.verdict.Verdict;

/**
 * The plan part of the text report: the targets over the plan's unit, then per group, then the units
 * behind each target not met. Lists of units are cut after {@value #LISTED} names.
 */
final class PlanSection {
    static final int LISTED = 30;

    private PlanSection() {
    }

    static void write(Writer w, EvaluationReport report) throws IOException {
        PlanInfo plan = report.plan();
        Map<String, UnitAssessment> units = new LinkedHashMap<>();
        report.units().forEach(u -> units.put(u.id(), u));
        List<TargetResult> whole = report.targets().stream().filter(t -> t.scope().equals(plan.scope())).toList();
        Lines.line(w, "KẾ HOẠCH: " + plan.title() + " (" + plan.id() + ")");
        Lines.line(w, plan.legalBasis() + " — " + plan.issuer());
        Lines.line(w, "");
        Lines.line(w, "A. CHỈ TIÊU CỦA KẾ HOẠCH — " + units.get(plan.scope()).name());
        TextTable table = new TextTable("Chỉ tiêu", "Yêu cầu", "Thực tế", "Kết quả");
        for (TargetResult t : whole) {
            table.row(t.id(), required(t), actual(t), t.status().labelVi());
        }
        Lines.lines(w, table.lines("  "));
        Lines.line(w, "");
        for (TargetResult t : whole) {
            Lines.line(w, "  " + t.id() + ": " + t.label() + " (" + t.source() + ")"
                    + Lines.provisional(t.provisionalBasis()));
        }
        Lines.line(w, "");
        Lines.line(w, "B. CHỈ TIÊU THEO ĐƠN VỊ — đạt ✓, không đạt ✗, thiếu số liệu ?");
        Lines.lines(w, byScope(report.targets(), whole, plan.scope()).lines("  "));
        Lines.line(w, "");
        Lines.line(w, "C. ĐƠN VỊ LÀM CHƯA ĐẠT CHỈ TIÊU");
        for (TargetResult t : whole) {
            if (t.status() != Verdict.MET) {
                Lines.line(w, "");
                Lines.line(w, "  " + t.id() + " (" + t.status().labelVi() + "): " + t.label());
                names(w, "chưa đạt", t.against(), units);
                names(w, "thiếu số liệu", t.undecided(), units);
            }
        }
    }

    /** One row per group, one column per target of the whole: the group's result and a mark. */
    private static TextTable byScope(List<TargetResult> all, List<TargetResult> whole, String planScope) {
        List<String> ids = whole.stream().map(TargetResult::id).toList();
        String[] headers = new String[ids.size() + 1];
        headers[0] = "Đơn vị";
        for (int i = 0; i < ids.size(); i++) {
            headers[i + 1] = ids.get(i);
        }
        TextTable table = new TextTable(headers);
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (TargetResult t : all) {
            if (t.scope().equals(planScope) || !ids.contains(t.id())) {
                continue;
            }
            String[] row = rows.computeIfAbsent(t.scope(), s -> {
                String[] r = new String[headers.length];
                Arrays.fill(r, "");
                r[0] = t.scopeName();
                return r;
            });
            row[ids.indexOf(t.id()) + 1] = (t.count() ? t.numerator().toPlainString() : percent(t.actual()))
                    + " " + mark(t.status());
        }
        rows.values().forEach(table::row);
        return table;
    }

    private static String mark(Verdict v) {
        return switch (v) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            default -> "?";
        };
    }

    private static String required(TargetResult t) {
        if (t.count()) {
            return t.required();
        }
        String[] parts = t.required().split(" ", 2);
        return parts[0] + " " + percent(new BigDecimal(parts[1]));
    }

    private static String actual(TargetResult t) {
        String ratio = t.numerator().toPlainString() + "/" + t.denominator().toPlainString();
        return t.count() ? t.numerator().toPlainString() + " (trên " + t.denominator().toPlainString() + ")"
                : percent(t.actual()) + " (" + ratio + ")";
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',') + "%";
    }

    private static void names(Writer w, String what, List<String> ids, Map<String, UnitAssessment> units)
            throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        Lines.line(w, "    " + what + " (" + ids.size() + "):");
        for (String id : ids.subList(0, Math.min(LISTED, ids.size()))) {
            UnitAssessment u = units.get(id);
            Lines.line(w, "      " + id + " · " + (u == null ? "" : u.name()));
        }
        if (ids.size() > LISTED) {
            Lines.line(w, "      … và " + (ids.size() - LISTED) + " đơn vị khác (xem báo cáo JSON)");
        }
    }
}
