package vn.antq.scenario;

import java.util.function.Function;
import vn.antq.evaluation.EvaluationReport;

/**
 * One expected outcome of a case.
 *
 * @param subject  what is expected, in Vietnamese and English (e.g. {@code đơn vị K1, tiêu chí ANTT-KDC-1 / unit K1,
 *                 criterion ANTT-KDC-1})
 * @param expected the expected value as written
 * @param line     the line of the expectation in the file
 * @param actual   reads the engine's outcome from the report
 */
record Expectation(String subject, String expected, int line, Function<EvaluationReport, Actual> actual) {
}
