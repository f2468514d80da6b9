package vn.antq.internal.validation;

import java.math.BigDecimal;
import java.util.List;

/** The kind of a parameter's value, as a rule reads it. */
enum ValueKind {
    NUMBER("số", "a number"),
    FLAG("đúng/sai (true/false)", "true/false"),
    CODE("một mã", "a code"),
    CODES("danh sách mã", "a list of codes");

    final String vi;
    final String en;

    ValueKind(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** @return the kind of a value as read from YAML, or null for a value a parameter cannot have */
    static ValueKind of(Object value) {
        if (value instanceof BigDecimal) {
            return NUMBER;
        }
        if (value instanceof Boolean) {
            return FLAG;
        }
        if (value instanceof String) {
            return CODE;
        }
        if (value instanceof List<?>) {
            return CODES;
        }
        return null;
    }

    /** @return true when a rule that reads this kind can read a value of kind {@code value} */
    boolean reads(ValueKind value) {
        return this == value || (this == CODES && value == CODE);
    }
}
