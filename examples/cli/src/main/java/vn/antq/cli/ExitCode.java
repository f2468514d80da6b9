package vn.antq.cli;

/** The exit codes of {@code antq} (contract.md §3). */
final class ExitCode {
    /** Success. */
    static final int OK = 0;
    /** Any failure not covered below. */
    static final int FAILURE = 1;
    /** An invalid dataset or invalid arguments; nothing was written. */
    static final int INVALID_INPUT = 2;
    /** Rules that do not compile or parameters that do not parse. */
    static final int INVALID_RULES = 3;

    private ExitCode() {
    }
}
