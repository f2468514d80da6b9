package vn.antq.cli;

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
import vn.antq.pack.PackValidation;
import vn.antq.pack.PackValidator;
import vn.antq.scenario.ScenarioRunner;

/**
 * {@code antq validate DIR}: checks a rule pack directory and prints every problem as a compiler would, in the rule
 * author's words ({@link DiagnosticPrinter}), then a summary; exit 0 when there is no error (warnings allowed), 3
 * otherwise.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Kiểm tra một thư mục bộ luật (pack.yaml, tệp .drl, .drl.csv, tệp tham số) và báo mọi lỗi kèm tệp, dòng, "
                    + "cột và cách sửa.",
            "Checks a rule pack directory (pack.yaml, .drl and .drl.csv files, parameter files) and reports every "
                    + "problem with file, line, column and the fix."})
final class ValidateCommand implements Callable<Integer> {
    /** The logging packages of Drools and KIE: their log lines would only repeat, in Java's words, what we print. */
    private static final String[] QUIET = {"org.drools", "org.kie"};

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
        for (String logger : QUIET) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "off");
        }
        return failures.guard(() -> {
            // a rule that no scenario of the pack's scenarios/ folder makes fire is a warning
            PackValidation result = PackValidator.create()
                    .withCoverage(dir -> new ScenarioRunner().run(List.of(dir)).covered())
                    .validate(directory);
            new DiagnosticPrinter(directory, spec.commandLine().getOut()).print(result);
            return result.valid() ? ExitCode.OK : ExitCode.INVALID_RULES;
        });
    }
}
