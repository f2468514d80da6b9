package vn.antq.rules;

import java.math.BigDecimal;
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
 * <p>The comparisons a plan rule writes in its left-hand side ({@link #flagIs}, {@link #countIs},
 * {@link #countAtLeast}, …) hold only when the unit has the indicator: a unit lacking it satisfies neither a
 * condition nor its opposite, so a rule that collects the units meeting a target and those failing it leaves
 * it undecided.
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

    /**
     * @param indicator a boolean indicator
     * @param value     the value a rule asks for
     * @return true when the unit has the indicator and it is that value; false when it lacks it
     */
    public boolean flagIs(String indicator, boolean value) {
        Boolean v = indicators.flag(indicator);
        return v != null && v == value;
    }

    /**
     * @param indicator a count indicator
     * @param p         a count the rule matched
     * @return true when the unit has the count and it equals the parameter; false when it lacks it
     */
    public boolean countIs(String indicator, Param p) {
        return compare(indicator, p) == 0;
    }

    /**
     * @param indicator a count indicator
     * @param p         a count the rule matched
     * @return true when the unit has the count and it differs from the parameter; false when it lacks it
     */
    public boolean countIsNot(String indicator, Param p) {
        int c = compare(indicator, p);
        return c != NO_COUNT && c != 0;
    }

    /**
     * @param indicator a count indicator
     * @param p         a count the rule matched
     * @return true when the unit has the count and it is at least the parameter ("từ … trở lên"); false when it
     *     lacks it
     */
    public boolean countAtLeast(String indicator, Param p) {
        int c = compare(indicator, p);
        return c != NO_COUNT && c >= 0;
    }

    /**
     * @param indicator a count indicator
     * @param p         a count the rule matched
     * @return true when the unit has the count and it is strictly above the parameter ("trên"); false when it lacks
     *     it
     */
    public boolean countAbove(String indicator, Param p) {
        int c = compare(indicator, p);
        return c != NO_COUNT && c > 0;
    }

    /**
     * @param indicator a count indicator
     * @param p         a count the rule matched
     * @return true when the unit has the count and it does not exceed the parameter ("không quá"); false when it
     *     lacks it
     */
    public boolean countAtMost(String indicator, Param p) {
        int c = compare(indicator, p);
        return c != NO_COUNT && c <= 0;
    }

    /**
     * @param indicator a count indicator
     * @param p         a count the rule matched
     * @return true when the unit has the count and it is strictly below the parameter ("dưới"); false when it lacks
     *     it
     */
    public boolean countBelow(String indicator, Param p) {
        int c = compare(indicator, p);
        return c != NO_COUNT && c < 0;
    }

    private static final int NO_COUNT = Integer.MIN_VALUE;

    /** @return the sign of count − parameter, or {@link #NO_COUNT} when the unit lacks the count */
    private int compare(String indicator, Param p) {
        Long v = indicators.count(indicator);
        return v == null ? NO_COUNT : Integer.signum(BigDecimal.valueOf(v).compareTo(p.getDecimal()));
    }
}
