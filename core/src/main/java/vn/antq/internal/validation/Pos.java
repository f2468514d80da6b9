package vn.antq.internal.validation;

/**
 * A place in an author's file.
 *
 * @param file   the file inside the pack directory
 * @param line   1-based line, 0 for the whole file
 * @param column 1-based column, 0 when not known
 */
record Pos(String file, int line, int column) {

    static Pos file(String file) {
        return new Pos(file, 0, 0);
    }
}
