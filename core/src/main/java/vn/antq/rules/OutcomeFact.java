package vn.antq.rules;

import java.util.List;
import java.util.Set;
import vn.antq.indicator.Indicators;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * A unit's results as plan rules see them: its standard status, movement level and indicators, and the
 * scopes (the plan's unit and its group) it counts in. Built by the evaluator after the national pack
 * has judged the units.
 *
 * @param id        unit id
 * @param order     its position in the dataset, to list units in dataset order
 * @param kind      unit kind
 * @param type      unit type, or null
 * @param scopes    the scope ids it counts in
 * @param standard  its standard status
 * @param movement  its movement level
 * @param indicators its indicators
 * @param standardBasis the provisional parameters its standard status rests on, sorted
 * @param movementBasis the provisional parameters its movement level rests on, sorted
 * @since 0.1
 */
public record OutcomeFact(String id, int order, UnitKind kind, UnitType type, Set<String> scopes,
                          StandardStatus standard, MovementLevel movement, Indicators indicators,
                          List<String> standardBasis, List<String> movementBasis) {

    /** Copies the scopes and lists. */
    public OutcomeFact {
        scopes = Set.copyOf(scopes);
        standardBasis = List.copyOf(standardBasis);
        movementBasis = List.copyOf(movementBasis);
    }

    /** @return the scopes (for DRL property access) */
    public Set<String> getScopes() {
        return scopes;
    }

    /** @return the kind (for DRL property access) */
    public UnitKind getKind() {
        return kind;
    }
}
