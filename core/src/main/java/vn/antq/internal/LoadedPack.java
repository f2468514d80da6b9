package vn.antq.internal;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.pack.PackInfo;
import vn.antq.pack.RuleInfo;
import vn.antq.parameter.ParameterSet;
import vn.antq.plan.PlanInfo;
import vn.antq.unit.UnitKind;

/**
 * A rule pack ready to evaluate: its compiled KIE base, its parameters and its rule catalogue.
 * Immutable; the KIE base is shared by every session.
 *
 * @param kieBase    the compiled rules
 * @param sessions   the pool the pack's sessions come from: a session given back is reset to the state of a new
 *                   one, so the next evaluation reuses its node memories instead of allocating them again
 * @param parameters the parameters
 * @param rules      the rule catalogue by rule id
 * @param info       the pack's identity
 * @param plan       the plan a plan pack encodes, or null for a pack of criteria
 * @param phases     the pack's agenda groups in the order they run (pack.yaml {@code phases})
 * @param windows    by unit kind, the parameter giving the first and last day of its assessment window
 *                   (pack.yaml {@code windows}); empty for a pack that assesses no unit
 * @param scope      which parameters a session needs, by the kinds of input fact it holds
 * @param indicators the indicators the pack's layers declare ({@code indicators} in pack.yaml)
 */
public record LoadedPack(KieBase kieBase, KieSessionsPool sessions, ParameterSet parameters, Map<String, RuleInfo> rules, PackInfo info,
                         PlanInfo plan, List<String> phases, Map<UnitKind, String> windows, ParamScope scope,
                         List<DeclaredIndicator> indicators) {

    /**
     * A pack whose sessions come from a new pool of its KIE base.
     *
     * @param kieBase    the compiled rules
     * @param parameters the parameters
     * @param rules      the rule catalogue by rule id
     * @param info       the pack's identity
     * @param plan       the plan a plan pack encodes, or null for a pack of criteria
     * @param phases     the pack's agenda groups in the order they run
     * @param windows    by unit kind, the parameter giving its assessment window
     * @param indicators the indicators the pack's layers declare
     */
    public LoadedPack(KieBase kieBase, ParameterSet parameters, Map<String, RuleInfo> rules, PackInfo info,
                      PlanInfo plan, List<String> phases, Map<UnitKind, String> windows,
                      List<DeclaredIndicator> indicators) {
        this(kieBase, kieBase.newKieSessionsPool(1), parameters, rules, info, plan, phases, windows,
                ParamScope.of(kieBase, rules, RuleSession.INPUTS), indicators);
    }

    /**
     * @param value the parameters to evaluate with instead, with the same ids (see
     *              {@link ParameterSet#overriddenBy})
     * @return this pack with those parameters, sharing its KIE base and session pool
     */
    public LoadedPack withParameters(ParameterSet value) {
        return new LoadedPack(kieBase, sessions, value, rules, info, plan, phases, windows, scope, indicators);
    }

    /** @return the labels of the indicators the pack's layers declare, by name */
    public Map<String, String> indicatorLabels() {
        return indicators.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(DeclaredIndicator::name,
                DeclaredIndicator::labelVi));
    }

    /** Copies the catalogue, the phases and the windows. */
    public LoadedPack {
        rules = Map.copyOf(rules);
        phases = List.copyOf(phases);
        windows = Map.copyOf(windows);
        indicators = List.copyOf(indicators);
    }
}
