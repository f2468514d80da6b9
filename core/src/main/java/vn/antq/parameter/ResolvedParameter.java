package vn.antq.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A parameter's value on the day an evaluation reads it, with the source of that value.
 *
 * @param id          the parameter id
 * @param labelVi     what it means, in Vietnamese
 * @param value       the value (see {@link ParameterValue#value()})
 * @param from        the day this value started to hold
 * @param source      its legal reference
 * @param provisional true when the legal value is not confirmed
 * @since 0.1
 */
public record ResolvedParameter(String id, String labelVi, Object value, LocalDate from, String source,
                                boolean provisional) {

    /** A list value is kept once as an immutable list of its codes, so reading it allocates nothing. */
    public ResolvedParameter {
        if (value instanceof List<?> list) {
            value = list.stream().map(String::valueOf).toList();
        }
    }

    /** @return the value as a number @throws IllegalStateException when it is not a number */
    public BigDecimal decimal() {
        if (value instanceof BigDecimal d) {
            return d;
        }
        throw new IllegalStateException("parameter " + id + " is not a number: " + value);
    }

    /** @return the value as a boolean @throws IllegalStateException when it is not a boolean */
    public boolean flag() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("parameter " + id + " is not true/false: " + value);
    }

    /** @return the value as a list of codes (a single code gives a list of one) */
    public List<String> codes() {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) list;
            return codes;
        }
        throw new IllegalStateException("parameter " + id + " is not a code or list of codes: " + value);
    }

    /** @return the value as written in a parameter file and in reports */
    public String displayValue() {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return String.join(", ", codes());
        }
        return String.valueOf(value);
    }
}
