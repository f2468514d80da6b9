package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.SpenderLevel;
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
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (BudgetFinding f : report.budget()) {
            String key = f.unitId() + "|" + f.spender().name();
            long[] c = counts.computeIfAbsent(key, k -> new long[3]);
            c[0]++;
            c[1] += f.status() == Verdict.NOT_MET ? 1 : 0;
            c[2] += f.status() == Verdict.UNKNOWN ? 1 : 0;
            sums.merge(key, f.amount(), BigDecimal::add);
        }
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            String[] key = e.getKey().split("\\|");
            long[] c = e.getValue();
            totals.row(names.getOrDefault(key[0], key[0]), SpenderLevel.valueOf(key[1]).labelVi(),
                    String.valueOf(c[0]), Lines.money(sums.get(e.getKey())), String.valueOf(c[1]), String.valueOf(c[2]));
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
