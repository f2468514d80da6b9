package vn.antq.pack;

/**
 * One problem in a rule pack: the file, the line (0 when unknown) and what is wrong.
 *
 * @param file    path of the file inside the pack
 * @param line    1-based line, or 0 when not known
 * @param message what is wrong
 * @since 0.1
 */
public record PackProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
