package vn.antq.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.scenario.CaseResult;
import vn.antq.scenario.ScenarioProblem;
import vn.antq.scenario.ScenarioRun;
import vn.antq.scenario.ScenarioRunner;

/**
 * {@code antq test DIR…}: runs every scenario file ({@code antq-scenario/1}) under the directories, prints each
 * failing case (expected and actual, the criteria trace, the defaults used) and a summary. Exit code 0 when every
 * case passes, 1 when one fails, 3 when a file cannot be read (each problem with file, line and column).
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Chạy các kịch bản kiểm thử (tệp .yaml dạng antq-scenario/1) và so kết quả với kết quả mong đợi.",
            "Runs scenario tests (antq-scenario/1 .yaml files) and compares the outcomes with the expected ones."})
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private Failures failures;

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Thư mục (hoặc tệp) kịch bản; thư mục bộ luật thì lấy thư mục scenarios/ của nó / scenario "
                    + "directories or files; for a pack directory, its scenarios/ folder.")
    private List<Path> paths;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(),
                        "không có tệp hay thư mục / no such file or directory: " + p);
            }
        }
        return failures.guard(() -> {
            ScenarioRun run = new ScenarioRunner().run(paths);
            PrintWriter out = spec.commandLine().getOut();
            for (CaseResult r : run.results()) {
                if (!r.passed()) {
                    out.print(r.describe());
                    out.println();
                }
            }
            if (!run.problems().isEmpty()) {
                PrintWriter err = failures.err();
                err.println("Lỗi: tệp kịch bản không hợp lệ (" + run.problems().size()
                        + " lỗi) / Error: invalid scenario file (" + run.problems().size() + " problems):");
                for (ScenarioProblem p : run.problems()) {
                    err.println("  - " + p);
                }
                err.flush();
            }
            out.println(run.summary());
            out.flush();
            if (!run.problems().isEmpty()) {
                return ExitCode.INVALID_RULES;
            }
            return run.failed() == 0 ? ExitCode.OK : ExitCode.FAILURE;
        });
    }
}
