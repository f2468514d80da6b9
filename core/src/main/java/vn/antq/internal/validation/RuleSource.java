package vn.antq.internal.validation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of rules as its author wrote it, and the DRL the checks read: the file itself for a {@code .drl}, the
 * rules Drools generates for a decision table ({@code .drl.csv}). A position in the DRL maps back to the author's
 * file: the same line and column for a {@code .drl}; for a table, the line of the table row the rule comes from and
 * the column where the text at fault appears in that row.
 *
 * @param author  the author's file
 * @param drl     the DRL text the checks parse
 * @param rowLine for a table, by DRL line (index 0 = line 1), the author's line it comes from; null for a {@code .drl}
 */
record RuleSource(SourceText author, String drl, int[] rowLine) {
    private static final Pattern ROW_COMMENT = Pattern.compile("^\\s*// rule values at [A-Z]+(\\d+)");

    static RuleSource drl(SourceText author) {
        return new RuleSource(author, author.text(), null);
    }

    /**
     * @param author    the table as written
     * @param generated the DRL generated from it
     * @return the source, mapping each generated line to the line of the row it comes from
     */
    static RuleSource table(SourceText author, String generated) {
        int[] recordLine = CsvRecords.startLines(author.text());
        List<String> lines = generated.lines().toList();
        int[] map = new int[lines.size()];
        int current = 1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ROW_COMMENT.matcher(lines.get(i));
            if (m.find()) {
                int row = Integer.parseInt(m.group(1));
                current = row - 1 < recordLine.length ? recordLine[row - 1] : current;
            }
            map[i] = current;
        }
        return new RuleSource(author, generated, map);
    }

    String file() {
        return author.file();
    }

    boolean isTable() {
        return rowLine != null;
    }

    /**
     * @param line   1-based DRL line
     * @param column 1-based DRL column, or 0 when unknown
     * @param token  the text at fault, to find in a table row (or on the line when the column is unknown)
     * @return where the author sees it
     */
    Pos at(int line, int column, String token) {
        if (rowLine == null) {
            return column > 0 ? new Pos(file(), line, column) : author.find(line, 1, token);
        }
        int authorLine = line >= 1 && line <= rowLine.length ? rowLine[line - 1] : 1;
        return author.find(authorLine, 1, token);
    }
}
