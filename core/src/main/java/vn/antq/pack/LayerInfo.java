package vn.antq.pack;

import java.util.List;

/**
 * A pack layered on another one (a province's own criteria, parameters and switched-off rules), as reports
 * name it.
 *
 * @param id            stable pack id, e.g. {@code th-camera}
 * @param name          its human name
 * @param version       its version, as its {@code pack.yaml} gives it
 * @param extendsId     the id of the pack it layers on ({@code extends})
 * @param legalBasis    the text that lets it add to or change the pack below ({@code legalBasis})
 * @param disabledRules the rules of the packs below that it switches off, with the reason
 * @since 0.3
 */
public record LayerInfo(String id, String name, String version, String extendsId, String legalBasis,
                        List<DisabledRule> disabledRules) {

    /** Copies the list. */
    public LayerInfo {
        disabledRules = List.copyOf(disabledRules);
    }
}
