package vn.antq.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems and warnings found while reading and validating one dataset, so that every
 * problem is reported together in one {@link InvalidDatasetException}.
 */
final class Findings {
    /** The location of a problem in a top-level field. */
    static final String DATASET = "dataset";

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * Records a problem.
     *
     * @param location the unit or campaign id, {@code units[i]}, {@code campaigns[i]} or {@code dataset}
     * @param field    the field
     * @param expected what a valid value looks like
     * @param found    what the dataset holds
     */
    void problem(String location, String field, String expected, String found) {
        problems.add(new Problem(location, field, expected, found));
    }

    /** @param text a non-fatal remark naming where and what */
    void warning(String text) {
        warnings.add(ForbiddenCharacters.visible(text));
    }

    /** @return how many problems were recorded so far */
    int problemCount() {
        return problems.size();
    }

    /** @return the warnings recorded so far */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** @throws InvalidDatasetException listing every problem, when at least one was recorded */
    void throwIfProblems() throws InvalidDatasetException {
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
    }
}
