package vn.antq.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code antq} command: it only holds the subcommands. */
@Command(name = "antq",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "vn.antq.cli.Messages",
        description = {
            "Đánh giá tiêu chuẩn \"An toàn về an ninh, trật tự\" (TT 124/2021/TT-BCA) và phân loại phong trào "
                    + "toàn dân bảo vệ an ninh Tổ quốc (QĐ 510/QĐ-BCA-V05).",
            "Evaluates the standard \"An toàn về an ninh, trật tự\" and classifies the movement for protecting "
                    + "national security."})
final class AntqCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "thiếu lệnh: evaluate, validate hoặc test / missing a command: evaluate, validate or test");
    }
}
