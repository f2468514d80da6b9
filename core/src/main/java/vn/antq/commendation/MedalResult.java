package vn.antq.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;
import vn.antq.verdict.Verdict;

/**
 * A person checked for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" under the regime in force on the proposal
 * date (TT 20/2025/TT-BCA from 28/4/2025, TT 11/2021/TT-BCA before). antq checks; the Ministry decides.
 *
 * @param personId     the member or leader id
 * @param name         full name
 * @param candidate    member or leader
 * @param teamId       the member's team, or null for a leader
 * @param unitId       the unit a leader leads, or null
 * @param eligible     MET when every criterion holds and nothing is pending, NOT_MET when one fails or a case
 *                     defers it, UNKNOWN when data lack
 * @param actual       the counted service or time in post, in Vietnamese
 * @param required     what the regime asks, in Vietnamese
 * @param reasons      the criteria not met or not known, in Vietnamese; empty when eligible
 * @param proposalDate the day of the proposal, which chooses the regime
 * @param deadline     the day the file must reach the Ministry before (30/5), or null when the regime sets none
 * @param lateNote     when the proposal date is past this year's deadline, the note saying so; else null
 * @param rule         the rule
 * @param source       the legal reference of the regime applied
 * @param parameters   the parameters used, resolved on the proposal date
 * @param status       eligible, not eligible, missing data, needing confirmation of the cases, or deferred
 *                     ("hoãn xét"); {@code eligible} is MET only when ELIGIBLE, NOT_MET when NOT_ELIGIBLE or
 *                     DEFERRED, UNKNOWN otherwise
 * @since 0.1
 */
public record MedalResult(String personId, String name, MedalCandidate candidate, String teamId, String unitId,
                          Verdict eligible, String actual, String required, List<String> reasons,
                          LocalDate proposalDate, LocalDate deadline, String lateNote, String rule, String source,
                          List<UsedParameter> parameters, MedalStatus status) {

    /** Checks the required fields and copies the lists. */
    public MedalResult {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(eligible, "eligible");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        parameters = List.copyOf(parameters);
    }

    /**
     * @return ids of the provisional parameters the verdict rests on, sorted; empty when none. It reads
     *         no other conclusion, so these are the provisional ones among its parameters.
     */
    public List<String> provisionalBasis() {
        return UsedParameter.provisionalIds(parameters);
    }

    /** @return true when it rests on a provisional parameter: its provisional basis is not empty */
    public boolean provisional() {
        return !provisionalBasis().isEmpty();
    }
}
