package vn.antq.scenario;

import java.util.List;

/**
 * An expectation of a case the engine did not meet.
 *
 * @param subject  what was expected, in Vietnamese and English
 * @param line     the line of the expectation in the scenario file
 * @param expected the expected value
 * @param actual   the engine's value ({@code NONE} when the report has no such outcome)
 * @param details  the trace that explains the engine's value (criterion, status, actual, required), one line each
 */
public record Mismatch(String subject, int line, String expected, String actual, List<String> details) {
    /** Copies the details. */
    public Mismatch {
        details = List.copyOf(details);
    }
}
