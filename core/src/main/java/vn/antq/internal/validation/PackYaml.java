package vn.antq.internal.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checks need from a valid-enough {@code pack.yaml}: the files it lists and what a layer declares.
 *
 * @param id             the pack id, or null
 * @param extendsId      the id of the pack it layers on, or null for a whole (standalone) pack
 * @param parameterFiles files of the pack's own parameters, with where each is listed
 * @param overrideFiles  files of parameters that replace the base's, with where each is listed
 * @param indicators     the indicators the pack declares, by name
 * @param disables       the base rules it switches off, with where each is named
 * @param phases         the phases of a whole pack (empty for a layer)
 * @param windowParameters the parameters a whole pack's {@code windows} name
 */
record PackYaml(String id, String extendsId, Map<String, Pos> parameterFiles, Map<String, Pos> overrideFiles,
                Set<String> indicators, Map<String, Pos> disables, List<String> phases, Set<String> windowParameters) {

    boolean isLayer() {
        return extendsId != null;
    }
}
