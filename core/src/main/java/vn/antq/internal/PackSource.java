package vn.antq.internal;

import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.kie.api.KieBase;
import vn.antq.parameter.Parameter;

/**
 * A pack read but not yet assembled into a KIE base: its descriptor, its parameters with the file of each, and its
 * compiled rules — the executable model, so that layers can join it into one KIE base — or, for a classpath pack
 * that names only a KIE base of its kmodule ({@code kbase}), that KIE base.
 *
 * @param origin         where the pack is, for problems
 * @param descriptor     its {@code pack.yaml}
 * @param parameters     the parameters it defines
 * @param parameterFiles by parameter id, the file that defines it
 * @param overrides      for a layer, the parameters it replaces ({@code overrides}); empty otherwise
 * @param overrideFiles  by overridden parameter id, the file that replaces it
 * @param models         the executable model, or null when the pack gives only {@code kieBase}
 * @param kieBase        the KIE base of a pack without an executable model, or null
 * @param ruleFiles      by rule id, the author's file that defines it, when known
 */
record PackSource(String origin, PackDescriptor descriptor, List<Parameter> parameters,
                  Map<String, String> parameterFiles, List<Parameter> overrides, Map<String, String> overrideFiles,
                  List<Model> models, KieBase kieBase, Map<String, String> ruleFiles) {

    /** @param value the KIE base of a pack without an executable model, or null @return this source with it */
    PackSource withKieBase(KieBase value) {
        return new PackSource(origin, descriptor, parameters, parameterFiles, overrides, overrideFiles, models, value,
                ruleFiles);
    }

    /** @return the id of the pack */
    String id() {
        return descriptor.id();
    }
}
