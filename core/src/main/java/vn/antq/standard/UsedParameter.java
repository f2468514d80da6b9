package vn.antq.standard;

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
}
