package vn.antq.samples;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * @param validFrom  the first day it is valid, or null for no limit (the field is left out)
 * @param validTo    the last day it is valid, or null for no limit (the field is left out)
 * @param successor  the id of the unit that took it over, or null (the field is left out)
 * @param indicators the indicators in writing order (values are Boolean, Integer, String or BigDecimal); empty
 *                   for none
 * @param events     the events; null when they are not reported (the field is left out)
 */
record SampleUnit(String id, UnitKind kind, String type, String name, String parent, LocalDate validFrom,
                  LocalDate validTo, String successor, Map<String, Object> indicators, List<SampleEvent> events) {

    /** A unit valid at every date, without successor. */
    SampleUnit(String id, UnitKind kind, String type, String name, String parent, Map<String, Object> indicators,
               List<SampleEvent> events) {
        this(id, kind, type, name, parent, null, null, null, indicators, events);
    }

    /**
     * @param day the first day it is valid
     * @return this unit, valid from that day
     */
    SampleUnit validFrom(LocalDate day) {
        return new SampleUnit(id, kind, type, name, parent, day, validTo, successor, indicators, events);
    }

    /**
     * @param left the indicators to leave out
     * @return this unit without them, its other indicators in the same order
     */
    SampleUnit without(String... left) {
        Map<String, Object> kept = new LinkedHashMap<>(indicators);
        for (String indicator : left) {
            kept.remove(indicator);
        }
        return new SampleUnit(id, kind, type, name, parent, validFrom, validTo, successor, kept, events);
    }
}
