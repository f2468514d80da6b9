package vn.antq.internal.validation;

import java.util.ArrayList;
import java.util.List;

/** Where each record of a CSV text starts: a quoted cell may span lines, so record n is not always line n. */
final class CsvRecords {

    private CsvRecords() {
    }

    /** @return by 0-based record, its 1-based starting line */
    static int[] startLines(String text) {
        List<Integer> starts = new ArrayList<>();
        boolean quoted = false;
        int line = 1;
        boolean atRecordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atRecordStart) {
                starts.add(line);
                atRecordStart = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                line++;
                if (!quoted) {
                    atRecordStart = true;
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
