package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.antq.parameter.ResolvedParameter;

/**
 * One parameter of the pack, resolved at the evaluation's reference date, as a fact every session holds.
 * Rules join on it in their left-hand side and pass the matched fact to the operator that uses it, so the
 * parameters a conclusion rests on are exactly those its rule matched:
 *
 * <pre>{@code
 * when
 *     $u   : UnitFact( kind == UnitKind.RESIDENTIAL_AREA )
 *     $min : Param( id == "example.households.registeredShare.min" )
 * then
 *     insert( Check.of(drools.getRule().getName(), $u).shareAtLeast("householdsRegistered", "householdsResident", $min).done() );
 * }</pre>
 *
 * <p>A rule that names a parameter the pack does not define at the reference date never matches; the pack
 * loader reports such a rule (see the rule-author guide).
 *
 * @since 0.9
 */
public final class Param {
    private final ResolvedParameter value;

    /** @param value the resolved parameter */
    public Param(ResolvedParameter value) {
        this.value = value;
    }

    /** @return the parameter id */
    public String getId() {
        return value.id();
    }

    /** @return its number; fails when it is not a number */
    public BigDecimal getDecimal() {
        return value.decimal();
    }

    /** @return its number as an int (for counts and years); fails when it is not a whole number */
    public int getInt() {
        return value.decimal().intValueExact();
    }

    /** @return its boolean; fails when it is not true/false */
    public boolean getFlag() {
        return value.flag();
    }

    /** @return its codes; fails when it is not a code or a list of codes */
    public List<String> getCodes() {
        return value.codes();
    }

    /** @return true when the value is provisional */
    public boolean isProvisional() {
        return value.provisional();
    }

    /** @return the resolved parameter, with its label, date and source */
    public ResolvedParameter resolved() {
        return value;
    }

    @Override
    public String toString() {
        return "Param[" + value.id() + "=" + value.displayValue() + "]";
    }
}
