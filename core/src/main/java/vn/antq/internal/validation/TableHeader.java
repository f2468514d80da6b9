package vn.antq.internal.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the column-type row of each {@code RuleTable} of a CSV decision table. */
final class TableHeader {

    private TableHeader() {
    }

    /** @return the lines of the {@code RuleTable} rows whose table has no NAME column */
    static List<Integer> withoutName(SourceText table) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 1; i <= table.lines().size(); i++) {
            String line = table.line(i).trim();
            if (line.startsWith("RuleTable") || line.startsWith("\"RuleTable")) {
                String header = i + 1 <= table.lines().size() ? table.line(i + 1) : "";
                boolean named = Arrays.stream(header.split(",")).map(c -> c.replace("\"", "").trim())
                        .anyMatch(c -> c.equalsIgnoreCase("NAME"));
                if (!named) {
                    lines.add(i);
                }
            }
        }
        return lines;
    }
}
