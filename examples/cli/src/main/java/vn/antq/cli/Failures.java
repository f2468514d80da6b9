package vn.antq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.dataset.Problem;
import vn.antq.evaluation.PeriodNotCoveredException;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePackException;
import vn.antq.plan.PlanException;

/**
 * The {@code --verbose} option and the one place where failures become messages and exit codes: an
 * invalid dataset exits 2 listing every problem, an invalid rule pack exits 3 listing every problem
 * with file and line, anything else exits 1. Messages are in Vietnamese and English; a stack trace
 * follows only with {@code --verbose}.
 */
final class Failures {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--verbose",
            description = "In tiến trình và, khi có lỗi, chi tiết kỹ thuật (stack trace) / "
                    + "print progress and, on failure, the stack trace.")
    private boolean verbose;

    /** @return true when {@code --verbose} was given */
    boolean verbose() {
        return verbose;
    }

    /** @return the error stream of the command */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /**
     * Runs the body of a command, turning its failures into messages and exit codes. A
     * {@link ParameterException} passes through, to be reported as a usage error.
     *
     * @param body the command's work, returning its exit code
     * @return the exit code
     */
    int guard(Callable<Integer> body) {
        try {
            return body.call();
        } catch (ParameterException e) {
            throw e;
        } catch (InvalidDatasetException e) {
            PrintWriter err = err();
            err.println("Lỗi: dữ liệu không hợp lệ, không đơn vị nào được đánh giá (" + e.problems().size()
                    + " lỗi) / Error: invalid dataset, nothing was evaluated (" + e.problems().size() + " problems):");
            for (Problem p : e.problems()) {
                err.println("  - " + p.message());
            }
            return finish(e, ExitCode.INVALID_INPUT);
        } catch (PeriodNotCoveredException e) {
            PrintWriter err = err();
            err.println("Lỗi: bộ luật không áp dụng cho thời điểm của dữ liệu, không đơn vị nào được đánh giá / Error: "
                    + "the rule packs do not cover the dataset's period, nothing was evaluated:");
            for (Problem p : e.problems()) {
                err.println("  - " + p.message());
            }
            return finish(e, ExitCode.INVALID_INPUT);
        } catch (PlanException e) {
            err().println("Lỗi / Error: " + e.getMessage());
            return finish(e, ExitCode.INVALID_INPUT);
        } catch (RulePackException e) {
            PrintWriter err = err();
            err.println("Lỗi: bộ luật không hợp lệ (" + e.problems().size() + " lỗi) / Error: invalid rule pack ("
                    + e.problems().size() + " problems):");
            for (PackProblem p : e.problems()) {
                err.println("  - " + p);
            }
            return finish(e, ExitCode.INVALID_RULES);
        } catch (OutOfMemoryError e) {
            return outOfMemory(e);
        } catch (AccessDeniedException e) {
            err().println("Lỗi: không có quyền đọc hoặc ghi tệp / Error: permission denied: " + e.getFile());
            return finish(e, ExitCode.FAILURE);
        } catch (Exception e) {
            OutOfMemoryError oom = outOfMemoryCause(e);
            if (oom != null) {
                return outOfMemory(oom);
            }
            if (e instanceof IOException && e.getCause() == null && writeFailure(e)) {
                err().println("Lỗi: không ghi được (" + e.getMessage() + "), đĩa đầy? / Error: writing failed ("
                        + e.getMessage() + "), is the disk full?");
                return finish(e, ExitCode.FAILURE);
            }
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            err().println("Lỗi: không thực hiện được lệnh (" + what + ") / Error: the command failed (" + what + ")");
            if (!verbose) {
                err().println("Chạy lại với --verbose để xem chi tiết / Run again with --verbose for details.");
            }
            return finish(e, ExitCode.FAILURE);
        }
    }

    /**
     * One line naming the heap Java had and the option that gives it more: the stack trace of an out-of-memory
     * error says nothing a user can act on.
     */
    private int outOfMemory(OutOfMemoryError e) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long suggestedGb = Math.max(2, (maxMb * 2 + 1023) / 1024);
        err().println("Lỗi: không đủ bộ nhớ (Java được dùng tối đa " + maxMb + " MB); chạy lại với nhiều bộ nhớ hơn, "
                + "ví dụ java -Xmx" + suggestedGb + "g -jar antq-cli.jar … / Error: out of memory (Java may use at most "
                + maxMb + " MB); run again with more, e.g. java -Xmx" + suggestedGb + "g -jar antq-cli.jar …");
        if (verbose) {
            e.printStackTrace(err());
        }
        err().flush();
        return ExitCode.FAILURE;
    }

    private static OutOfMemoryError outOfMemoryCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** A failure to write: the message of the operating system's "no space left" or "broken pipe". */
    private static boolean writeFailure(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("No space left") || m.contains("Broken pipe") || m.contains("Disk quota");
    }

    private int finish(Exception e, int code) {
        if (verbose) {
            e.printStackTrace(err());
        }
        err().flush();
        return code;
    }
}
