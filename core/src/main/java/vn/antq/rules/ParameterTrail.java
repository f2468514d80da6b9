package vn.antq.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.antq.parameter.ResolvedParameter;

/**
 * The parameters one conclusion read, in the order first read: every vocabulary reads its parameters through
 * a trail, and the conclusion lists the trail's ids as the parameters it used.
 */
final class ParameterTrail {
    private final Params params;
    private final List<String> ids = new ArrayList<>(4);

    ParameterTrail(Params params) {
        this.params = params;
    }

    /** @param id a parameter id @return its value, the id noted */
    ResolvedParameter get(String id) {
        note(id);
        return params.get(id);
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
}
