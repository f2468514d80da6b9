package vn.antq.commendation;

import java.util.Objects;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;

/**
 * A unit's result of an earlier year, as the dataset carries it (top-level {@code history}).
 *
 * @param unitId   the unit
 * @param year     the assessment year
 * @param standard its standard status that year
 * @param movement its movement level that year, or null when not recorded
 * @since 0.1
 */
public record YearResult(String unitId, int year, StandardStatus standard, MovementLevel movement) {

    /** Checks the required fields. */
    public YearResult {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(standard, "standard");
    }
}
