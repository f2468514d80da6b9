package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.standard.Recognition;
import vn.antq.standard.StandardStatus;

/**
 * The recognition part of the text report (TT 124/2021/TT-BCA Điều 9, Điều 10): the units to be recognised,
 * counted by recognising authority, deadline and kind, with how many reached the standard; an authority not
 * determined is shown as such.
 */
final class RecognitionSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RecognitionSection() {
    }

    static void write(Writer w, EvaluationReport report, String heading) throws IOException {
        Map<String, int[]> rows = new TreeMap<>();
        Map<String, String[]> cells = new TreeMap<>();
        for (UnitAssessment u : report.units()) {
            Recognition r = u.recognition();
            if (r == null) {
                continue;
            }
            String deadline = r.deadline() == null ? "—" : "trước " + DAY.format(r.deadline());
            String key = r.authority() + "|" + deadline + "|" + u.kind().ordinal();
            cells.putIfAbsent(key, new String[] {r.authority() + (r.provisional() ? " (tạm thời)" : ""), deadline,
                u.kind().labelVi()});
            int[] counts = rows.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            if (u.standard().status() == StandardStatus.ACHIEVED) {
                counts[1]++;
            }
        }
        Lines.line(w, heading);
        TextTable table = new TextTable("Cơ quan công nhận", "Hạn quyết định", "Loại đơn vị", "Số đơn vị", "Đạt chuẩn");
        for (Map.Entry<String, int[]> row : rows.entrySet()) {
            String[] c = cells.get(row.getKey());
            table.row(c[0], c[1], c[2], String.valueOf(row.getValue()[0]), String.valueOf(row.getValue()[1]));
        }
        Lines.lines(w, table.lines("  "));
        Lines.basis(w, report.units().stream().filter(u -> u.recognition() != null)
                .map(u -> u.recognition().provisionalBasis()));
    }

    /** @param r a unit's recognition @return one line for the unit listings, in Vietnamese */
    static String line(Recognition r) {
        return "công nhận: " + r.authority() + (r.authorityUnitId() == null ? "" : " (" + r.authorityUnitId() + ")")
                + (r.deadline() == null ? "" : ", trước ngày " + DAY.format(r.deadline()))
                + Lines.provisional(r.provisionalBasis());
    }
}
