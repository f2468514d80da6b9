package vn.antq.pack;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.antq.internal.validation.DirectoryValidation;

/**
 * Checks a rule pack directory ({@code pack.yaml}, its {@code .drl} and {@code .drl.csv} files, its parameter
 * files) and reports every problem in the author's words, with file, line and column: syntax and compile errors,
 * unknown indicators and fact fields, parameters used but not defined (or defined but unused, of the wrong kind,
 * with dates that overlap), rating bands that overlap or leave a gap, rules without a stable id, {@code @label} or
 * {@code @source}, and mistakes in {@code pack.yaml}. A pack that {@code extends} the national pack is checked
 * against it (its rule ids, parameters, phases and indicators), so the national pack must be on the class path
 * ({@code antq-rules-dsl}). Validation does not load the pack into an evaluator and never throws for a bad pack.
 *
 * @since 0.2
 */
public final class PackValidator {
    private final Function<Path, Set<String>> coverage;

    private PackValidator(Function<Path, Set<String>> coverage) {
        this.coverage = coverage;
    }

    /** @return a validator that does not check scenario coverage */
    public static PackValidator create() {
        return new PackValidator(null);
    }

    /**
     * @param coveredRuleIds given the pack directory, the ids of the rules its scenarios cover; every rule of the
     *                       pack that is not among them is reported as a warning
     * @return a validator that also checks scenario coverage
     */
    public PackValidator withCoverage(Function<Path, Set<String>> coveredRuleIds) {
        return new PackValidator(Objects.requireNonNull(coveredRuleIds, "coveredRuleIds"));
    }

    /**
     * @param directory the pack directory, holding {@code pack.yaml}
     * @return every problem found
     */
    public PackValidation validate(Path directory) {
        return DirectoryValidation.run(Objects.requireNonNull(directory, "directory"), coverage,
                PackValidator.class.getClassLoader());
    }
}
