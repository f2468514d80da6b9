package vn.antq.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file that cannot be read: malformed YAML, an unknown key, a value of the wrong kind. */
public final class ScenarioFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems; a list of records, serializable. */
    private final transient List<ScenarioProblem> problems;

    /** @param problems every problem found, at least one */
    public ScenarioFormatException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in file order */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
