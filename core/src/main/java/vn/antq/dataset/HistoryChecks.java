package vn.antq.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the results of earlier years, each on its own and against the units and the dataset's year: a unit
 * of the dataset, a year from {@value DatasetValidator#FIRST_YEAR} and strictly before the dataset's year, and
 * at most one entry per unit and year.
 */
final class HistoryChecks {
    /** What a valid year looks like, as a problem's {@code expected}, when the dataset's year is not known. */
    static final String YEAR_EXPECTED = "a whole number from " + DatasetValidator.FIRST_YEAR
            + " before the dataset's year";

    private HistoryChecks() {
    }

    /**
     * @param datasetYear the dataset's year, or null when unknown
     * @return what a valid year looks like, as a problem's {@code expected}
     */
    static String yearExpected(Integer datasetYear) {
        return datasetYear == null ? YEAR_EXPECTED
                : "a whole number from " + DatasetValidator.FIRST_YEAR + " to " + (datasetYear - 1)
                        + " (before the dataset's year " + datasetYear + ")";
    }

    /**
     * @param history     every entry of {@code history}, in dataset order
     * @param unitIds     the ids of the dataset's units
     * @param datasetYear the dataset's year, or null when unknown (only the lower bound is then checked)
     * @param findings    where problems go
     */
    static void check(List<HistoryDraft> history, Set<String> unitIds, Integer datasetYear, Findings findings) {
        for (HistoryDraft entry : history) {
            checkFields(entry, unitIds, datasetYear, findings);
        }
        checkRepeats(history, findings);
    }

    private static void checkFields(HistoryDraft entry, Set<String> unitIds, Integer datasetYear,
                                    Findings findings) {
        String location = entry.location();
        if (entry.unitId() != null && !unitIds.contains(entry.unitId())) {
            findings.problem(location, entry.field() + ".unit", TreeChecks.UNIT_ID_EXPECTED,
                    JsonValues.quote(entry.unitId()) + ", which no unit has");
        }
        Integer year = entry.year();
        if (year != null && (year < DatasetValidator.FIRST_YEAR || datasetYear != null && year >= datasetYear)) {
            findings.problem(location, entry.field() + ".year", yearExpected(datasetYear), year.toString());
        }
    }

    private static void checkRepeats(List<HistoryDraft> history, Findings findings) {
        Map<String, HistoryDraft> byUnitAndYear = new HashMap<>();
        for (HistoryDraft entry : history) {
            if (entry.unitId() == null || entry.year() == null) {
                continue;
            }
            HistoryDraft first = byUnitAndYear.putIfAbsent(entry.unitId() + "\u0000" + entry.year(), entry);
            if (first != null) {
                findings.problem(entry.location(), entry.field() + ".year", "at most one entry per unit and year",
                        entry.year() + " for unit " + JsonValues.quote(entry.unitId()) + " at " + entry.field()
                                + ", already given at " + first.field());
            }
        }
    }
}
