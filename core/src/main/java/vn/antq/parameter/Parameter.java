package vn.antq.parameter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named threshold or setting of a rule pack, with its history of dated, sourced values.
 *
 * @param id      stable ASCII id, e.g. {@code commune.managedUnits.recognisedShare.min}
 * @param labelVi what the parameter means, in Vietnamese
 * @param values  its dated values, sorted by start date
 * @since 0.1
 */
public record Parameter(String id, String labelVi, List<ParameterValue> values) {

    /** Sorts the values by start date and rejects an empty history. */
    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelVi, "labelVi");
        values = values.stream().sorted(Comparator.comparing(ParameterValue::from)).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + id + " has no value");
        }
    }

    /**
     * @param date a day
     * @return the value that holds on that day: the latest one starting on or before it
     */
    public Optional<ParameterValue> valueAt(LocalDate date) {
        ParameterValue found = null;
        for (ParameterValue v : values) {
            if (!v.from().isAfter(date)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }
}
