package vn.antq.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An assessed unit being drawn: its indicators in writing order and its events. */
final class UnitDraft {
    private final String id;
    private final UnitKind kind;
    private final String type;
    private final String name;
    private final String parent;
    private final Map<String, Object> indicators = new LinkedHashMap<>();
    private List<SampleEvent> events = new ArrayList<>();

    UnitDraft(String id, UnitKind kind, String type, String name, String parent) {
        this.id = id;
        this.kind = kind;
        this.type = type;
        this.name = name;
        this.parent = parent;
    }

    /**
     * Sets an indicator; a new one goes last, a replaced one keeps its place.
     *
     * @param indicator the camelCase name
     * @param value     a Boolean, Integer, String or BigDecimal
     * @return this draft
     */
    UnitDraft set(String indicator, Object value) {
        indicators.put(indicator, value);
        return this;
    }

    /**
     * Leaves an indicator out.
     *
     * @param indicator the camelCase name
     * @return this draft
     */
    UnitDraft remove(String indicator) {
        indicators.remove(indicator);
        return this;
    }

    /**
     * @param indicator the name of an integer indicator already set
     * @return its value
     */
    int count(String indicator) {
        return (Integer) indicators.get(indicator);
    }

    /**
     * @param event an event to add
     * @return this draft
     */
    UnitDraft event(SampleEvent event) {
        events.add(event);
        return this;
    }

    /**
     * Leaves a gap in the data: removes one indicator not in {@code kept}, or, less often, drops the events so that
     * they read as not reported.
     *
     * @param dice the draws
     * @param kept indicators that always stay (those that classify the unit)
     */
    void withholdData(Dice dice, Set<String> kept) {
        if (dice.chance(0.4)) {
            events = null;
            return;
        }
        List<String> removable = new ArrayList<>(indicators.keySet());
        removable.removeAll(kept);
        indicators.remove(dice.pick(removable));
    }

    /** @return the unit, its events in date order */
    SampleUnit build() {
        List<SampleEvent> sorted = null;
        if (events != null) {
            sorted = new ArrayList<>(events);
            sorted.sort(Comparator.comparing(SampleEvent::date));
        }
        return new SampleUnit(id, kind, type, name, parent, new LinkedHashMap<>(indicators), sorted);
    }
}
