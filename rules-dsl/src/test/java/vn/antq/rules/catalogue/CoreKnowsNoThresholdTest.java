package vn.antq.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine carries no threshold, count or rate of the law: outside comments and text, {@code core}'s sources
 * hold no number but 0, 1 and 2 (indexes, pairs, sizes), except the few listed below, each law-free (arithmetic, formatting, sizes, the
 * dataset format's own bounds). A share, an age, a number of years or months, a quota or a band written in
 * {@code core} fails here: it belongs in a parameter file of the pack with its source, and the rule joins it.
 */
class CoreKnowsNoThresholdTest {
    private static final Path CORE = Path.of("..", "core", "src", "main", "java");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d[\\d_]*(?:\\.\\d+)?)[LlDdFf]?(?![\\w.])");
    /** file → the numbers it may hold, and why they carry no law. */
    private static final Map<String, Allowed> ALLOWED = Map.ofEntries(
            Map.entry("vn/antq/commendation/PersonCases.java", new Allowed(Set.of("5"), "a list's initial size")),
            Map.entry("vn/antq/dataset/BudgetLineParser.java", new Allowed(Set.of("3", "4"), "array indexes")),
            Map.entry("vn/antq/dataset/ForbiddenCharacters.java", new Allowed(Set.of("8"), "a text buffer's extra room")),
            Map.entry("vn/antq/dataset/JsonErrors.java",
                    new Allowed(Set.of("3", "4"), "the byte positions of an encoding's byte-order mark")),
            Map.entry("vn/antq/dataset/IndicatorChecks.java",
                    new Allowed(Set.of("100"), "the dataset format's range of a movement score")),
            Map.entry("vn/antq/dataset/SecurityTeamParser.java",
                    new Allowed(Set.of("3"), "the dataset format's range of an area class")),
            Map.entry("vn/antq/dataset/Dataset.java",
                    new Allowed(Set.of("11", "15"), "the dataset format's default reference date (15/11)")),
            Map.entry("vn/antq/dataset/DatasetValidator.java",
                    new Allowed(Set.of("11", "15", "1990", "2100"), "the dataset format's reference date and years")),
            Map.entry("vn/antq/dataset/JsonInput.java", new Allowed(Set.of("3", "16"), "a byte-order mark's length and a buffer size")),
            Map.entry("vn/antq/dataset/JsonValues.java", new Allowed(Set.of("80"), "how much bad input a message shows")),
            Map.entry("vn/antq/dataset/TreeChecks.java", new Allowed(Set.of("3"), "the depth of a unit in the tree")),
            Map.entry("vn/antq/evaluation/Evaluator.java", new Allowed(Set.of("100"), "units per rule session")),
            Map.entry("vn/antq/internal/validation/BandCheck.java",
                    new Allowed(Set.of("3", "4"), "the groups of a regular expression")),
            Map.entry("vn/antq/internal/validation/CompileCheck.java",
                    new Allowed(Set.of("3", "4"), "the groups of a regular expression")),
            Map.entry("vn/antq/internal/validation/FactFieldCheck.java",
                    new Allowed(Set.of("3", "20"), "the length of \"get\" and how many names a message lists")),
            Map.entry("vn/antq/pack/NearestName.java",
                    new Allowed(Set.of("3"), "how far a typo may be from a name (a third of its length)")),
            Map.entry("vn/antq/internal/MedalRun.java", new Allowed(Set.of("1_000"), "candidates per rule session")),
            Map.entry("vn/antq/internal/ReportAssembler.java", new Allowed(Set.of("4_096"), "a cache's size")),
            Map.entry("vn/antq/period/AssessmentWindow.java", new Allowed(Set.of("64"), "a cache's size")),
            Map.entry("vn/antq/report/Lines.java", new Allowed(Set.of("3"), "digit grouping")),
            Map.entry("vn/antq/report/PlanSection.java", new Allowed(Set.of("30", "100"),
                    "percent formatting and how many units a report lists")),
            Map.entry("vn/antq/report/Tally.java", new Allowed(Set.of("100"), "percent")),
            Map.entry("vn/antq/report/TeamSection.java", new Allowed(Set.of("3", "40"),
                    "three verdict columns and how many teams a report lists")),
            Map.entry("vn/antq/report/TextReportWriter.java", new Allowed(Set.of("5"), "a section number")),
            Map.entry("vn/antq/rules/Check.java", new Allowed(Set.of("64"), "a text buffer size")),
            Map.entry("vn/antq/rules/Parts.java", new Allowed(Set.of("256"), "a cache's size")),
            Map.entry("vn/antq/rules/Grassroots.java", new Allowed(Set.of("3"), "three verdict counts")),
            Map.entry("vn/antq/rules/Medal.java", new Allowed(Set.of("12"), "months in a year")),
            Map.entry("vn/antq/rules/ParameterTrail.java", new Allowed(Set.of("4"), "list sizes")),
            Map.entry("vn/antq/rules/Rate.java", new Allowed(Set.of("6", "100"), "percent and a division's scale")),
            Map.entry("vn/antq/rules/RatingFact.java", new Allowed(Set.of("100"), "percent")),
            Map.entry("vn/antq/rules/Target.java", new Allowed(Set.of("4", "16"), "a division's scale and a set's initial size")),
            Map.entry("vn/antq/rules/Wording.java", new Allowed(Set.of("3", "6", "64", "100", "4_096", "40_000"),
                    "digit grouping, percent, a division's scale and the sizes of text caches")));

    private record Allowed(Set<String> numbers, String why) { }

    @Test
    void noSourceOfCoreHoldsAThreshold() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = CORE.relativize(file).toString().replace('\\', '/');
                Allowed allowed = ALLOWED.getOrDefault(name, new Allowed(Set.of(), ""));
                String[] lines = codeOnly(Files.readString(file, StandardCharsets.UTF_8)).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = NUMBER.matcher(lines[i]);
                    while (m.find()) {
                        String n = m.group(1);
                        if (!n.equals("0") && !n.equals("1") && !n.equals("2") && !allowed.numbers().contains(n)) {
                            found.add(name + ":" + (i + 1) + ": " + n + " in «" + lines[i].strip() + "»");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "core holds a number that may be law; make it a parameter of the pack "
                + "(or, if it is arithmetic or formatting, list it here with why)");
    }

    @Test
    void theScanSeesCodeNotCommentsOrText() {
        String code = codeOnly("int a = 70; // 95\n/* 80 */ String s = \"15 năm\"; char c = '3';\nlong b = 2L + 1_000;");
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(code);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        assertEquals(List.of("70", "2", "1_000"), numbers);
        assertEquals(3, code.split("\n", -1).length, "line numbers are kept");
    }

    /** The source with comments removed and string and char literals emptied; line breaks kept. */
    private static String codeOnly(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                out.append("\n".repeat((int) src.substring(i, end).chars().filter(ch -> ch == '\n').count()));
                i = end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                out.append("\"\"").append("\n".repeat((int) src.substring(i, end).chars().filter(ch -> ch == '\n').count()));
                i = end + 3;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                int j = i + 1;
                while (src.charAt(j) != quote) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(quote).append(quote);
                i = j + 1;
            } else {
                out.append(src.charAt(i++));
            }
        }
        return out.toString();
    }
}
