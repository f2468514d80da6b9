package vn.antq.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of running scenario files: each case's result, the files that could not be read, and the rules the
 * cases covered.
 *
 * @param results  every case run, in file order
 * @param problems the problems of the files that could not be read (none of their cases ran)
 * @param covered  the ids of the rules that fired in at least one case, sorted
 */
public record ScenarioRun(List<CaseResult> results, List<ScenarioProblem> problems, Set<String> covered) {
    /** Copies the lists; the covered ids are kept sorted. */
    public ScenarioRun {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
        covered = Collections.unmodifiableSortedSet(new TreeSet<>(covered));
    }

    /** @return the cases that passed */
    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    /** @return the cases that failed */
    public long failed() {
        return results.size() - passed();
    }

    /**
     * @param ruleIds the rules of a pack
     * @return those no case covered, sorted
     */
    public Set<String> uncovered(Iterable<String> ruleIds) {
        Set<String> out = new TreeSet<>();
        ruleIds.forEach(id -> {
            if (!covered.contains(id)) {
                out.add(id);
            }
        });
        return out;
    }

    /** @return e.g. "12 tình huống, 11 đạt, 1 không đạt / 12 cases, 11 passed, 1 failed" */
    public String summary() {
        return results.size() + " tình huống, " + passed() + " đạt, " + failed() + " không đạt / " + results.size()
                + " cases, " + passed() + " passed, " + failed() + " failed";
    }
}
