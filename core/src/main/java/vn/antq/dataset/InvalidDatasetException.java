package vn.antq.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a dataset is invalid; it lists every problem found, and nothing was evaluated.
 *
 * @since 0.1
 */
public final class InvalidDatasetException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems every problem found; not empty */
    public InvalidDatasetException(List<Problem> problems) {
        super("Dữ liệu không hợp lệ / invalid dataset (" + problems.size() + "):\n"
                + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in the order found */
    public List<Problem> problems() {
        return problems;
    }
}
