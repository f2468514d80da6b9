package vn.antq.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @Test
    void readsEveryOptionInBothSpellings() {
        CommandLine.Request request = CommandLine.parse(new String[] {"--seed", "7", "--year=2025",
                "--provinces", "38, 01", "--max-units=500", "--title", "Thử", "--out", "a/b.json"});
        GeneratorSettings settings = request.settings();
        assertEquals(7, settings.seed());
        assertEquals(2025, settings.year());
        assertEquals(List.of("38", "01"), settings.provinces());
        assertEquals(OptionalInt.of(500), settings.maxUnits());
        assertEquals(Optional.of("Thử"), settings.title());
        assertEquals(Path.of("a/b.json"), request.out());
        assertFalse(request.help());
    }

    @Test
    void twoTierIsAFlagWithoutValue() {
        GeneratorSettings settings = CommandLine.parse(new String[] {"--year", "2026", "--two-tier", "--provinces",
                "38"}).settings();
        assertEquals(GeneratorSettings.Structure.TWO_TIER_2025, settings.structure());
        assertEquals(List.of("38"), settings.provinces());
        assertEquals(GeneratorSettings.Structure.THREE_TIER_2024, CommandLine.parse(new String[0]).settings()
                .structure());
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--year", "2026",
                "--two-tier=yes"}));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--two-tier"}),
                "the default year, 2024, is before the reform");
    }

    @Test
    void writesTheTwoTierFileItIsGiven() throws IOException {
        Path out = directory.resolve("two-tier.json");
        int status = run("--seed", "5", "--year", "2026", "--provinces", "38", "--two-tier", "--max-units", "300",
                "--out", out.toString());
        assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));
        assertArrayEquals(SampleGenerator.generate(GeneratorSettings.builder().seed(5).year(2026).provinces("38")
                .twoTier().maxUnits(300).build()), Files.readAllBytes(out));
        Path never = directory.resolve("never.json");
        assertEquals(2, run("--year", "2026", "--two-tier", "--out", never.toString()), "all provinces");
        assertFalse(Files.exists(never));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("Thanh Hóa"));
    }

    @Test
    void withoutOptionsItMakesTheWholeCountryWithTheDefaultSeedToStandardOutput() {
        CommandLine.Request request = CommandLine.parse(new String[0]);
        assertEquals(GeneratorSettings.builder().build(), request.settings());
        assertEquals(20240308L, request.settings().seed());
        assertTrue(request.settings().allProvinces());
        assertNull(request.out());
        assertTrue(CommandLine.parse(new String[] {"--provinces", "all"}).settings().allProvinces());
    }

    @Test
    void rejectsWhatItCannotRead() {
        for (String[] args : List.of(new String[] {"--colour", "red"}, new String[] {"--seed"},
                new String[] {"--seed", "many"}, new String[] {"--year", "1999"}, new String[] {"--max-units", "0"},
                new String[] {"--provinces", "38,,01"}, new String[] {"--max-units", "99999999999"})) {
            assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(args), String.join(" ", args));
        }
    }

    @Test
    void writesTheFileItIsGiven() throws IOException {
        Path out = directory.resolve("nested/sample.json");
        int status = run("--seed", "5", "--provinces", "38", "--max-units", "300", "--out", out.toString());
        assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));
        byte[] expected = SampleGenerator.generate(GeneratorSettings.builder().seed(5).provinces("38")
                .maxUnits(300).build());
        assertArrayEquals(expected, Files.readAllBytes(out));
        assertEquals(List.of(out), Files.list(out.getParent()).toList(), "no partial file is left behind");
    }

    @Test
    void writesToStandardOutputWithoutOut() {
        assertEquals(0, run("--provinces", "38", "--max-units", "50"));
        assertArrayEquals(SampleGenerator.generate(GeneratorSettings.builder().provinces("38").maxUnits(50)
                .build()), stdout.toByteArray());
    }

    @Test
    void invalidArgumentsExitWith2AndWriteNothing() {
        Path out = directory.resolve("never.json");
        assertEquals(2, run("--seed", "x", "--out", out.toString()));
        assertEquals(2, run("--provinces", "99", "--out", out.toString()));
        assertFalse(Files.exists(out));
        assertEquals(0, stdout.size());
        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("invalid argument") && errors.contains("không hợp lệ"), errors);
        assertTrue(errors.contains("99"), errors);
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(0, run("--help"));
        assertEquals(CommandLine.USAGE, stdout.toString(StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }
}
