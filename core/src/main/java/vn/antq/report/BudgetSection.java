package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetTotal;
import vn.antq.verdict.Verdict;

/**
 * The funding part of the text report: totals per unit and spending level, then every budget line over
 * its norm (TT 40/2023/TT-BTC) or lacking the count its norm needs.
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
        for (BudgetFinding f : report.budget()) {
            if (f.status() == Verdict.NOT_MET || f.status() == Verdict.UNKNOWN) {
                Lines.line(w, "");
                Lines.line(w, "  " + f.lineId() + " · " + names.getOrDefault(f.unitId(), f.unitId()) + " · "
                        + f.spender().labelVi() + " — " + (f.status() == Verdict.NOT_MET ? "vượt định mức" : "thiếu số liệu"));
                Lines.line(w, "    " + f.rule() + ": " + f.label() + " (" + f.source() + ")");
                Lines.line(w, "      thực tế: " + f.actual());
                Lines.line(w, "      định mức: " + f.required());
            }
        }
    }
}
