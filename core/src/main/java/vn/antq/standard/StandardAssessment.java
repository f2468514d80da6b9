package vn.antq.standard;

import java.util.List;
import java.util.Objects;
import vn.antq.period.AssessmentWindow;

/**
 * A unit's result against the standard "An toàn về an ninh, trật tự": its status, the window its
 * events were read in, and every criterion with its explanation.
 *
 * @param status   the overall status
 * @param window   the assessment window, or {@code null} for a kind that is not assessed
 * @param exclusion why the unit is outside the standard's scope, or {@code null}
 * @param criteria the criteria, sorted by rule id
 * @since 0.1
 */
public record StandardAssessment(StandardStatus status, AssessmentWindow window, String exclusion,
                                 List<CriterionResult> criteria) {

    /** Checks the status and copies the list. */
    public StandardAssessment {
        Objects.requireNonNull(status, "status");
        criteria = List.copyOf(criteria);
    }

    /** @return true when any criterion rests on a provisional parameter */
    public boolean provisional() {
        return criteria.stream().anyMatch(CriterionResult::provisional);
    }

    /**
     * @return ids of the provisional parameters the status rests on: those of every criterion, sorted; empty
     *         when it rests on none
     */
    public List<String> provisionalBasis() {
        return criteria.stream().flatMap(c -> c.provisionalBasis().stream()).distinct().sorted().toList();
    }
}
