package vn.antq.rules.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RulePack;

/** The national pack copied to a directory, with one text of one parameter file replaced, for tests of a reading. */
final class EditedPack {

    private EditedPack() {
    }

    /**
     * @param dir         an empty directory
     * @param file        a parameter file name, e.g. {@code tt124.yaml}
     * @param text        text of that file to replace, which must occur in it
     * @param replacement its replacement
     * @return an evaluator of the edited pack, without plans
     */
    static Evaluator evaluator(Path dir, String file, String text, String replacement) {
        try {
            copy(dir);
            Path parameters = dir.resolve("parameters").resolve(file);
            String before = Files.readString(parameters);
            if (!before.contains(text)) {
                throw new IllegalArgumentException(file + " has no " + text);
            }
            Files.writeString(parameters, before.replace(text, replacement));
            return Evaluator.builder().rulePack(RulePack.directory(dir)).bundledPlans(false).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dir an empty directory
     * @throws IOException when a file cannot be copied
     */
    static void copy(Path dir) throws IOException {
        Path from = Path.of("src/main/resources/vn/antq/rules/national");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
