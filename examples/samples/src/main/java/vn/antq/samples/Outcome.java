package vn.antq.samples;

/** What a drafted unit is meant to show: a clean record, one failed criterion, or a gap in its data. */
enum Outcome {
    /** Every criterion met. */
    CLEAN,
    /** One criterion of TT 124 not met. */
    FAULTY,
    /** One indicator left out, or the events not reported. */
    INCOMPLETE
}
