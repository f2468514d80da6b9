package vn.antq.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.antq.evaluation.EvaluationReport;

/**
 * Writes an {@link EvaluationReport} in one format. A writer is a pure function of the report: equal
 * reports give byte-identical output, whatever the default locale, time zone or line separator.
 * Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface ReportWriter {

    /**
     * Writes the report as UTF-8 bytes. The stream is flushed, not closed.
     *
     * @param report the report
     * @param out    where to write
     * @throws IOException when the stream fails
     */
    void write(EvaluationReport report, OutputStream out) throws IOException;

    /**
     * @param report the report
     * @return what {@link #write} would write, as a string
     */
    default String render(EvaluationReport report) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            write(report, buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
