package vn.antq.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import vn.antq.parameter.ResolvedParameter;

/**
 * The parameters one conclusion used, in the order read, and the provisional ones it rests on: those read
 * decisively ({@link #get(Param)}), not those only shown ({@link #peek(Param)}), plus the bases inherited from the
 * conclusions it read ({@link #inherit(Collection)}). Every parameter comes from a {@link Param} fact the rule
 * matched. Small lists, no map: a conclusion reads a handful of parameters. Not thread-safe.
 */
final class ParameterTrail {
    private final List<String> ids = new ArrayList<>(4);
    private final List<ResolvedParameter> values = new ArrayList<>(4);
    private List<String> incidental;
    private TreeSet<String> inherited;

    /**
     * @param p a parameter the rule matched in its left-hand side, deciding the conclusion
     * @return its value
     */
    ResolvedParameter get(Param p) {
        note(p);
        if (incidental != null) {
            incidental.remove(p.getId());
        }
        return p.resolved();
    }

    /**
     * @param p a parameter the rule matched, shown but deciding only where {@link #get(Param)} is also called
     * @return its value
     */
    ResolvedParameter peek(Param p) {
        if (note(p)) {
            if (incidental == null) {
                incidental = new ArrayList<>(2);
            }
            incidental.add(p.getId());
        }
        return p.resolved();
    }

    /** @return true when the parameter was not noted before */
    private boolean note(Param p) {
        if (ids.contains(p.getId())) {
            return false;
        }
        ids.add(p.getId());
        values.add(p.resolved());
        return true;
    }

    /** @return the ids of the parameters used, in the order read */
    List<String> ids() {
        return ids;
    }

    /** @param basis the provisional basis of a conclusion this one read */
    void inherit(Collection<String> basis) {
        if (basis.isEmpty()) {
            return;
        }
        if (inherited == null) {
            inherited = new TreeSet<>();
        }
        inherited.addAll(basis);
    }

    /** @return the provisional parameters this conclusion rests on, sorted; empty when none */
    List<String> provisionalBasis() {
        String[] own = null;
        int n = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (values.get(i).provisional() && (incidental == null || !incidental.contains(id))) {
                if (own == null) {
                    own = new String[ids.size()];
                }
                own[n++] = id;
            }
        }
        if (inherited == null) {
            if (n == 0) {
                return List.of();
            }
            // the ids are distinct (noted once each): sorting them is enough
            Arrays.sort(own, 0, n);
            return n == own.length ? List.of(own) : List.of(Arrays.copyOf(own, n));
        }
        TreeSet<String> basis = new TreeSet<>(inherited);
        for (int i = 0; i < n; i++) {
            basis.add(own[i]);
        }
        return List.copyOf(basis);
    }
}
