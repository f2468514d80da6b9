package vn.antq.pack;

import java.util.Objects;

/**
 * One problem {@link PackValidator} found in a rule pack directory, in the rule author's words: where it is (the
 * author's file, 1-based line and column; 0 when the problem concerns the whole file), how serious it is, a stable
 * code, the text at fault and what to do about it, in Vietnamese and English.
 *
 * @param file          the file inside the pack directory, with forward slashes (e.g. {@code camera.drl})
 * @param line          1-based line, or 0 when the problem concerns the whole file
 * @param column        1-based column, or 0 when not known
 * @param severity      an error (the pack cannot be used) or a warning (it can, but probably not as meant)
 * @param code          a stable code for the kind of problem, e.g. {@code DRL-SYNTAX}
 * @param offendingText the text at fault as the author wrote it, or empty
 * @param messageVi     what is wrong and how to fix it, in Vietnamese
 * @param messageEn     the same in English
 * @since 0.2
 */
public record PackDiagnostic(String file, int line, int column, Severity severity, String code, String offendingText,
                             String messageVi, String messageEn) {

    /** How serious a problem is. */
    public enum Severity {
        /** The pack cannot be used as it is. */
        ERROR,
        /** The pack can be used, but probably does not do what its author meant. */
        WARNING
    }

    /** Rejects missing parts. */
    public PackDiagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(offendingText, "offendingText");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** @return true for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (isError() ? "lỗi" : "cảnh báo") + " [" + code + "] "
                + messageVi + " / " + messageEn;
    }
}
