package vn.antq.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;

/** Prints a what-if's {@code --diff}: the changed parameters, then each result that changes, before → after. */
final class DiffText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DiffText() {
    }

    /**
     * @param overrides the parameters changed
     * @param changes   the results that change
     * @param out       where to print
     */
    static void print(List<Parameter> overrides, List<ReportDiff.Change> changes, PrintWriter out) {
        out.println("Tham số thay đổi / changed parameters:");
        for (Parameter p : overrides) {
            for (ParameterValue v : p.values()) {
                out.println("  " + p.id() + " = " + v.value() + " từ / from " + DAY.format(v.from()) + " (" + v.source()
                        + ")");
            }
        }
        if (changes.isEmpty()) {
            out.println("Không có kết quả nào thay đổi / no result changes.");
            return;
        }
        out.println("Kết quả thay đổi (trước → sau) / results that change (before → after): " + changes.size());
        String group = null;
        for (ReportDiff.Change c : changes) {
            if (!c.what().equals(group)) {
                group = c.what();
                out.println(group + ":");
            }
            out.println("  " + c.id() + (c.name() == null ? "" : " " + c.name()) + ": " + c.before() + " → "
                    + c.after());
        }
    }
}
