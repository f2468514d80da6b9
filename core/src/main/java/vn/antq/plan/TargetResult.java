package vn.antq.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * A plan target computed over one scope (the plan's unit, or one of its groups), with its explanation
 * and the units behind a miss.
 *
 * @param id          target id, e.g. {@code KH67-T5}; a campaign target adds the campaign id
 *                    ({@code KH67-T8/TH-2024-MA-TUY})
 * @param scope       id of the unit (or group) it was computed over
 * @param scopeName   that unit's name
 * @param label       the target in Vietnamese, as the plan says it
 * @param status      MET, NOT_MET or UNKNOWN (when units lacking data could change the outcome)
 * @param numerator   units (or people) that meet it
 * @param denominator units (or people) it is computed over, those lacking data included
 * @param count       true for a count target (its {@code actual} is the numerator), false for a share
 * @param actual      the share numerator / denominator, or the count for a count target
 * @param required    the threshold, e.g. {@code > 0.80}, {@code ≥ 1}, {@code ≥ 10}
 * @param source      the plan's reference for it
 * @param provisionalBasis ids of the provisional parameters it rests on: its own, and those of the unit results it
 *                    counts (the standings for a share of units achieving the standard, the movement levels
 *                    for a share classified Khá or better), sorted; empty when it rests on none
 * @param parameters  the parameters used
 * @param against     ids of the units that count against it, in dataset order
 * @param undecided   ids of the units whose data could not decide their part, in dataset order
 * @since 0.1
 */
public record TargetResult(String id, String scope, String scopeName, String label, Verdict status,
                           BigDecimal numerator, BigDecimal denominator, boolean count, BigDecimal actual,
                           String required,
                           String source, List<String> provisionalBasis, List<UsedParameter> parameters,
                           List<String> against, List<String> undecided) {

    /** Checks the required fields and copies the lists. */
    public TargetResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        provisionalBasis = List.copyOf(provisionalBasis);
        parameters = List.copyOf(parameters);
        against = List.copyOf(against);
        undecided = List.copyOf(undecided);
    }

    /** @return true when it rests on a provisional value: its provisional basis is not empty */
    public boolean provisional() {
        return !provisionalBasis.isEmpty();
    }
}
