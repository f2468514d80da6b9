package vn.antq.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated event reported for a unit. It counts for the unit when its date lies inside the unit's
 * assessment window.
 *
 * @param type            what happened
 * @param date            when it happened
 * @param forceMajeure    whether it was force majeure (bất khả kháng), or {@code null} when not reported
 * @param handledPromptly whether it was detected, contained and reported promptly, or {@code null}
 * @since 0.1
 */
public record Event(EventType type, LocalDate date, Boolean forceMajeure, Boolean handledPromptly) {

    /** Checks the required fields. */
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
    }

    /**
     * @param type what happened
     * @param date when
     * @return an event with neither flag reported
     */
    public static Event of(EventType type, LocalDate date) {
        return new Event(type, date, null, null);
    }
}
