package vn.antq.indicator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of one unit: an immutable map from camelCase name to typed value. A name that is
 * absent means "no data", never false or zero.
 *
 * @since 0.1
 */
public final class Indicators {
    private static final Indicators EMPTY = new Indicators(Map.of());

    private final Map<String, IndicatorValue> values;

    private Indicators(Map<String, IndicatorValue> values) {
        this.values = values;
    }

    /** @return indicators with no values */
    public static Indicators empty() {
        return EMPTY;
    }

    /**
     * @param values name to value, in the order to keep
     * @return an immutable copy
     */
    public static Indicators of(Map<String, IndicatorValue> values) {
        return new Indicators(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** @return all values by name, in dataset order */
    public Map<String, IndicatorValue> asMap() {
        return values;
    }

    /** @param name indicator name @return the value, if present */
    public Optional<IndicatorValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** @param name indicator name @return the boolean, or null when absent or not a boolean */
    public Boolean flag(String name) {
        return values.get(name) instanceof IndicatorValue.Flag f ? f.value() : null;
    }

    /** @param name indicator name @return the count, or null when absent or not a count */
    public Long count(String name) {
        return values.get(name) instanceof IndicatorValue.Count c ? c.value() : null;
    }

    /** @param name indicator name @return the number (a count is widened), or null when absent */
    public BigDecimal number(String name) {
        IndicatorValue v = values.get(name);
        if (v instanceof IndicatorValue.Number n) {
            return n.value();
        }
        return v instanceof IndicatorValue.Count c ? BigDecimal.valueOf(c.value()) : null;
    }

    /** @param name indicator name @return the code, or null when absent or not a code */
    public String code(String name) {
        return values.get(name) instanceof IndicatorValue.Code c ? c.value() : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicators other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
