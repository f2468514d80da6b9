package vn.antq.internal.validation;

import java.time.LocalDate;
import java.util.List;

/**
 * A parameter as a parameter file writes it, with where each part is.
 *
 * @param id     the parameter id
 * @param at     where its id is
 * @param values its dated values, in the order written
 */
record DefinedParameter(String id, Pos at, List<Value> values) {

    /** One dated value: its start day, its value and their places. */
    record Value(LocalDate from, Pos fromAt, Object value, ValueKind kind, Pos valueAt) {
    }

    /** @return the kind of its first value, or null when it has none */
    ValueKind kind() {
        return values.isEmpty() ? null : values.get(0).kind();
    }

    /** @return the earliest start day, or null */
    LocalDate first() {
        return values.stream().map(Value::from).min(LocalDate::compareTo).orElse(null);
    }
}
