package vn.antq.scenario;

/**
 * One problem of a scenario file: where it is and what is wrong, in Vietnamese and English.
 *
 * @param file    the file, as given to the runner
 * @param line    1-based line, or 0 when not known
 * @param column  1-based column, or 0 when not known
 * @param message what is wrong and what was expected
 */
public record ScenarioProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
    }
}
