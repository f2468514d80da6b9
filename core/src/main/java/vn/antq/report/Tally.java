package vn.antq.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;

/** Counts of standard statuses and movement levels over a set of units, for the summary tables. */
final class Tally {
    private final Map<StandardStatus, Integer> statuses = new EnumMap<>(StandardStatus.class);
    private final Map<MovementLevel, Integer> levels = new EnumMap<>(MovementLevel.class);

    /** @param unit a unit to count */
    void add(UnitAssessment unit) {
        statuses.merge(unit.standard().status(), 1, Integer::sum);
        levels.merge(unit.movement().level(), 1, Integer::sum);
    }

    /** @param status a status @return how many units have it */
    int count(StandardStatus status) {
        return statuses.getOrDefault(status, 0);
    }

    /** @param level a level @return how many units have it */
    int count(MovementLevel level) {
        return levels.getOrDefault(level, 0);
    }

    /** @return units assessed against the standard: every status but NOT_APPLICABLE */
    int assessed() {
        return count(StandardStatus.ACHIEVED) + count(StandardStatus.NOT_ACHIEVED)
                + count(StandardStatus.INSUFFICIENT_DATA);
    }

    /** @return units with a movement level other than NOT_APPLICABLE */
    int classified() {
        return count(MovementLevel.EXCELLENT) + count(MovementLevel.GOOD) + count(MovementLevel.AVERAGE)
                + count(MovementLevel.WEAK) + count(MovementLevel.INSUFFICIENT_DATA);
    }

    /** @return units classified GOOD or EXCELLENT */
    int goodOrBetter() {
        return count(MovementLevel.EXCELLENT) + count(MovementLevel.GOOD);
    }

    /**
     * @param part  the numerator
     * @param whole the denominator
     * @return the share with one decimal and a decimal comma, e.g. {@code 83,4%}; {@code —} when the
     *     denominator is zero
     */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        BigDecimal share = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return share.toPlainString().replace('.', ',') + "%";
    }
}
