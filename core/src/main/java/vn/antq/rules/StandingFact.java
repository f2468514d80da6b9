package vn.antq.rules;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * A unit's overall status against the standard, inserted by the standing rules once all its
 * criteria are in; the commune rule ANTT-XA-4 reads those of the units a commune manages.
 *
 * @param unitId     the unit
 * @param managerId  the unit that manages its recognition, or null
 * @param kind       its kind
 * @param status     its status
 * @param registered whether it registered for the standard, or null when unknown
 * @param scopeKnown false when the unit may be outside the standard's scope (a scope criterion is UNKNOWN)
 * @param provisionalBasis the provisional parameters its criteria rest on, sorted; empty when none
 * @since 0.1
 */
public record StandingFact(String unitId, String managerId, UnitKind kind, StandardStatus status,
                           Boolean registered, boolean scopeKnown, List<String> provisionalBasis) {

    /** Copies the list. */
    public StandingFact {
        provisionalBasis = List.copyOf(provisionalBasis);
    }

    /**
     * Combines a unit's criteria with {@link Verdict#all}: NOT_ACHIEVED when any is NOT_MET; else
     * INSUFFICIENT_DATA when any is UNKNOWN; else ACHIEVED when any is MET; INSUFFICIENT_DATA when none applies.
     *
     * @param unit       the unit
     * @param criteria   all its criteria
     * @param registered whether it registered for the standard (the indicator the rule reads), or null when unknown
     * @return its standing
     */
    public static StandingFact of(UnitFact unit, Collection<CriterionFact> criteria, Boolean registered) {
        Verdict all = Verdict.all(criteria.stream().map(CriterionFact::verdict).toList());
        boolean scopeKnown = criteria.stream().noneMatch(c -> c.scope() && c.verdict() == Verdict.UNKNOWN);
        TreeSet<String> basis = new TreeSet<>();
        criteria.forEach(c -> basis.addAll(c.provisionalBasis()));
        StandardStatus status = switch (all) {
            case NOT_MET -> StandardStatus.NOT_ACHIEVED;
            case MET -> StandardStatus.ACHIEVED;
            case UNKNOWN, NOT_APPLICABLE -> StandardStatus.INSUFFICIENT_DATA;
        };
        return new StandingFact(unit.getId(), unit.getManagerId(), unit.getKind(), status, registered, scopeKnown,
                List.copyOf(basis));
    }

    /**
     * @param unit       an excluded unit
     * @param registered whether it registered for the standard, or null when unknown
     * @return its standing: NOT_APPLICABLE
     */
    public static StandingFact excluded(UnitFact unit, Boolean registered) {
        return new StandingFact(unit.getId(), unit.getManagerId(), unit.getKind(), StandardStatus.NOT_APPLICABLE,
                registered, true, List.of());
    }

    /** @return whether it registered, or null when unknown (for DRL property access) */
    public Boolean getRegistered() {
        return registered;
    }

    /** @return false when the unit may be outside the standard's scope (for DRL property access) */
    public boolean isScopeKnown() {
        return scopeKnown;
    }

    /** @return the unit id (for DRL property access) */
    public String getUnitId() {
        return unitId;
    }

    /** @return the managing unit id (for DRL property access) */
    public String getManagerId() {
        return managerId;
    }

    /** @return the kind (for DRL property access) */
    public UnitKind getKind() {
        return kind;
    }

    /** @return the status (for DRL property access) */
    public StandardStatus getStatus() {
        return status;
    }
}
