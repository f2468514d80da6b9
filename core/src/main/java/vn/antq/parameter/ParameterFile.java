package vn.antq.parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.antq.internal.ParameterFiles;

/**
 * A parameter file read on its own, in the format of a pack's parameter files: for a what-if run, whose parameters
 * go to {@link vn.antq.evaluation.Evaluator.Builder#parameterOverrides}.
 *
 * @since 0.10
 */
public final class ParameterFile {

    private ParameterFile() {
    }

    /**
     * @param file a YAML file with a list {@code parameters} of entries {@code id}, {@code label} and dated
     *             {@code values} ({@code from}, {@code value}, {@code source}, {@code provisional})
     * @return its parameters, in file order
     * @throws IOException                        when the file cannot be read
     * @throws vn.antq.pack.RulePackException listing every problem of the file, with its line
     */
    public static List<Parameter> read(Path file) throws IOException {
        return ParameterFiles.read(file);
    }
}
