package vn.antq.pack;

/**
 * A rule a layer switched off ({@code disables} in its {@code pack.yaml}): it does not run, and reports list
 * it with the reason.
 *
 * @param rule    the rule id
 * @param label   the rule's {@code @label}, or null when it has none
 * @param source  the rule's {@code @source}, or null when it has none
 * @param reason  why the layer switches it off, in the author's words
 * @param layerId the id of the layer that switched it off
 * @since 0.3
 */
public record DisabledRule(String rule, String label, String source, String reason, String layerId) {
}
