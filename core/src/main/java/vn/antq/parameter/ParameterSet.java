package vn.antq.parameter;

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
