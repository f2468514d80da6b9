package vn.antq.rules;

import java.util.List;
import vn.antq.verdict.Verdict;

/**
 * The one accumulator behind every vocabulary's conclusion ({@link Check}, {@link Norm}, {@link YearCap},
 * {@link Target}, {@link Grassroots}, {@link Rate}, {@link Medal}, {@link Commend}): the verdict of the conditions
 * judged so far, the Vietnamese wording of what the data show and what is required, part by part, and the
 * {@link ParameterTrail} of the parameters used.
 *
 * <p><b>Combination.</b> Each condition judged adds a part; the verdict is their Kleene conjunction,
 * {@link Verdict#and}, the one implementation: a known failure (NOT_MET) beats missing data (UNKNOWN), which beats
 * MET, and NOT_APPLICABLE is neutral. The order of the parts does not matter.
 *
 * <p><b>The one starting verdict.</b> A finding starts from NOT_APPLICABLE, the identity of {@link Verdict#all}: a
 * conclusion that no condition decided does not apply ({@link #verdict()}). A vocabulary whose conclusion holds
 * unless something stands against it (an eligibility, a rating, a medal, a proposal: its steps add only failures and
 * missing data) says so where it concludes, with {@link #verdictOrMet()}: the same conjunction, and MET. No
 * vocabulary starts from another verdict.
 *
 * <p>Not thread-safe; a vocabulary makes one per firing.
 */
final class Finding {
    /** What the data show, one part per condition, joined with "; ". */
    final Parts actual = new Parts();
    /** What is required, one part per condition, joined with "; ". */
    final Parts required = new Parts();
    /** The parameters used. */
    final ParameterTrail used = new ParameterTrail();
    private Verdict verdict = Verdict.NOT_APPLICABLE;

    /**
     * @param part the verdict of one condition
     * @return this
     */
    Finding add(Verdict part) {
        verdict = verdict.and(part);
        return this;
    }

    /**
     * @param parts the verdicts of several conditions
     * @return this
     */
    Finding addAll(Iterable<Verdict> parts) {
        for (Verdict part : parts) {
            add(part);
        }
        return this;
    }

    /**
     * @param part         the verdict of one condition
     * @param actualText   what the data show about it
     * @param requiredText what it requires
     * @return this
     */
    Finding add(Verdict part, String actualText, String requiredText) {
        actual.add(actualText);
        required.add(requiredText);
        return add(part);
    }

    /** @return the conjunction of the parts; NOT_APPLICABLE when none decided */
    Verdict verdict() {
        return verdict;
    }

    /** @return the conjunction of the parts and MET: MET when nothing failed and nothing lacked */
    Verdict verdictOrMet() {
        return verdict.and(Verdict.MET);
    }

    /** @return what the data show, the parts joined */
    String actual() {
        return actual.toString();
    }

    /** @return what is required, the parts joined */
    String required() {
        return required.toString();
    }

    /** @return the ids of the parameters used, in the order read */
    List<String> parameterIds() {
        return used.ids();
    }

    /** @return the provisional parameters the conclusion rests on, sorted; empty when none */
    List<String> provisionalBasis() {
        return used.provisionalBasis();
    }
}
