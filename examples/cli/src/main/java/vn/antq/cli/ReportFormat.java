package vn.antq.cli;

import vn.antq.report.JsonReportWriter;
import vn.antq.report.ReportWriter;
import vn.antq.report.TextReportWriter;

/** The report formats of {@code antq evaluate --format}. */
enum ReportFormat {
    /** The readable Vietnamese report. */
    TEXT(new TextReportWriter()),
    /** The JSON report {@code antq-report/1.1}. */
    JSON(new JsonReportWriter());

    private final ReportWriter writer;

    ReportFormat(ReportWriter writer) {
        this.writer = writer;
    }

    /** @return the writer of this format */
    ReportWriter writer() {
        return writer;
    }
}
