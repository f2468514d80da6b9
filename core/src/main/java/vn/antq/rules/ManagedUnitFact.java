package vn.antq.rules;

import java.util.Objects;
import vn.antq.unit.UnitKind;

/**
 * A unit judged against TT 124/2021/TT-BCA as the rules on its recognition (Điều 9, Điều 10) see it: its kind,
 * the unit that manages it ({@code managedBy}, else its parent) and that unit's kind in the structure in force on
 * the reference date. Built by the evaluator; rules only read it.
 *
 * @param unitId             the unit
 * @param kind               its kind
 * @param managerId          the managing unit, or null when it has none
 * @param managerKind        the managing unit's kind, or null when it has none
 * @param followedByMinistry the indicator {@code followedByMinistry} (followed by a unit of the Bộ Công an), or
 *                           null when not given
 * @param year               the assessment year
 * @since 0.2
 */
public record ManagedUnitFact(String unitId, UnitKind kind, String managerId, UnitKind managerKind,
                              Boolean followedByMinistry, int year) {

    /** Checks the required fields. */
    public ManagedUnitFact {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(kind, "kind");
    }

    /** @return the kind (for DRL property access) */
    public UnitKind getKind() {
        return kind;
    }

    /** @return the managing unit's kind, or null (for DRL property access) */
    public UnitKind getManagerKind() {
        return managerKind;
    }

    /** @return the unit id (for DRL property access) */
    public String getUnitId() {
        return unitId;
    }

    /** @return true only when the dataset says a unit of the Bộ Công an follows it (for DRL property access) */
    public boolean isMinistryFollowed() {
        return Boolean.TRUE.equals(followedByMinistry);
    }
}
