package vn.antq.grassroots;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of earlier grassroots service, counted towards the Kỷ niệm chương.
 *
 * @param kind     the service
 * @param from     the first day served
 * @param to       the last day served (included)
 * @param areaType where it was served (especially difficult, border and island time counts twice), or null
 * @since 0.1
 */
public record ServicePeriod(ServiceKind kind, LocalDate from, LocalDate to, AreaType areaType) {

    /** Checks the required fields. */
    public ServicePeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
