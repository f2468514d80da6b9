package vn.antq.internal;

import java.util.Map;
import org.kie.api.KieBase;
import vn.antq.pack.PackInfo;
import vn.antq.pack.RuleInfo;
import vn.antq.parameter.ParameterSet;

/**
 * A rule pack ready to evaluate: its compiled KIE base, its parameters and its rule catalogue.
 * Immutable; the KIE base is shared by every session.
 *
 * @param kieBase    the compiled rules
 * @param parameters the parameters
 * @param rules      the rule catalogue by rule id
 * @param info       the pack's identity
 */
public record LoadedPack(KieBase kieBase, ParameterSet parameters, Map<String, RuleInfo> rules, PackInfo info) {

    /** Copies the catalogue. */
    public LoadedPack {
        rules = Map.copyOf(rules);
    }
}
