package vn.antq.samples;

import java.time.LocalDate;
import java.util.Set;

/**
 * One dated event of a unit.
 *
 * @param type            the event type of contract.md §1
 * @param date            the day it happened
 * @param forceMajeure    for the types that carry it, whether it was force majeure; otherwise null
 * @param handledPromptly for the types that carry it, whether it was found, contained and reported at once;
 *                        otherwise null
 */
record SampleEvent(String type, LocalDate date, Boolean forceMajeure, Boolean handledPromptly) {

    /** The event types that carry {@code forceMajeure} and {@code handledPromptly}. */
    static final Set<String> WITH_CIRCUMSTANCES = Set.of("SERIOUS_CRIME", "SERIOUS_FIRE_EXPLOSION",
            "FATAL_LABOUR_ACCIDENT", "SERIOUS_INCIDENT", "SERIOUS_ENVIRONMENT_FOOD_VIOLATION");

    /**
     * @param type an event type without circumstances
     * @param date the day
     * @return the event
     */
    static SampleEvent of(String type, LocalDate date) {
        return new SampleEvent(type, date, null, null);
    }

    /**
     * @param type            an event type of {@link #WITH_CIRCUMSTANCES}
     * @param date            the day
     * @param forceMajeure    whether it was force majeure
     * @param handledPromptly whether it was handled at once
     * @return the event
     */
    static SampleEvent of(String type, LocalDate date, boolean forceMajeure, boolean handledPromptly) {
        return new SampleEvent(type, date, forceMajeure, handledPromptly);
    }
}
