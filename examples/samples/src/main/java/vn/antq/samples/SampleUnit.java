package vn.antq.samples;

import java.util.List;
import java.util.Map;

/**
 * One unit as it is written to the dataset.
 *
 * @param id         the unique id
 * @param kind       the kind
 * @param type       the refinement of the kind, or null
 * @param name       the Vietnamese name
 * @param parent     the parent's id, or null for a province
 * @param indicators the indicators in writing order (values are Boolean, Integer, String or BigDecimal); empty
 *                   for none
 * @param events     the events; null when they are not reported (the field is left out)
 */
record SampleUnit(String id, UnitKind kind, String type, String name, String parent, Map<String, Object> indicators,
                  List<SampleEvent> events) {
}
