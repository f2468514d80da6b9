package vn.antq.internal.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.internal.LoadedPack;
import vn.antq.internal.PackLoader;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;

/**
 * What a layer is checked against: the rule ids, parameters and phases of the pack it extends.
 *
 * @param id         the base pack's id
 * @param rules      its rule ids
 * @param parameters its parameters, by id (positions are the whole base)
 * @param phases     its phases
 */
record BasePack(String id, Set<String> rules, Map<String, DefinedParameter> parameters, List<String> phases) {
    /** The id of the bundled national pack, the one pack a directory can extend when validated on its own. */
    static final String NATIONAL = "antq-national";

    /** @return a pack with nothing in it: the base of a whole (standalone) pack */
    static BasePack none() {
        return new BasePack("", Set.of(), Map.of(), List.of());
    }

    /** @return the national pack, or null when it is not on the class path */
    static BasePack national(ClassLoader classLoader) {
        LoadedPack pack;
        try {
            pack = PackLoader.load(RulePack.national(), classLoader);
        } catch (RulePackException e) {
            return null;
        }
        Map<String, DefinedParameter> parameters = new LinkedHashMap<>();
        Pos where = Pos.file("(" + NATIONAL + ")");
        for (Parameter p : pack.parameters().all()) {
            parameters.put(p.id(), new DefinedParameter(p.id(), where, p.values().stream()
                    .map(v -> value(v, where)).toList()));
        }
        return new BasePack(pack.info().id(), Set.copyOf(pack.rules().keySet()), parameters, pack.phases());
    }

    private static DefinedParameter.Value value(ParameterValue v, Pos where) {
        Object value = v.value();
        return new DefinedParameter.Value(v.from(), where, value, ValueKind.of(value), where);
    }
}
