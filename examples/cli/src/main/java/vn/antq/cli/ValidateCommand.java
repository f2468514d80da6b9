package vn.antq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.PackInfo;
import vn.antq.pack.RulePack;

/**
 * {@code antq validate DIR}: compiles a directory of rules and parameters, then prints {@code OK} with
 * the number of rules, or every problem with its file and line (exit code 3).
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Biên dịch một thư mục bộ luật (pack.yaml, tệp .drl, tệp tham số) và báo mọi lỗi kèm tệp và dòng.",
            "Compiles a rule pack directory (pack.yaml, .drl files, parameter files) and reports every problem "
                    + "with file and line."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private Failures failures;

    @Parameters(index = "0", paramLabel = "DIR", description = "Thư mục bộ luật / the rule pack directory.")
    private Path directory;

    @Override
    public Integer call() {
        if (!Files.isDirectory(directory)) {
            throw new ParameterException(spec.commandLine(),
                    "không có thư mục bộ luật / no such rule pack directory: " + directory);
        }
        return failures.guard(() -> {
            Evaluator evaluator = Evaluator.builder().rules(RulePack.directory(directory)).build();
            PackInfo pack = evaluator.pack();
            spec.commandLine().getOut().println("OK: " + pack.id() + " " + pack.version() + " — "
                    + evaluator.rules().size() + " luật / rules, " + evaluator.parameters().all().size()
                    + " tham số / parameters");
            return ExitCode.OK;
        });
    }
}
