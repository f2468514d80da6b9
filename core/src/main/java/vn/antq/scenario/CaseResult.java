package vn.antq.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one case: passed when every expectation held; else each mismatch with the engine's trace, and the
 * defaults the case took (a failure is often a default the author did not mean).
 *
 * @param file         the scenario file
 * @param name         the case's name
 * @param line         the line where the case starts
 * @param mismatches   the expectations that did not hold, in file order; empty when the case passed
 * @param defaultsUsed the defaults the case took: one line per set of defaults, naming who took it
 * @param firedRules   the ids of the rules that fired while evaluating the case, sorted
 */
public record CaseResult(String file, String name, int line, List<Mismatch> mismatches, List<String> defaultsUsed,
                         Set<String> firedRules) {
    /** Copies the lists. */
    public CaseResult {
        mismatches = List.copyOf(mismatches);
        defaultsUsed = List.copyOf(defaultsUsed);
        firedRules = Set.copyOf(firedRules);
    }

    /** @return true when every expectation held */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /**
     * @return the result in words for an author: for a failure, each expectation with expected and actual, the
     *     trace of the engine (each explanation once), and the defaults used
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(passed() ? "ĐẠT / PASSED" : "KHÔNG ĐẠT / FAILED").append("  ").append(file).append(':').append(line)
                .append("  \"").append(name).append("\"\n");
        Set<List<String>> shown = new LinkedHashSet<>();
        for (Mismatch m : mismatches) {
            out.append("  - ").append(m.subject()).append(" (dòng / line ").append(m.line()).append(")\n");
            out.append("      mong đợi / expected: ").append(m.expected()).append('\n');
            out.append("      thực tế / actual:    ").append(m.actual()).append('\n');
            if (!m.details().isEmpty() && shown.add(m.details())) {
                m.details().forEach(d -> out.append("        ").append(d).append('\n'));
            }
        }
        if (!passed() && !defaultsUsed.isEmpty()) {
            out.append("  Giá trị mặc định đã dùng / defaults used:\n");
            defaultsUsed.forEach(d -> out.append("    ").append(d).append('\n'));
        }
        return out.toString();
    }
}
