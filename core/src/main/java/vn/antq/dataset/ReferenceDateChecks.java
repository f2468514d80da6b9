package vn.antq.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Checks the administrative structure as it stands at the reference date (domain.md §2): a unit valid on
 * that day must have its parent and its managing unit ({@code managedBy}, when named) valid on that day
 * too. Units not valid on that day are not checked, so a merged commune and its successor can both be in
 * the dataset whatever the reference date.
 */
final class ReferenceDateChecks {

    private ReferenceDateChecks() {
    }

    /**
     * @param units         every unit of the dataset, in dataset order
     * @param byId          the units by id ({@link UnitDraft#byId})
     * @param referenceDate the day the structure is read
     * @param findings      where problems go
     */
    static void check(List<UnitDraft> units, Map<String, UnitDraft> byId, LocalDate referenceDate,
                      Findings findings) {
        for (UnitDraft unit : units) {
            if (unit.isValidOn(referenceDate)) {
                checkValid(unit, "parent", "a parent", unit.parentId(), byId, referenceDate, findings);
                checkValid(unit, "managedBy", "a managing unit", unit.managedById(), byId, referenceDate, findings);
            }
        }
    }

    private static void checkValid(UnitDraft unit, String field, String role, String id, Map<String, UnitDraft> byId,
                                   LocalDate referenceDate, Findings findings) {
        UnitDraft other = id == null ? null : byId.get(id);
        if (other != null && !other.isValidOn(referenceDate)) {
            findings.problem(unit.location(), field, role + " valid on " + referenceDate,
                    JsonValues.quote(id) + ", valid " + other.validity());
        }
    }
}
