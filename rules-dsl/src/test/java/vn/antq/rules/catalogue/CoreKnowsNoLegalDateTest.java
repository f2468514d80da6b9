package vn.antq.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine carries no legal date or period: no source of {@code core} builds a date or a day of the year from
 * literal numbers ({@code LocalDate.of(year, 11, 15)}, {@code MonthDay.of(7, 1)}), nor counts days per month. Such
 * dates (assessment windows, deadlines, the start of a rating year) are parameters of the pack with their source.
 * The only exception is the dataset format's default reference date, which the format itself defines
 * (docs/dataset-format.md) and which a dataset can always state.
 */
class CoreKnowsNoLegalDateTest {
    private static final Path CORE = Path.of("..", "core", "src", "main", "java");
    private static final Pattern LITERAL_DATE = Pattern.compile(
            "(LocalDate|MonthDay|YearMonth)\\.of\\([^()]*,\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\)|DAYS_PER_MONTH|\\b(Month\\.[A-Z]+)");
    /** file → why a line of it may build a date from literals. */
    private static final Map<String, String> FORMAT_DEFAULTS = Map.of(
            "vn/antq/dataset/Dataset.java", "the dataset format's default reference date",
            "vn/antq/dataset/DatasetValidator.java", "the dataset format's default reference date");

    @Test
    void noSourceOfCoreBuildsALegalDateFromLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = CORE.relativize(file).toString().replace('\\', '/');
                if (FORMAT_DEFAULTS.containsKey(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("*") && !line.startsWith("//") && LITERAL_DATE.matcher(line).find()) {
                        found.add(name + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "core builds a legal date from literals; make it a parameter of the pack");
    }
}
