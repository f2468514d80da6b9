package vn.antq.scenario;

import java.nio.file.Path;
import java.util.List;
import vn.antq.dataset.Dataset;

/**
 * One case of a scenario file, read and checked: its dataset (defaults applied), the plan and packs it is evaluated
 * with, and what it expects. Run it with {@link ScenarioRunner#run(ScenarioCase)}.
 */
public final class ScenarioCase {
    private final String file;
    private final String name;
    private final int line;
    private final String planId;
    private final List<Path> packs;
    private final Dataset dataset;
    private final List<String> defaultsUsed;
    private final List<Expectation> expectations;

    ScenarioCase(String file, String name, int line, String planId, List<Path> packs, Dataset dataset,
                 List<String> defaultsUsed, List<Expectation> expectations) {
        this.file = file;
        this.name = name;
        this.line = line;
        this.planId = planId;
        this.packs = List.copyOf(packs);
        this.dataset = dataset;
        this.defaultsUsed = List.copyOf(defaultsUsed);
        this.expectations = List.copyOf(expectations);
    }

    /** @return the scenario file, as given to the runner */
    public String file() {
        return file;
    }

    /** @return the case's name, as written (Vietnamese) */
    public String name() {
        return name;
    }

    /** @return the line where the case starts */
    public int line() {
        return line;
    }

    /** @return the plan evaluated with the case, or null */
    public String planId() {
        return planId;
    }

    /** @return the pack directories layered on the national pack, in order */
    public List<Path> packs() {
        return packs;
    }

    /** @return the dataset the case evaluates, defaults applied */
    public Dataset dataset() {
        return dataset;
    }

    /** @return the scenario defaults taken: one line per set of defaults, naming the units (teams, members) that took it */
    public List<String> defaultsUsed() {
        return defaultsUsed;
    }

    List<Expectation> expectations() {
        return expectations;
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + name;
    }
}
