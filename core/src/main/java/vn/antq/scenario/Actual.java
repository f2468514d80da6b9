package vn.antq.scenario;

import java.util.List;

/**
 * What the engine concluded for one expectation, and the lines that explain it (the criteria trace of a unit,
 * the reasons of a rating or a medal verdict).
 *
 * @param value   the outcome, as the scenario format writes it (an enum name, a rule id, a number, or {@code NONE})
 * @param details the explanation, one line each
 */
record Actual(String value, List<String> details) {
    /** The value written when the report has no such outcome. */
    static final String NONE = "NONE";

    Actual {
        details = List.copyOf(details);
    }

    static Actual of(String value) {
        return new Actual(value, List.of());
    }
}
