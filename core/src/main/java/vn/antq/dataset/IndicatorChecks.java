package vn.antq.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.indicator.KnownIndicator;

/**
 * Checks the typed indicators of one unit: each catalogue indicator has its catalogue type, a code of its
 * list and a value in its range; the part-of-whole pairs (registered ≤ resident …) hold; indicators outside
 * the catalogue are kept with a warning.
 */
final class IndicatorChecks {
    private static final String PREFIX = "indicators.";
    private static final BigDecimal SCORE_MIN = BigDecimal.ZERO;
    private static final BigDecimal SCORE_MAX = BigDecimal.valueOf(100);

    /** A count that may not exceed another count of the same unit. */
    private record PartOfWhole(KnownIndicator part, KnownIndicator whole) {
    }

    private static final List<PartOfWhole> PARTS_OF_WHOLES = List.of(
            new PartOfWhole(KnownIndicator.HOUSEHOLDS_REGISTERED, KnownIndicator.HOUSEHOLDS_RESIDENT),
            new PartOfWhole(KnownIndicator.STAFF_BRIEFED, KnownIndicator.STAFF_TOTAL),
            new PartOfWhole(KnownIndicator.SUB_UNITS_ADVANCED, KnownIndicator.SUB_UNITS_TOTAL),
            new PartOfWhole(KnownIndicator.PROPAGANDA_REACHED, KnownIndicator.PROPAGANDA_TARGET));

    private IndicatorChecks() {
    }

    /**
     * @param indicator a catalogue indicator
     * @return what a valid value of it looks like, as a problem's {@code expected}
     */
    static String expected(KnownIndicator indicator) {
        return switch (indicator.type()) {
            case BOOLEAN -> "true or false";
            case COUNT -> "a whole number ≥ 0";
            case NUMBER -> indicator == KnownIndicator.MOVEMENT_SCORE ? "a number from 0 to 100" : "a number";
            case CODE -> "one of " + String.join(", ", indicator.codes());
        };
    }

    /**
     * @param indicator an indicator a rule pack declares
     * @return what a valid value of it looks like, as a problem's {@code expected}
     */
    static String expected(DeclaredIndicator indicator) {
        return switch (indicator.type()) {
            case BOOLEAN -> "true or false";
            case COUNT -> "a whole number ≥ 0";
            case NUMBER -> "a number";
            case CODE -> "one of " + String.join(", ", indicator.codes());
        };
    }

    /**
     * Checks every indicator of a unit.
     *
     * @param unit     the unit
     * @param findings where problems and warnings go
     * @param declared the indicators the rule pack declares, by name
     */
    static void check(UnitDraft unit, Findings findings, Map<String, DeclaredIndicator> declared) {
        Indicators indicators = unit.indicators();
        for (Map.Entry<String, IndicatorValue> entry : indicators.asMap().entrySet()) {
            DeclaredIndicator own = declared.get(entry.getKey());
            if (own != null) {
                checkDeclared(unit, own, entry.getValue(), findings);
                continue;
            }
            KnownIndicator.byName(entry.getKey()).ifPresentOrElse(
                    known -> checkValue(unit.location(), known, entry.getValue(), findings),
                    () -> findings.warning(unit.location() + ": " + PREFIX + entry.getKey()
                            + ": chỉ tiêu ngoài danh mục quốc gia, giữ lại cho quy tắc địa phương"
                            + " / indicator outside the national catalogue, kept for local rules"));
        }
        for (PartOfWhole pair : PARTS_OF_WHOLES) {
            Long part = indicators.count(pair.part().indicatorName());
            Long whole = indicators.count(pair.whole().indicatorName());
            if (part != null && whole != null && part > whole) {
                findings.problem(unit.location(), PREFIX + pair.part().indicatorName(),
                        "≤ " + pair.whole().indicatorName() + " (" + whole + ")", String.valueOf(part));
            }
        }
    }

    /** A declared code indicator holds one of its codes; one given for another kind of unit is kept with a warning. */
    private static void checkDeclared(UnitDraft unit, DeclaredIndicator own, IndicatorValue value, Findings findings) {
        if (value instanceof IndicatorValue.Code code && !own.codes().contains(code.value())) {
            findings.problem(unit.location(), PREFIX + own.name(), expected(own), JsonValues.quote(code.value()));
        }
        if (unit.kind() != null && !own.unitKinds().contains(unit.kind())) {
            findings.warning(unit.location() + ": " + PREFIX + own.name() + ": chỉ tiêu \"" + own.labelVi()
                    + "\" của bộ luật chỉ dành cho " + own.unitKinds() + ", không cho " + unit.kind()
                    + " / the pack declares this indicator for " + own.unitKinds() + " only, not " + unit.kind());
        }
    }

    private static void checkValue(String location, KnownIndicator known, IndicatorValue value,
                                   Findings findings) {
        if (!conforms(known, value)) {
            String found = value instanceof IndicatorValue.Code code
                    ? JsonValues.quote(code.value()) : String.valueOf(value.raw());
            findings.problem(location, PREFIX + known.indicatorName(), expected(known), found);
        }
    }

    private static boolean conforms(KnownIndicator known, IndicatorValue value) {
        return switch (known.type()) {
            case BOOLEAN -> value instanceof IndicatorValue.Flag;
            case COUNT -> value instanceof IndicatorValue.Count;
            case NUMBER -> asNumber(value) != null && inRange(known, asNumber(value));
            case CODE -> value instanceof IndicatorValue.Code code && known.codes().contains(code.value());
        };
    }

    private static BigDecimal asNumber(IndicatorValue value) {
        if (value instanceof IndicatorValue.Number number) {
            return number.value();
        }
        return value instanceof IndicatorValue.Count count ? BigDecimal.valueOf(count.value()) : null;
    }

    private static boolean inRange(KnownIndicator known, BigDecimal value) {
        return known != KnownIndicator.MOVEMENT_SCORE
                || value.compareTo(SCORE_MIN) >= 0 && value.compareTo(SCORE_MAX) <= 0;
    }
}
