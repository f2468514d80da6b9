package vn.antq.commendation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;

/**
 * A unit proposed (or held back) for a collective award, with the reasons. antq proposes; people decide.
 *
 * @param unitId         the candidate
 * @param award          the award
 * @param status         proposed, blocked or over the quota
 * @param rank           its place among the candidates for the award (1 = first), by score, then years
 *                       achieved, then id
 * @param score          its movement score this year, or null
 * @param yearsAchieved  consecutive years achieving the standard, this year included, counted from the end
 *                       of any earlier discipline
 * @param reasons        why it is proposed, or why not, in Vietnamese
 * @param rule           the rule that proposed it
 * @param source         the legal reference
 * @param provisionalBasis ids of the provisional parameters it rests on: its own criteria (provisional by
 *                       default: domain.md §6) and those of the unit's standing and movement level, sorted
 * @param parameters     the parameters used
 * @since 0.1
 */
public record Proposal(String unitId, Award award, ProposalStatus status, int rank, BigDecimal score,
                       int yearsAchieved, List<String> reasons, String rule, String source, List<String> provisionalBasis,
                       List<UsedParameter> parameters) {

    /** Checks the required fields and copies the lists. */
    public Proposal {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        provisionalBasis = List.copyOf(provisionalBasis);
        parameters = List.copyOf(parameters);
    }

    /** @return true when it rests on a provisional value: its provisional basis is not empty */
    public boolean provisional() {
        return !provisionalBasis.isEmpty();
    }
}
