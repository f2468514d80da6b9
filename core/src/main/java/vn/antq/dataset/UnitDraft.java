package vn.antq.dataset;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.antq.event.Event;
import vn.antq.indicator.Indicators;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * A unit as the checks see it: the fields of {@link Unit} plus its index in the dataset, where any field
 * may be missing because the file did not give a valid value for it. The structural checks run on drafts
 * so that a unit with a bad field is still checked for everything else.
 *
 * @param index       position in the dataset's {@code units} array
 * @param id          the id as given, or null when missing or not text
 * @param kind        the kind, or null when missing or unknown
 * @param type        the type, or null
 * @param name        the name, or null when missing
 * @param parentId    the parent id, or null
 * @param managedById the managing unit id, or null
 * @param validFrom   first valid day, or null
 * @param validTo     last valid day, or null
 * @param successorId the successor id, or null
 * @param indicators  the indicators whose values could be read, never null
 * @param events      the events, or null when not reported
 */
record UnitDraft(
        int index,
        String id,
        UnitKind kind,
        UnitType type,
        String name,
        String parentId,
        String managedById,
        LocalDate validFrom,
        LocalDate validTo,
        String successorId,
        Indicators indicators,
        List<Event> events) {

    /** What a well-formed id looks like, as a problem's {@code expected}. */
    static final String ID_EXPECTED = "1–64 characters of A–Z a–z 0–9 . _ : -";

    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * @param index position in the dataset
     * @param unit  a typed unit
     * @return the draft holding the unit's fields
     */
    static UnitDraft of(int index, Unit unit) {
        return new UnitDraft(index, unit.id(), unit.kind(), unit.type(), unit.name(), unit.parentId(),
                unit.managedById(), unit.validFrom(), unit.validTo(), unit.successorId(), unit.indicators(),
                unit.events());
    }

    /**
     * @param id an id, or null
     * @return true when the id is 1–64 characters of {@code A–Z a–z 0–9 . _ : -}
     */
    static boolean isWellFormedId(String id) {
        return id != null && WELL_FORMED_ID.matcher(id).matches();
    }

    /**
     * @param index position in the dataset
     * @param id    the id as given, or null
     * @return the id when it is well-formed, else {@code units[index]}
     */
    static String location(int index, String id) {
        return isWellFormedId(id) ? id : "units[" + index + "]";
    }

    /**
     * @param units units in dataset order
     * @return the units by id, in dataset order; for an id used twice, its first unit
     */
    static Map<String, UnitDraft> byId(List<UnitDraft> units) {
        Map<String, UnitDraft> byId = new LinkedHashMap<>();
        for (UnitDraft unit : units) {
            if (unit.id() != null) {
                byId.putIfAbsent(unit.id(), unit);
            }
        }
        return byId;
    }

    /** @return where problems of this unit are reported: its id, or {@code units[index]} */
    String location() {
        return location(index, id);
    }

    /**
     * @param date a day
     * @return true when the unit exists on that day, as {@link Unit#isValidOn}
     */
    boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** @return the validity interval as shown in a problem, e.g. {@code …–2025-06-30} */
    String validity() {
        return (validFrom == null ? "…" : validFrom.toString()) + "–"
                + (validTo == null ? "…" : validTo.toString());
    }

    /** @return the typed unit; only called once every required field is known to be present */
    Unit toUnit() {
        return new Unit(id, kind, type, name, parentId, managedById, validFrom, validTo, successorId, indicators,
                events);
    }
}
