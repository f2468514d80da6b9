package vn.antq.examples.embedding;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.samples.Samples;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/** Embeds antq: builds an evaluator once, evaluates a dataset and prints three facts from the report. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * @param args an optional dataset file ({@code antq-dataset/1}); without it, the bundled Thanh Hóa 2024 sample
     * @throws Exception when the dataset cannot be read or is invalid
     */
    public static void main(String[] args) throws Exception {
        Evaluator evaluator = Evaluator.builder().build(); // loads the national pack: build once, then share
        Dataset dataset;
        if (args.length > 0) {
            dataset = DatasetReader.read(Path.of(args[0]));
        } else {
            try (InputStream in = Samples.thanhHoa2024()) {
                dataset = DatasetReader.read(in);
            }
        }
        EvaluationReport report = evaluator.evaluate(dataset);

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<UnitAssessment> communes = report.units().stream().filter(u -> u.kind() == UnitKind.COMMUNE).toList();
        long achieved = communes.stream().filter(u -> u.standard().status() == StandardStatus.ACHIEVED).count();
        out.printf("Xã, phường, thị trấn đạt chuẩn \"An toàn về an ninh, trật tự\": %d/%d%n", achieved,
                communes.size());
        communes.stream().filter(u -> u.standard().status() == StandardStatus.NOT_ACHIEVED).findFirst()
                .ifPresent(u -> u.standard().criteria().stream().filter(c -> c.status() == Verdict.NOT_MET)
                        .findFirst().ifPresent(c -> out.printf("Chưa đạt chuẩn, đầu tiên: %s (%s), %s %s%n"
                                + "  thực tế: %s%n  yêu cầu: %s%n", u.name(), u.id(), c.rule(), c.label(),
                                c.actual(), c.required())));
        List<String> provisional = report.provisionalParameters();
        out.println("Tham số tạm thời đã dùng (chưa xác nhận giá trị pháp lý): "
                + (provisional.isEmpty() ? "không có" : String.join(", ", provisional)));
    }
}
