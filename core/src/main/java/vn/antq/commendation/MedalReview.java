package vn.antq.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" review of a dataset: every leader, and the team members whose
 * counted service reaches the regime's years (or cannot be told), each checked on the proposal date.
 *
 * @param proposalDate       the day of the proposal; it chooses the regime
 * @param membersChecked     team members checked
 * @param membersShortOfTime of those, members whose counted service falls short (not listed)
 * @param results            leaders and the other members, in dataset order (members first)
 * @since 0.1
 */
public record MedalReview(LocalDate proposalDate, int membersChecked, int membersShortOfTime,
                          List<MedalResult> results) {

    /** Checks the required fields and copies the list. */
    public MedalReview {
        Objects.requireNonNull(proposalDate, "proposalDate");
        results = List.copyOf(results);
    }
}
