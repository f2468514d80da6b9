package vn.antq.dataset;

import vn.antq.commendation.YearResult;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;

/**
 * An entry of the top-level {@code history} as the checks see it: the fields of {@link YearResult} plus its
 * index in the dataset, where any field may be missing because the file did not give a valid value for it.
 *
 * @param index    position in the dataset's {@code history} array
 * @param unitId   the unit id as given, or null when missing or not text
 * @param year     the year as given, or null when missing or not a whole number
 * @param standard the standard status, or null when missing or unknown
 * @param movement the movement level, or null when absent or unknown
 */
record HistoryDraft(int index, String unitId, Integer year, StandardStatus standard, MovementLevel movement) {

    /** The top-level field holding the results of earlier years. */
    static final String FIELD = "history";

    /**
     * @param index  position in the dataset
     * @param result a typed result of an earlier year
     * @return the draft holding its fields
     */
    static HistoryDraft of(int index, YearResult result) {
        return new HistoryDraft(index, result.unitId(), result.year(), result.standard(), result.movement());
    }

    /**
     * @param index  position in the dataset
     * @param unitId the unit id as given, or null
     * @return the unit id when it is well-formed, else {@code history[index]}
     */
    static String location(int index, String unitId) {
        return UnitDraft.isWellFormedId(unitId) ? unitId : field(index);
    }

    /**
     * @param index position in the dataset
     * @return the entry's name, e.g. {@code history[3]}
     */
    static String field(int index) {
        return FIELD + "[" + index + "]";
    }

    /** @return where problems of this entry are reported: its unit id, or {@code history[index]} */
    String location() {
        return location(index, unitId);
    }

    /** @return the entry's name, e.g. {@code history[3]}, put before its field names in problems */
    String field() {
        return field(index);
    }

    /** @return the typed result; only called once every required field is known to be present */
    YearResult toYearResult() {
        return new YearResult(unitId, year, standard, movement);
    }
}
