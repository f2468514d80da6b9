package vn.antq.commendation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An award a person received for protecting national security.
 *
 * @param award the award
 * @param date  the day of the decision
 * @since 0.1
 */
public record AwardReceived(Award award, LocalDate date) {

    /** Checks the required fields. */
    public AwardReceived {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(date, "date");
    }
}
