package vn.antq.parameter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a parameter: it holds from {@code from} until the next dated value.
 *
 * @param from        first day the value holds
 * @param value       a {@link java.math.BigDecimal}, a {@link Boolean}, a {@link String} code or a
 *                    {@code List<String>} of codes
 * @param source      the legal reference for this value
 * @param provisional true when the legal value is not confirmed (domain.md, label [P])
 * @since 0.1
 */
public record ParameterValue(LocalDate from, Object value, String source, boolean provisional) {

    /** Checks the required fields. */
    public ParameterValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
