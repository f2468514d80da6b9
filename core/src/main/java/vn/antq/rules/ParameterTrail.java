package vn.antq.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import vn.antq.parameter.ResolvedParameter;

/**
 * The parameters one conclusion read, in the order first read: every vocabulary reads its parameters through
 * a trail, and the conclusion lists the trail's ids as the parameters it used. The trail also gathers what the
 * conclusion rests on through other conclusions it read (a commune's pooled criterion on the standings of the
 * units it manages, a target on the units it counts): its provisional basis is every provisional parameter it
 * read itself and every one those conclusions rested on, however many steps back.
 */
final class ParameterTrail {
    private final Params params;
    private final List<String> ids = new ArrayList<>(4);
    private TreeSet<String> inherited;
    private List<String> incidental;
    private java.util.Map<String, ResolvedParameter> matchedParams;

    ParameterTrail(Params params) {
        this.params = params;
    }

    /** @param id a parameter id @return its value, the id noted */
    ResolvedParameter get(String id) {
        note(id);
        if (incidental != null) {
            incidental.remove(id);
        }
        return value(id);
    }

    /**
     * Reads a parameter that the conclusion shows but that may not decide it: the id is noted as used, but it joins
     * the provisional basis only if {@link #get} reads it too (e.g. whether an equal count holds, when the counts
     * differ).
     *
     * @param id a parameter id
     * @return its value, the id noted
     */
    /**
     * @param p a parameter the rule matched in its left-hand side
     * @return its value, noted as deciding
     */
    ResolvedParameter get(Param p) {
        matched(p);
        return get(p.getId());
    }

    /**
     * @param p a parameter the rule matched, shown but deciding only where {@link #get(Param)} is also called
     * @return its value
     */
    ResolvedParameter peek(Param p) {
        matched(p);
        return peek(p.getId());
    }

    private ResolvedParameter value(String id) {
        ResolvedParameter p = matchedParams == null ? null : matchedParams.get(id);
        return p != null ? p : params.get(id);
    }

    private boolean known(String id) {
        return (matchedParams != null && matchedParams.containsKey(id)) || (params != null && params.has(id));
    }

    private void matched(Param p) {
        if (matchedParams == null) {
            matchedParams = new java.util.HashMap<>(4);
        }
        matchedParams.put(p.getId(), p.resolved());
    }

    ResolvedParameter peek(String id) {
        boolean known = ids.contains(id);
        note(id);
        if (!known) {
            if (incidental == null) {
                incidental = new ArrayList<>(2);
            }
            incidental.add(id);
        }
        return value(id);
    }

    /** @param id a parameter id @return its number, the id noted */
    BigDecimal decimal(String id) {
        return get(id).decimal();
    }

    /** @param id a parameter id @return its codes, the id noted */
    List<String> codes(String id) {
        return get(id).codes();
    }

    /** @param id a parameter id @return its boolean, the id noted */
    boolean flag(String id) {
        return get(id).flag();
    }

    /** @param id a parameter id, noted as used without being read here @return the id */
    String note(String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
        return id;
    }

    /** @return the ids noted, in order */
    List<String> ids() {
        return ids;
    }

    /**
     * Notes that the conclusion rests on another one.
     *
     * @param basis the provisional basis of a conclusion read
     */
    void inherit(Collection<String> basis) {
        if (basis.isEmpty()) {
            return;
        }
        if (inherited == null) {
            inherited = new TreeSet<>();
        }
        inherited.addAll(basis);
    }

    /**
     * @return the provisional parameters the conclusion rests on, sorted: those it read whose value at the
     *         reference date is provisional, and those inherited
     */
    List<String> provisionalBasis() {
        TreeSet<String> basis = inherited == null ? null : new TreeSet<>(inherited);
        for (String id : ids) {
            if ((incidental == null || !incidental.contains(id)) && known(id) && value(id).provisional()) {
                if (basis == null) {
                    basis = new TreeSet<>();
                }
                basis.add(id);
            }
        }
        return basis == null || basis.isEmpty() ? List.of() : List.copyOf(basis);
    }
}
