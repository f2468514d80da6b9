package vn.antq.standard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parameter value that a conclusion used, with its legal reference.
 *
 * @param id          parameter id
 * @param value       the value used, as written in the parameter file
 * @param source      legal reference of that value
 * @param provisional true when the legal value is not confirmed
 * @since 0.1
 */
public record UsedParameter(String id, String value, String source, boolean provisional) {

    /**
     * @param parameters the parameters a conclusion used
     * @return the ids of the provisional ones, sorted and once each: the provisional basis of a conclusion that
     *         reads no other conclusion
     */
    public static List<String> provisionalIds(List<UsedParameter> parameters) {
        List<String> ids = null;
        for (UsedParameter p : parameters) {
            if (p.provisional() && (ids == null || !ids.contains(p.id()))) {
                if (ids == null) {
                    ids = new ArrayList<>(2);
                }
                ids.add(p.id());
            }
        }
        if (ids == null) {
            return List.of();
        }
        Collections.sort(ids);
        return List.copyOf(ids);
    }
}
