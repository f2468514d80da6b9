package vn.antq.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: the first column left-aligned, the others right-aligned, widths fitted to the
 * content. Widths count Unicode characters after NFC normalisation, so Vietnamese text aligns.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /** @param headers the column headers */
    TextTable(String... headers) {
        this.columns = headers.length;
        rows.add(headers);
    }

    /** @param cells one cell per column @return this table */
    TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(cells);
        return this;
    }

    /** @param indent prefix of every line @return the table, one line per row, a rule under the header */
    List<String> lines(String indent) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < columns; i++) {
                String cell = Normalizer.normalize(rows.get(r)[i], Normalizer.Form.NFC);
                String pad = " ".repeat(widths[i] - width(cell));
                line.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            lines.add(line.toString().stripTrailing());
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w;
                }
                lines.add(indent + "-".repeat(total + 2 * (columns - 1)));
            }
        }
        return lines;
    }

    private static int width(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.codePointCount(0, nfc.length());
    }
}
