package vn.antq.pack;

import java.util.List;

/**
 * The identity of a loaded rule pack, as reports name it, with the packs layered on it.
 *
 * @param id      stable pack id, e.g. {@code antq-national}
 * @param name    its human name
 * @param version its version
 * @param layers  the packs layered on it ({@code Evaluator.Builder.layer}), bottom first; empty when none
 *                (since 0.3)
 * @since 0.1
 */
public record PackInfo(String id, String name, String version, List<LayerInfo> layers) {

    /** Copies the list. */
    public PackInfo {
        layers = List.copyOf(layers);
    }

    /**
     * A pack with no layer.
     *
     * @param id      stable pack id
     * @param name    its human name
     * @param version its version
     */
    public PackInfo(String id, String name, String version) {
        this(id, name, version, List.of());
    }

    /** @return the rules every layer switched off, in layer order */
    public List<DisabledRule> disabledRules() {
        return layers.stream().flatMap(l -> l.disabledRules().stream()).toList();
    }
}
