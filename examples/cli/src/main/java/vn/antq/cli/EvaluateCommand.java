package vn.antq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.pack.RulePack;
import vn.antq.parameter.Parameter;
import vn.antq.samples.Samples;

/**
 * {@code antq evaluate}: reads a dataset, evaluates it with the national rule pack (or a directory of
 * rules) and prints the report, or writes it to {@code --out} once the evaluation has succeeded.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Đánh giá một bộ dữ liệu (antq-dataset/1) và in báo cáo; không có DATASET thì dùng dữ liệu mẫu "
                    + "tỉnh Thanh Hóa năm 2024.",
            "Evaluates a dataset (antq-dataset/1) and prints the report; without DATASET, the bundled "
                    + "Thanh Hóa 2024 sample."})
final class EvaluateCommand implements Callable<Integer> {
    private final OutputStream stdout;

    @Spec
    private CommandSpec spec;

    @Mixin
    private Failures failures;

    @Mixin
    private WhatIfOptions whatIf;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET",
            description = "Tệp dữ liệu JSON; mặc định: dữ liệu mẫu Thanh Hóa 2024 / dataset file; "
                    + "default: the Thanh Hóa 2024 sample.")
    private Path dataset;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Định dạng báo cáo: text (mặc định) hoặc json (antq-report/1.1) / report format.")
    private ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Ghi báo cáo vào tệp thay vì in ra; chỉ ghi khi đánh giá thành công / "
                    + "write the report to FILE, only after a successful evaluation.")
    private Path out;

    @Option(names = "--sample", paramLabel = "NAME", defaultValue = "thanh-hoa-2024",
            description = "Dữ liệu mẫu dùng khi không có DATASET: thanh-hoa-2024 (ba cấp, mặc định) hoặc "
                    + "thanh-hoa-2026 (hai cấp) / the bundled sample used without DATASET: thanh-hoa-2024 "
                    + "(three tiers, default) or thanh-hoa-2026 (two tiers).")
    private String sample;

    @Option(names = "--plan", paramLabel = "PLAN",
            description = "Đánh giá cả chỉ tiêu của một kế hoạch, ví dụ TH-KH67-2024 / also evaluate a "
                    + "plan's targets, e.g. TH-KH67-2024.")
    private String plan;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Thư mục bộ luật (pack.yaml, tệp .drl, tệp tham số), lặp lại được: gói có 'extends' là một "
                    + "lớp trên gói bên dưới; gói không có 'extends' thay bộ luật quốc gia (chỉ gói đầu tiên) / "
                    + "a rule pack directory, repeatable: one whose pack.yaml has 'extends' layers on the pack below; "
                    + "one without replaces the national pack (first only).")
    private List<Path> rules = new ArrayList<>();

    @Option(names = "--parallelism", paramLabel = "N",
            description = "Số luồng dùng khi đánh giá; mặc định: số lõi CPU (${DEFAULT-VALUE}) / "
                    + "threads to use; default: the number of processors.")
    private int parallelism = Runtime.getRuntime().availableProcessors();

    /** @param stdout where the report is printed when there is no {@code --out} */
    EvaluateCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        checkArguments();
        return failures.guard(this::evaluate);
    }

    private void checkArguments() {
        whatIf.checkArguments();
        if (!sample.equals("thanh-hoa-2024") && !sample.equals("thanh-hoa-2026")) {
            throw new ParameterException(spec.commandLine(),
                    "--sample phải là thanh-hoa-2024 hoặc thanh-hoa-2026 / must be thanh-hoa-2024 or thanh-hoa-2026: "
                            + sample);
        }
        if (parallelism < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--parallelism phải từ 1 trở lên / must be at least 1: " + parallelism);
        }
        if (dataset != null) {
            DatasetFile.check(spec.commandLine(), dataset, out);
        }
        for (Path dir : rules) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(),
                        "không có thư mục bộ luật / no such rule pack directory: " + dir);
            }
        }
        if (out != null && Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(),
                    "--out phải là một tệp, không phải thư mục / --out must be a file, not a directory: " + out);
        }
        if (out != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new ParameterException(spec.commandLine(),
                    "không có thư mục chứa tệp --out / the directory of --out does not exist: " + out);
        }
    }

    private int evaluate() throws IOException, InvalidDatasetException {
        long start = System.nanoTime();
        Evaluator.Builder builder = Evaluator.builder().parallelism(parallelism);
        rules.forEach(dir -> builder.rules(RulePack.directory(dir)));
        Evaluator evaluator = builder.build();
        progress("Đã nạp bộ luật / loaded rule pack: " + evaluator.pack().id() + " " + evaluator.pack().version()
                + evaluator.pack().layers().stream().map(l -> " + " + l.id() + " " + l.version())
                        .collect(Collectors.joining()), start);
        Dataset data = read(evaluator.indicators());
        progress("Đã đọc dữ liệu / read dataset: " + data.units().size() + " đơn vị / units, năm / year "
                + data.year(), start);
        List<Parameter> overrides = whatIf.changesParameters() ? whatIf.overrides(evaluator.parameters(),
                plan == null ? null : evaluator.planParameters(plan), data.year()) : List.of();
        Evaluator changed = overrides.isEmpty() ? evaluator : evaluator.withParameterOverrides(overrides);
        EvaluationReport report = plan == null ? changed.evaluate(data) : changed.evaluate(data, plan);
        progress("Đã đánh giá / evaluated (" + parallelism + " luồng / threads)", start);
        ReportFile.Content content = o -> format.writer().write(report, o);
        if (whatIf.diff()) {
            EvaluationReport without = plan == null ? evaluator.evaluate(data) : evaluator.evaluate(data, plan);
            progress("Đã đánh giá không thay đổi tham số / evaluated without the changes", start);
            List<ReportDiff.Change> changes = ReportDiff.between(without, report);
            content = o -> {
                PrintWriter w = new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
                DiffText.print(overrides, changes, w);
                w.flush();
            };
        }
        if (out == null) {
            content.writeTo(stdout);
        } else {
            ReportFile.write(out, content);
            progress("Đã ghi báo cáo / wrote report: " + out, start);
        }
        return ExitCode.OK;
    }

    private Dataset read(List<DeclaredIndicator> indicators) throws IOException, InvalidDatasetException {
        if (dataset != null) {
            return DatasetReader.read(dataset, indicators);
        }
        try (InputStream in = sample.equals("thanh-hoa-2026") ? Samples.thanhHoa2026() : Samples.thanhHoa2024()) {
            return DatasetReader.read(in, indicators);
        }
    }

    private void progress(String message, long start) {
        if (failures.verbose()) {
            PrintWriter err = failures.err();
            err.println(message + " — " + (System.nanoTime() - start) / 1_000_000 + " ms");
            err.flush();
        }
    }
}
