package vn.antq.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.report.JsonReportWriter;
import vn.antq.samples.Samples;
import vn.antq.standard.StandardStatus;
import vn.antq.verdict.Verdict;

/**
 * The code snippets of README.md and docs/embedding.md, compiled and run, so that the guides never show
 * code that does not work. Keep the snippets and these copies in step.
 */
class GuideSnippetsTest {

    @Test
    void readmeSnippetListsTheMissedCriteriaOfUnitsThatDidNotAchieveTheStandard(@TempDir Path dir) throws Exception {
        Path locality = dir.resolve("locality.json");
        try (InputStream in = Samples.thanhHoa2024()) {
            Files.copy(in, locality);
        }
        List<String> printed = new ArrayList<>();

        Evaluator evaluator = Evaluator.builder().build();
        Dataset dataset = DatasetReader.read(locality);
        EvaluationReport report = evaluator.evaluate(dataset);
        for (UnitAssessment unit : report.units()) {
            if (unit.standard().status() == StandardStatus.NOT_ACHIEVED) {
                unit.standard().criteria().stream().filter(c -> c.status() == Verdict.NOT_MET)
                    .forEach(c -> printed.add(unit.name() + ": " + c.rule() + " — " + c.actual()));
            }
        }

        assertFalse(printed.isEmpty());
        assertTrue(printed.stream().allMatch(line -> line.contains(": ANTT-")), printed.get(0));
    }

    @Test
    void embeddingGuideSnippetWritesTheJsonReport() throws Exception {
        OutputStream outputStream = new ByteArrayOutputStream();
        Dataset sample;
        try (InputStream in = Samples.thanhHoa2024()) {
            sample = DatasetReader.read(in);
        }

        Evaluator evaluator = Evaluator.builder()
                .parallelism(2)
                .build();
        EvaluationReport report = evaluator.evaluate(sample);
        new JsonReportWriter().write(report, outputStream);

        String json = ((ByteArrayOutputStream) outputStream).toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{"), json.substring(0, 20));
        assertEquals(sample.units().size(), report.units().size());
    }
}
