package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetTotal;
import vn.antq.verdict.Verdict;

/**
 * The funding part of the text report: totals per unit and spending level, the yearly caps of each spender
 * (total against cap), then every yearly cap exceeded or undecided and every budget line over its norm
 * (TT 40/2023/TT-BTC) or lacking the count its norm needs.
 */
final class BudgetSection {

    private BudgetSection() {
    }

    static void write(Writer w, EvaluationReport report, String heading) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (UnitAssessment u : report.units()) {
            names.put(u.id(), u.name());
        }
        Lines.line(w, heading + " (" + report.budget().size() + " dòng)");
        TextTable totals = new TextTable("Đơn vị", "Cấp chi", "Số dòng", "Tổng chi (đồng)", "Vượt định mức", "Thiếu số liệu");
        for (BudgetTotal t : BudgetTotal.of(report.budget())) {
            totals.row(names.getOrDefault(t.unitId(), t.unitId()), t.spender().labelVi(), String.valueOf(t.lines()),
                    Lines.money(t.amount()), String.valueOf(t.overNorm()), String.valueOf(t.lackingData()));
        }
        for (String l : totals.lines("  ")) {
            Lines.line(w, l);
        }
        if (!report.budgetCaps().isEmpty()) {
            Lines.line(w, "");
            Lines.line(w, "  Mức trần trong năm (tổng các dòng của mỗi cơ quan chi):");
            TextTable caps = new TextTable("Đơn vị", "Cấp chi", "Luật", "Tổng", "Mức trần", "Kết quả");
            for (BudgetCapFinding c : report.budgetCaps()) {
                caps.row(names.getOrDefault(c.unitId(), c.unitId()), c.spender().labelVi(), c.rule(),
                        c.total() == null ? "?" : String.valueOf(c.total()), c.cap() == null ? "?" : c.cap().stripTrailingZeros().toPlainString(),
                        c.status().labelVi());
            }
            for (String l : caps.lines("  ")) {
                Lines.line(w, l);
            }
        }
        for (BudgetCapFinding c : report.budgetCaps()) {
            if (c.status() == Verdict.NOT_MET || c.status() == Verdict.UNKNOWN) {
                Lines.line(w, "");
                Lines.line(w, "  " + String.join(", ", c.lineIds()) + " · " + names.getOrDefault(c.unitId(), c.unitId())
                        + " · " + c.spender().labelVi() + " — " + (c.status() == Verdict.NOT_MET ? "vượt mức trần trong năm"
                        : "thiếu số liệu"));
                Lines.line(w, "    " + c.rule() + ": " + c.label() + " (" + c.source() + ")");
                Lines.line(w, "      thực tế: " + c.actual());
                Lines.line(w, "      mức trần: " + c.required());
            }
        }
        for (BudgetFinding f : report.budget()) {
            if (f.status() == Verdict.NOT_MET || f.status() == Verdict.UNKNOWN) {
                Lines.line(w, "");
                Lines.line(w, "  " + f.lineId() + " · " + names.getOrDefault(f.unitId(), f.unitId()) + " · "
                        + f.spender().labelVi() + " — " + (f.status() == Verdict.NOT_MET ? "vượt định mức" : "thiếu số liệu"));
                Lines.line(w, "    " + f.rule() + ": " + f.label() + " (" + f.source() + ")"
                        + Lines.provisional(f.provisionalBasis()));
                Lines.line(w, "      thực tế: " + f.actual());
                Lines.line(w, "      định mức: " + f.required());
            }
        }
    }
}
