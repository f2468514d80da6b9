package vn.antq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.pack.PackDiagnostic;
import vn.antq.pack.PackValidation;

/**
 * Prints what {@code validate} found like a compiler, in the author's words: {@code file:line:col: lỗi|cảnh báo
 * [CODE] message-vi / message-en}, then the line with a caret under the column, then a summary line.
 */
final class DiagnosticPrinter {
    private final Path directory;
    private final PrintWriter out;
    private final Map<String, List<String>> files = new HashMap<>();

    DiagnosticPrinter(Path directory, PrintWriter out) {
        this.directory = directory;
        this.out = out;
    }

    void print(PackValidation result) {
        for (PackDiagnostic d : result.diagnostics()) {
            out.println(d.file() + ":" + d.line() + ":" + d.column() + ": " + (d.isError() ? "lỗi" : "cảnh báo") + " ["
                    + d.code() + "] " + d.messageVi() + " / " + d.messageEn());
            String line = line(d.file(), d.line());
            if (line != null) {
                out.println("    " + line);
                out.println("    " + caret(line, d.column()));
            }
        }
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (errors == 0) {
            out.println("OK: " + result.rules() + " luật, " + result.parameters() + " tham số, " + warnings
                    + " cảnh báo / " + count(result.rules(), "rule") + ", " + count(result.parameters(), "parameter")
                    + ", " + count(warnings, "warning"));
        } else {
            out.println("Bộ luật có " + errors + " lỗi, " + warnings + " cảnh báo / The pack has "
                    + count(errors, "error") + ", " + count(warnings, "warning"));
        }
        out.flush();
    }

    private String line(String file, int number) {
        if (number < 1) {
            return null;
        }
        List<String> lines = files.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(directory.resolve(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return number <= lines.size() ? lines.get(number - 1).replace('\t', ' ') : null;
    }

    /** @return spaces up to the column, then "^" (a caret at column 1 when the column is not known) */
    private static String caret(String line, int column) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < column && i <= line.length(); i++) {
            b.append(' ');
        }
        return b.append('^').toString();
    }

    /** @return "1 rule", "2 rules": the English half of a summary */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
