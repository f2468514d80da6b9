package vn.antq.pack;

import java.util.List;

/**
 * What a pack says about one of its rules, from the rule's metadata.
 *
 * @param id         the stable rule id (the DRL rule name)
 * @param label      the criterion in Vietnamese ({@code @label})
 * @param source     the legal reference ({@code @source})
 * @param parameters the parameters it reads ({@code @parameters})
 * @param file       the DRL file that defines it
 * @since 0.1
 */
public record RuleInfo(String id, String label, String source, List<String> parameters, String file) {

    /** Copies the list. */
    public RuleInfo {
        parameters = List.copyOf(parameters);
    }
}
