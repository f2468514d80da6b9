package vn.antq.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RuleInfo;

/**
 * The criteria of TT 124 Điều 4–7 are rows of decision tables that share one column layout: each row compiles to
 * the rule the catalogue listed when the criteria were DRL (same id, label, source and parameters), and only the
 * pooled ANTT-XA-4 is left in DRL.
 */
class Tt124TablesTest {
    private static final Path FOLDER = Path.of("src", "main", "resources", "vn", "antq", "rules", "national", "tt124");
    private static final Path CATALOGUE = Path.of("..", "docs", "rules", "catalogue.md");
    private static final List<String> TABLES = List.of("dieu4-khu-dan-cu.drl.csv", "dieu5-xa-tieu-chi.drl.csv",
            "dieu6-co-quan-doanh-nghiep.drl.csv", "dieu7-co-so-giao-duc.drl.csv");
    private static final List<String> CRITERIA = List.of(
            "ANTT-KDC-1", "ANTT-KDC-2", "ANTT-KDC-3", "ANTT-KDC-4a", "ANTT-KDC-4b", "ANTT-KDC-4c", "ANTT-KDC-4d",
            "ANTT-KDC-5",
            "ANTT-XA-1", "ANTT-XA-2.2", "ANTT-XA-2.3", "ANTT-XA-2.4a", "ANTT-XA-2.4b", "ANTT-XA-2.4c", "ANTT-XA-2.4d",
            "ANTT-XA-3",
            "ANTT-CQDN-1", "ANTT-CQDN-2", "ANTT-CQDN-3", "ANTT-CQDN-4", "ANTT-CQDN-5",
            "ANTT-CSGD-1", "ANTT-CSGD-2", "ANTT-CSGD-3", "ANTT-CSGD-4", "ANTT-CSGD-5", "ANTT-CSGD-6");
    /** Header rows of a table: column kinds, patterns, code, Vietnamese titles. */
    private static final int HEADER = 4;

    private static Map<String, List<List<String>>> tables;
    private static Map<String, RuleInfo> rules;

    @BeforeAll
    static void load() throws IOException {
        tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, parse(Files.readString(FOLDER.resolve(table), StandardCharsets.UTF_8)));
        }
        rules = Evaluator.builder().build().rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void theTablesHoldEveryCriterionOfDieu4To7ButThePooledOne() {
        List<String> ids = tables.values().stream().flatMap(t -> rows(t).stream()).map(r -> r.get(0)).toList();
        assertEquals(CRITERIA, ids);
        assertTrue(rules.containsKey("ANTT-XA-4"), "ANTT-XA-4 stays a DRL rule");
    }

    @Test
    void everyTableHasTheSameColumnsSoAnAuthorLearnsOneShape() {
        List<List<String>> first = header(tables.get(TABLES.get(0)));
        tables.forEach((name, table) -> assertEquals(first, header(table), name));
    }

    @Test
    void eachRowCompilesToTheRuleTheCatalogueListsWithItsLabelSourceAndJoinedParameters() throws IOException {
        String catalogue = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
        for (List<List<String>> table : tables.values()) {
            List<String> objects = header(table).get(1);
            for (List<String> row : rows(table)) {
                String id = row.get(0);
                RuleInfo rule = rules.get(id);
                String label = row.get(row.size() - 2);
                String source = row.get(row.size() - 1);
                assertEquals(label, rule.label(), id);
                assertEquals(source, rule.source(), id);
                assertEquals("tieu-chi", row.get(1), id);
                List<String> joined = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    if (objects.get(i).endsWith(": Param") && !row.get(i).isBlank()) {
                        joined.add(row.get(i).trim());
                    }
                }
                assertEquals(joined, rule.parameters(), id);
                String line = "| `" + id + "` | " + label + " | " + source + " | "
                        + joined.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")) + " | "
                        + rule.file() + " |";
                assertTrue(catalogue.contains(line + "\n"), id + " is not in docs/rules/catalogue.md as before: " + line);
            }
        }
    }

    private static List<List<String>> header(List<List<String>> table) {
        int start = indexOfRuleTable(table) + 1;
        return table.subList(start, start + HEADER);
    }

    private static List<List<String>> rows(List<List<String>> table) {
        return table.subList(indexOfRuleTable(table) + 1 + HEADER, table.size()).stream()
                .filter(r -> !r.isEmpty() && !r.get(0).isBlank()).toList();
    }

    private static int indexOfRuleTable(List<List<String>> table) {
        for (int i = 0; i < table.size(); i++) {
            if (!table.get(i).isEmpty() && table.get(i).get(0).startsWith("RuleTable ")) {
                return i;
            }
        }
        throw new AssertionError("no RuleTable");
    }

    /** RFC 4180: commas separate cells, a quoted cell may hold commas and doubled quotes. */
    private static List<List<String>> parse(String text) {
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                table.add(Stream.of(row).flatMap(List::stream).toList().equals(List.of("")) ? List.of() : row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            table.add(row);
        }
        return table;
    }
}
