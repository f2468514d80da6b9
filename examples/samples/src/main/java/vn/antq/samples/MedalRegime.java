package vn.antq.samples;

import java.time.LocalDate;

/**
 * The Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" round of a dataset: proposed on 15/05 of the year (before the 30/5
 * deadline of TT 20/2025/TT-BCA), and what the regime in force that day asks, as far as the generator needs it to
 * plant the boundary cases: TT 20/2025/TT-BCA from 28/4/2025 (leaders 10 years in post), TT 11/2021/TT-BCA before (5
 * years); members 15 years for men and 10 for women under both. The rules, not this module, decide.
 *
 * @param proposalDate the day of the proposal ({@code medalProposalDate})
 */
record MedalRegime(LocalDate proposalDate) {
    /** The first day of TT 20/2025/TT-BCA. */
    static final LocalDate TT_20_2025 = LocalDate.of(2025, 4, 28);

    /**
     * @param year the assessment year
     * @return the round of that year, proposed on 15/05
     */
    static MedalRegime forYear(int year) {
        return new MedalRegime(LocalDate.of(year, 5, 15));
    }

    /** @return whether TT 20/2025/TT-BCA applies (else TT 11/2021/TT-BCA) */
    boolean tt20() {
        return !proposalDate.isBefore(TT_20_2025);
    }

    /** @return the years a leader must have held posts of department level or above */
    int leaderYears() {
        return tt20() ? 10 : 5;
    }

    /**
     * @param female whether the member is a woman
     * @return the years of service a member needs
     */
    static int memberYears(boolean female) {
        return female ? 10 : 15;
    }
}
