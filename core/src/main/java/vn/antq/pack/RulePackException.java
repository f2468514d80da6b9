package vn.antq.pack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rule pack cannot be loaded: a rule that does not compile, a parameter file that does
 * not parse, a parameter a rule names but the pack does not define. Lists every problem with its
 * file and line.
 *
 * @since 0.1
 */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    /** @param problems every problem found; not empty */
    public RulePackException(List<PackProblem> problems) {
        super("Bộ luật không hợp lệ / invalid rule pack (" + problems.size() + "):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problems every problem found; not empty
     * @param cause    the underlying failure
     */
    public RulePackException(List<PackProblem> problems, Throwable cause) {
        this(problems);
        initCause(cause);
    }

    /** @return every problem */
    public List<PackProblem> problems() {
        return problems;
    }
}
