package vn.antq.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies a rule pack's sources into a test directory. */
final class PackFiles {

    private PackFiles() {
    }

    /** @return the national pack's source directory, as the build passes it to the tests */
    static Path nationalSources() {
        return Path.of(System.getProperty("antq.nationalPackSources"));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
