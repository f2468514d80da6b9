package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.antq.parameter.ResolvedParameter;

/**
 * The parameter values of one evaluation, resolved at its reference date: the {@link Param} facts every rule
 * session holds, and the values the report shows for the parameters a conclusion used. Immutable and shared by
 * all sessions of the evaluation.
 *
 * @since 0.1
 */
public final class Params {
    private final Map<String, ResolvedParameter> values;
    private final List<Param> facts;

    /** @param values parameter values by id, resolved at the evaluation's reference date */
    public Params(Map<String, ResolvedParameter> values) {
        this.values = Map.copyOf(values);
        this.facts = values.values().stream().map(Param::new).toList();
    }

    /** @return every parameter as a fact for the rule sessions, built once per evaluation */
    public List<Param> facts() {
        return facts;
    }

    /**
     * @param id parameter id
     * @return its resolved value
     * @throws UndefinedParameterException when the pack defines no value for it at the reference date
     */
    public ResolvedParameter get(String id) {
        ResolvedParameter p = values.get(id);
        if (p == null) {
            throw new UndefinedParameterException(id);
        }
        return p;
    }

    /** @param id parameter id @return true when the pack defines a value for it at the reference date */
    public boolean has(String id) {
        return values.containsKey(id);
    }

    /** @param id parameter id @return its number */
    public BigDecimal decimal(String id) {
        return get(id).decimal();
    }

    /** @param id parameter id @return its boolean */
    public boolean flag(String id) {
        return get(id).flag();
    }

    /** @param id parameter id @return its codes */
    public List<String> codes(String id) {
        return get(id).codes();
    }
}
