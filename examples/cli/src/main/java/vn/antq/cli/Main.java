package vn.antq.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code antq} command. Everything is written in UTF-8; exit codes follow
 * contract.md §3: 0 success, 2 invalid dataset or arguments, 3 invalid rules, 1 anything else.
 *
 * @since 0.1
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code antq} and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code antq} without exiting: the testable entry point.
     *
     * @param args the command line
     * @param out  where reports and help go (written as UTF-8)
     * @param err  where errors go (written as UTF-8)
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new AntqCommand())
                .addSubcommand(new EvaluateCommand(out))
                .addSubcommand(new ValidateCommand())
                .addSubcommand(new TestCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true))
                .setParameterExceptionHandler(Main::invalidArguments);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        if (out.checkError() && code == ExitCode.OK) {
            // a PrintStream keeps its write failures to itself: a full disk or a closed pipe must not look like success
            err.println("Lỗi: không ghi hết được báo cáo ra đầu ra chuẩn (đĩa đầy hoặc đầu ra đã đóng) / Error: the "
                    + "report could not be written to standard output (disk full or output closed)");
            err.flush();
            return ExitCode.FAILURE;
        }
        return code;
    }

    private static int invalidArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("Lỗi: tham số dòng lệnh không hợp lệ / Error: invalid command line");
        err.println("  " + e.getMessage());
        err.println("Xem / See: " + command.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCode.INVALID_INPUT;
    }
}
