package vn.antq.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Reads the generator's arguments by hand and runs it: the body of {@link SampleGenerator#main}. */
final class CommandLine {
    static final String USAGE = """
            Usage: SampleGenerator [--seed N] [--year Y] [--provinces CODES|all] [--max-units N]
                                   [--two-tier] [--title TEXT] [--out FILE] [--help]
              --seed N            seed of every random draw (default 20240308)
              --year Y            assessment year, 2000–2100 (default 2024)
              --provinces CODES   comma-separated province codes, e.g. 38 or 38,01; all for the whole
                                  country (default all)
              --max-units N       stop once about N units are written (communes in the national order)
              --two-tier          the two-tier structure from 01/07/2025 (new communes, the former
                                  districts and communes as history); Thanh Hóa only: --provinces 38,
                                  year 2025 or later
              --title TEXT        the dataset's title (default: scope, year, "dữ liệu mẫu …")
              --out FILE          write to FILE instead of standard output
            Exit codes: 0 done, 2 invalid arguments, 1 could not write.
            """;

    /**
     * What the command line asks for.
     *
     * @param settings the generator's settings
     * @param out      the file to write, or null for standard output
     * @param help     whether only the usage was asked for
     */
    record Request(GeneratorSettings settings, Path out, boolean help) {
    }

    private CommandLine() {
    }

    /**
     * @param args   the arguments
     * @param stdout where the dataset goes without {@code --out}, and the usage after {@code --help}
     * @param stderr where errors go, in Vietnamese and English
     * @return the exit code: 0 done, 2 invalid arguments, 1 could not write
     */
    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        Request request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println("Tham số không hợp lệ / invalid argument: " + e.getMessage());
            stderr.print(USAGE);
            return 2;
        }
        if (request.help()) {
            stdout.print(USAGE);
            return 0;
        }
        try {
            if (request.out() == null) {
                SampleGenerator.write(request.settings(), stdout);
            } else {
                writeFile(request.settings(), request.out());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            stderr.println("Tham số không hợp lệ / invalid argument: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            stderr.println("Không ghi được / could not write: " + e.getMessage());
            return 1;
        }
    }

    /**
     * @param args the arguments, each option followed by its value ({@code --seed 7}) or joined to it
     *             ({@code --seed=7})
     * @return the request
     * @throws IllegalArgumentException naming the first argument that is unknown, lacks a value or is out of range
     */
    static Request parse(String[] args) {
        GeneratorSettings.Builder settings = GeneratorSettings.builder();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = null;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            }
            if (option.equals("--help") || option.equals("-h")) {
                return new Request(settings.build(), null, true);
            }
            if (option.equals("--two-tier")) {
                if (value != null) {
                    throw new IllegalArgumentException("--two-tier takes no value");
                }
                settings.twoTier();
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                value = args[++i];
            }
            switch (option) {
                case "--seed" -> settings.seed(longValue(option, value));
                case "--year" -> settings.year(intValue(option, value));
                case "--provinces" -> settings.provinces(provinces(value));
                case "--max-units" -> settings.maxUnits(intValue(option, value));
                case "--title" -> settings.title(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Request(settings.build(), out, false);
    }

    private static long longValue(String option, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a whole number, found \"" + value + "\"");
        }
    }

    private static int intValue(String option, String value) {
        long number = longValue(option, value);
        if (number != (int) number) {
            throw new IllegalArgumentException(option + " is out of range: " + value);
        }
        return (int) number;
    }

    private static List<String> provinces(String value) {
        if (value.trim().equalsIgnoreCase("all")) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String code : value.split(",", -1)) {
            if (code.isBlank()) {
                throw new IllegalArgumentException("--provinces has an empty code in \"" + value + "\"");
            }
            codes.add(code.trim());
        }
        return codes;
    }

    private static void writeFile(GeneratorSettings settings, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                SampleGenerator.write(settings, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
