package vn.antq.standard;

import java.util.List;
import java.util.Objects;
import vn.antq.verdict.Verdict;

/**
 * The result of one criterion for one unit, with its explanation.
 *
 * @param rule        stable rule id, e.g. {@code ANTT-XA-4}
 * @param status      the verdict
 * @param label       the criterion in Vietnamese
 * @param actual      what the data show, in Vietnamese
 * @param required    what the criterion requires, in Vietnamese
 * @param source      legal reference of the criterion
 * @param provisionalBasis ids of the provisional parameters it rests on, directly or through the conclusions it
 *                    read (a commune's pooled criterion through the standings of its units, ANTT-KDC-5 through
 *                    the team's rating), sorted; empty when it rests on none
 * @param parameters  the parameters it used
 * @since 0.1
 */
public record CriterionResult(String rule, Verdict status, String label, String actual, String required,
                              String source, List<String> provisionalBasis, List<UsedParameter> parameters) {

    /** Checks the required fields and copies the list. */
    public CriterionResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        provisionalBasis = List.copyOf(provisionalBasis);
        parameters = List.copyOf(parameters);
    }

    /** @return true when it rests on a provisional value: its provisional basis is not empty */
    public boolean provisional() {
        return !provisionalBasis.isEmpty();
    }
}
