package vn.antq.rules;

import java.time.LocalDate;
import java.util.List;
import vn.antq.commendation.MedalCandidate;
import vn.antq.commendation.MedalStatus;
import vn.antq.verdict.Verdict;

/**
 * A medal rule's conclusion about a person: whether they are eligible for the Kỷ niệm chương (a
 * {@link Conclusion} about the person; the public result is {@link vn.antq.commendation.MedalResult}). Named
 * MedalCheck up to 0.8.
 *
 * @param ruleId       the rule id
 * @param candidate    member or leader
 * @param personId     the member or leader
 * @param verdict      MET when eligible, NOT_MET when a criterion fails or a case defers it, UNKNOWN when data
 *                     lack or a case is to be confirmed
 * @param actual       the counted service or time in post, in Vietnamese
 * @param required     what the regime asks, in Vietnamese
 * @param reasons      the criteria not met or not known, in Vietnamese
 * @param regimeSource the legal reference of the regime in force on the proposal date
 * @param deadline     the day the file must reach the Ministry before, or null
 * @param lateNote     the note when the proposal is past this year's deadline, or null
 * @param shortOfTime  true when the service or time in post falls short (such members are not listed)
 * @param parameterIds the parameters read
 * @param status       eligible, not eligible, missing data, needing confirmation, or deferred
 * @param provisionalBasis the provisional parameters it rests on (resolved on the proposal date), sorted; empty when
 *                     none
 * @since 0.1
 */
public record MedalEligibilityFact(String ruleId, MedalCandidate candidate, String personId, Verdict verdict,
                                   String actual, String required, List<String> reasons, String regimeSource,
                                   LocalDate deadline, String lateNote, boolean shortOfTime, List<String> parameterIds,
                                   MedalStatus status, List<String> provisionalBasis) implements Conclusion {

    /** Copies the lists. */
    public MedalEligibilityFact {
        reasons = List.copyOf(reasons);
        parameterIds = List.copyOf(parameterIds);
        provisionalBasis = List.copyOf(provisionalBasis);
    }

    /** @return the member or leader */
    @Override
    public String subjectId() {
        return personId;
    }
}
