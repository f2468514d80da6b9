package vn.antq.standard;

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
        return parameters.stream().filter(UsedParameter::provisional).map(UsedParameter::id).distinct().sorted()
                .toList();
    }
}
