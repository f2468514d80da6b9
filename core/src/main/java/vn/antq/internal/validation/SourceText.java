package vn.antq.internal.validation;

import java.util.ArrayList;
import java.util.List;

/** The text of one author's file, split in lines, to turn offsets into lines and columns and to find a token. */
record SourceText(String file, String text, List<String> lines) {

    static SourceText of(String file, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        return new SourceText(file, text, List.copyOf(lines));
    }

    /** @return the 1-based line's text, or empty when out of range */
    String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /** @return the position of a 0-based offset */
    Pos at(int offset) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return new Pos(file, line, offset - start + 1);
    }

    /** @return the 0-based offset of a 1-based line's start */
    int offsetOf(int line) {
        int offset = 0;
        for (int i = 1; i < line && i <= lines.size(); i++) {
            offset += lines.get(i - 1).length() + 1;
        }
        return offset;
    }

    /**
     * @return the position of the first occurrence of the token on the line at or after the column, else on the
     *     line, else the line with column 1
     */
    Pos find(int line, int fromColumn, String token) {
        String text = line(line);
        if (token != null && !token.isEmpty()) {
            int i = text.indexOf(token, Math.max(0, fromColumn - 1));
            if (i < 0) {
                i = text.indexOf(token);
            }
            if (i >= 0) {
                return new Pos(file, line, i + 1);
            }
        }
        return new Pos(file, line, Math.max(1, fromColumn));
    }
}
