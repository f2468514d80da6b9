package vn.antq.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks a dataset argument before anything is read or written: it must be a readable file (a directory or an
 * unreadable file is named as such), and {@code --out} must not name it, so that a report never overwrites the data
 * it came from.
 */
final class DatasetFile {

    private DatasetFile() {
    }

    /**
     * @param cli     the command line, for the usage error
     * @param dataset the dataset argument
     * @param out     the {@code --out} argument, or null
     * @throws ParameterException naming the file and what is wrong with it
     */
    static void check(CommandLine cli, Path dataset, Path out) {
        if (Files.isDirectory(dataset)) {
            throw new ParameterException(cli, "DATASET là một thư mục, không phải tệp dữ liệu / DATASET is a "
                    + "directory, not a dataset file: " + dataset);
        }
        if (!Files.exists(dataset)) {
            throw new ParameterException(cli, "không có tệp dữ liệu / no such dataset file: " + dataset);
        }
        if (!Files.isReadable(dataset)) {
            throw new ParameterException(cli, "không có quyền đọc tệp dữ liệu / the dataset file cannot be read "
                    + "(permission denied): " + dataset);
        }
        if (out != null && sameFile(dataset, out)) {
            throw new ParameterException(cli, "--out trùng với tệp dữ liệu; báo cáo sẽ ghi đè dữ liệu, không ghi gì "
                    + "/ --out names the dataset file, the report would overwrite the data; nothing was written: " + out);
        }
    }

    private static boolean sameFile(Path dataset, Path out) {
        try {
            return Files.exists(out) ? Files.isSameFile(dataset, out)
                    : dataset.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
