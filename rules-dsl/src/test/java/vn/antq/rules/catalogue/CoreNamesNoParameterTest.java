package vn.antq.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine carries no legal content of the bundled packs: no source file of {@code core} names a parameter id
 * of the national pack or of a bundled plan, nor a string that starts like one ({@code "hd01.…"}). The rules pass
 * the ids they mean to the vocabularies; Javadoc examples use {@code example.…} ids.
 */
class CoreNamesNoParameterTest {
    private static final Path PACKS = Path.of("src", "main", "resources");
    private static final Path CORE = Path.of("..", "core", "src", "main", "java");
    private static final Pattern ID = Pattern.compile("^\\s*- id: ([A-Za-z0-9_.]+)", Pattern.MULTILINE);

    @Test
    void noSourceOfCoreNamesAParameterOfTheBundledPacks() throws IOException {
        Set<String> ids = packParameterIds();
        assertFalse(ids.isEmpty(), "the packs' parameter files were not found under " + PACKS.toAbsolutePath());
        Set<String> prefixes = new TreeSet<>();
        ids.stream().filter(id -> id.contains("."))
                .forEach(id -> prefixes.add(id.substring(0, id.indexOf('.'))));
        Pattern named = Pattern.compile("(?<![A-Za-z0-9_.])(" + String.join("|", ids.stream().map(Pattern::quote)
                .toList()) + ")(?![A-Za-z0-9_])");
        Pattern started = Pattern.compile("\"(" + String.join("|", prefixes) + ")\\.");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher n = named.matcher(lines.get(i));
                    Matcher s = started.matcher(lines.get(i));
                    if (n.find() || s.find()) {
                        found.add(CORE.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "core names the packs' parameters; pass them from the rules instead");
    }

    private static Set<String> packParameterIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PACKS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher m = ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }
}
