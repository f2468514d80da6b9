package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.antq.event.Event;
import vn.antq.event.EventType;

/**
 * Reads a unit's {@code events} array. Each event needs a {@code type} of {@link EventType} and a
 * {@code date}; {@code forceMajeure} and {@code handledPromptly} are optional booleans.
 */
final class EventParser {
    private static final String FIELD = "events";
    private static final Set<String> EVENT_FIELDS = Set.of("type", "date", "forceMajeure", "handledPromptly");

    private EventParser() {
    }

    /**
     * @param unit     the unit's fields
     * @param findings where problems and warnings go
     * @return the events that could be read; null when the unit has no {@code events} field
     *         ("not reported"), an empty list for {@code []}
     */
    static List<Event> parse(FieldReader unit, Findings findings) {
        JsonNode node = unit.value(FIELD);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            unit.problem(FIELD, "an array of events", JsonValues.describe(node));
            return null;
        }
        List<Event> events = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            String field = FIELD + "[" + j + "]";
            JsonNode element = node.get(j);
            if (!element.isObject()) {
                unit.problem(field, "an object with type and date", JsonValues.describe(element));
                continue;
            }
            FieldReader event = new FieldReader(element, unit.location(), field + ".", findings);
            EventType type = event.oneOf("type", true, EventType.class);
            LocalDate date = event.date("date", true);
            Boolean forceMajeure = event.flag("forceMajeure");
            Boolean handledPromptly = event.flag("handledPromptly");
            event.warnUnknownFields(EVENT_FIELDS, "antq-dataset/1 event");
            if (type != null && date != null) {
                events.add(new Event(type, date, forceMajeure, handledPromptly));
            }
        }
        return events;
    }
}
