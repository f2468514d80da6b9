package vn.antq.pack;

import java.util.List;

/**
 * What {@link PackValidator} found in a rule pack directory.
 *
 * @param diagnostics every problem, ordered by file, line and column
 * @param rules       how many rules the pack's files define
 * @param parameters  how many parameters its files define or override
 * @since 0.2
 */
public record PackValidation(List<PackDiagnostic> diagnostics, int rules, int parameters) {

    /** Copies the list. */
    public PackValidation {
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return the errors */
    public List<PackDiagnostic> errors() {
        return diagnostics.stream().filter(PackDiagnostic::isError).toList();
    }

    /** @return the warnings */
    public List<PackDiagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** @return true when there is no error (warnings allowed) */
    public boolean valid() {
        return diagnostics.stream().noneMatch(PackDiagnostic::isError);
    }
}
