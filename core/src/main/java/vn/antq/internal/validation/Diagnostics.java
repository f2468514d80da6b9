package vn.antq.internal.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.antq.pack.PackDiagnostic;
import vn.antq.pack.PackDiagnostic.Severity;

/** The problems found so far, in the order a reader expects: by file, line and column. */
final class Diagnostics {
    private final List<PackDiagnostic> found = new ArrayList<>();

    void error(String code, Pos at, String offending, String vi, String en) {
        add(Severity.ERROR, code, at, offending, vi, en);
    }

    void warning(String code, Pos at, String offending, String vi, String en) {
        add(Severity.WARNING, code, at, offending, vi, en);
    }

    private void add(Severity severity, String code, Pos at, String offending, String vi, String en) {
        PackDiagnostic d = new PackDiagnostic(at.file(), at.line(), at.column(), severity, code,
                offending == null ? "" : offending, vi, en);
        if (!found.contains(d)) {
            found.add(d);
        }
    }

    /** @return true when an error was found in the file at the line */
    boolean hasErrorAt(String file, int line) {
        return found.stream().anyMatch(d -> d.isError() && d.file().equals(file) && d.line() == line);
    }

    /** @return true when any error was found */
    boolean hasErrors() {
        return found.stream().anyMatch(PackDiagnostic::isError);
    }

    /** @return true when an error was found in the file */
    boolean hasErrorIn(String file) {
        return found.stream().anyMatch(d -> d.isError() && d.file().equals(file));
    }

    List<PackDiagnostic> sorted() {
        return found.stream().sorted(Comparator.comparing(PackDiagnostic::file).thenComparingInt(PackDiagnostic::line)
                .thenComparingInt(PackDiagnostic::column)).toList();
    }
}
