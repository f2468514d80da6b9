package vn.antq.samples;

/**
 * The {@code cases} of a leader or a member (Kỷ niệm chương): a discipline being served and the pending cases that
 * defer a proposal. Drawn from the person's own stream, so these draws change nothing else in the dataset.
 *
 * <p>A person's cases are not recorded at all {@value #NOT_RECORDED} of the time (the field is then left out and the
 * rules ask for confirmation); otherwise every flag is written, true with the chances of {@link #draw}.
 *
 * @param underDiscipline    serving a discipline
 * @param pendingDiscipline  a discipline being considered
 * @param underInvestigation under investigation
 * @param pendingInspection  under inspection
 * @param pendingComplaint   a complaint or denunciation not concluded
 * @param pressCorruption    corruption reported by the press, being verified
 */
record PersonCases(boolean underDiscipline, boolean pendingDiscipline, boolean underInvestigation,
                   boolean pendingInspection, boolean pendingComplaint, boolean pressCorruption) {
    /** The purpose of the streams these cases are drawn from, followed by the person's id. */
    static final String PURPOSE = "CASES/";
    static final double NOT_RECORDED = 0.02;
    /** No case. */
    static final PersonCases CLEAR = new PersonCases(false, false, false, false, false, false);

    /**
     * Draws the cases: not recorded {@value #NOT_RECORDED}; else serving a discipline 1%, a discipline considered
     * 0.5%, under investigation 0.3%, under inspection 0.5%, a complaint 1%, corruption reported by the press 0.3%.
     *
     * @param dice the person's own stream
     * @return the cases, or null when not recorded
     */
    static PersonCases draw(Dice dice) {
        if (dice.chance(NOT_RECORDED)) {
            return null;
        }
        return new PersonCases(dice.chance(0.01), dice.chance(0.005), dice.chance(0.003), dice.chance(0.005),
                dice.chance(0.01), dice.chance(0.003));
    }
}
