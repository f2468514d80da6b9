package vn.antq.parameter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of a rule pack, by id. Immutable. {@link #at(LocalDate)} gives the values that hold
 * on one day.
 *
 * @since 0.1
 */
public final class ParameterSet {
    private final Map<String, Parameter> byId;

    private ParameterSet(Map<String, Parameter> byId) {
        this.byId = byId;
    }

    /**
     * @param parameters parameters with distinct ids
     * @return the set
     * @throws IllegalArgumentException on a duplicate id
     */
    public static ParameterSet of(Collection<Parameter> parameters) {
        Map<String, Parameter> map = new TreeMap<>();
        for (Parameter p : parameters) {
            if (map.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter id " + p.id());
            }
        }
        return new ParameterSet(map);
    }

    /**
     * The parameters with some of their values replaced: an override holds from the first date it gives
     * onward, and the base values before that date stay. This is how a province pack or a what-if run
     * changes a threshold without copying the pack.
     *
     * @param overrides parameters with distinct ids, each defined in this set, whose values have the same kind
     *                  (number, yes/no, code, list of codes) as the values they replace; an empty label keeps
     *                  the base label
     * @return a new set; this one is unchanged
     * @throws IllegalArgumentException naming the parameter when an id is not defined here, is given twice or
     *                                  changes the kind of its value
     */
    public ParameterSet overriddenBy(Collection<Parameter> overrides) {
        Map<String, Parameter> map = new TreeMap<>(byId);
        Set<String> seen = new HashSet<>();
        for (Parameter o : overrides) {
            Parameter base = byId.get(o.id());
            if (base == null) {
                throw new IllegalArgumentException("parameter " + o.id() + " is not defined by the pack it overrides");
            }
            if (!seen.add(o.id())) {
                throw new IllegalArgumentException("parameter " + o.id() + " is overridden twice");
            }
            String kind = kind(base.values().get(0).value());
            for (ParameterValue v : o.values()) {
                if (!kind(v.value()).equals(kind)) {
                    throw new IllegalArgumentException("parameter " + o.id() + " from " + v.from() + ": expected "
                            + kind + " like the value it overrides, got " + kind(v.value()) + " " + v.value());
                }
            }
            LocalDate first = o.values().get(0).from();
            List<ParameterValue> values = new ArrayList<>();
            for (ParameterValue v : base.values()) {
                if (v.from().isBefore(first)) {
                    values.add(v);
                }
            }
            values.addAll(o.values());
            map.put(o.id(), new Parameter(o.id(), o.labelVi().isBlank() ? base.labelVi() : o.labelVi(), values));
        }
        return new ParameterSet(map);
    }

    private static String kind(Object value) {
        if (value instanceof BigDecimal) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof List<?>) {
            return "a list of codes";
        }
        return "a code";
    }

    /** @return all parameters, sorted by id */
    public Collection<Parameter> all() {
        return byId.values();
    }

    /** @param id a parameter id @return the parameter, if defined */
    public Optional<Parameter> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @param date the reference date of an evaluation
     * @return every parameter that has a value on that day, resolved to it
     */
    public Map<String, ResolvedParameter> at(LocalDate date) {
        Map<String, ResolvedParameter> resolved = new LinkedHashMap<>();
        for (Parameter p : byId.values()) {
            p.valueAt(date).ifPresent(v -> resolved.put(p.id(),
                    new ResolvedParameter(p.id(), p.labelVi(), v.value(), v.from(), v.source(), v.provisional())));
        }
        return Map.copyOf(resolved);
    }
}
