package vn.antq.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.Parameter;

/** Reads a parameter file that a host gives on its own (a what-if's overrides), in the pack's parameter format. */
public final class ParameterFiles {

    private ParameterFiles() {
    }

    /**
     * @param file a YAML file with a list {@code parameters}, as in a pack
     * @return its parameters, in file order
     * @throws IOException         when the file cannot be read
     * @throws RulePackException listing every problem of the file, with its line
     */
    public static List<Parameter> read(Path file) throws IOException {
        List<PackProblem> problems = new ArrayList<>();
        List<Parameter> parameters;
        try (InputStream in = Files.newInputStream(file)) {
            parameters = ParameterFileReader.read(file.toString(), in, problems);
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return parameters;
    }
}
