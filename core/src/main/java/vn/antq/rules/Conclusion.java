package vn.antq.rules;

import java.util.List;
import vn.antq.verdict.Verdict;

/**
 * The one shape of what a rule concludes about one subject: {@link CriterionFact} (a criterion of a unit),
 * {@link RatingFact} (the rating of a team or member), {@link GrassrootsFact} (a member's eligibility, a team's
 * staffing, a member's support), {@link MedalEligibilityFact} (a person and the Kỷ niệm chương),
 * {@link ProposalFact} (a unit proposed for an award), {@link BudgetFindingFact} and {@link BudgetCapFact} (a budget
 * line and a spender's year against the norms), {@link TargetFact} (a plan target over a scope). Each is named
 * {@code <what is concluded>Fact}, is built by its vocabulary's {@code done()} from one {@code Finding} (so its verdict
 * is the Kleene conjunction of its conditions, {@link Verdict#and}, starting from NOT_APPLICABLE) and carries, besides
 * what is particular to it, the same seven things. Readers of the conclusions (reports, the catalogue) go through
 * this interface where they only need those.
 *
 * @since 0.9
 */
public interface Conclusion {

    /** @return the id of the rule that concluded (its label and legal source are the rule's metadata) */
    String ruleId();

    /** @return the id of what the conclusion is about: a unit, team, member, person, budget line or scope */
    String subjectId();

    /**
     * @return MET, NOT_MET, UNKNOWN (the data do not decide it; a known failure beats missing data) or
     *     NOT_APPLICABLE (no condition decided it)
     */
    Verdict verdict();

    /** @return what the data show, in Vietnamese; empty when the conclusion words its reasons instead */
    String actual();

    /** @return what is required, in Vietnamese; empty when the conclusion words its reasons instead */
    String required();

    /** @return the ids of the parameters the rule matched and used, in the order used */
    List<String> parameterIds();

    /**
     * @return the provisional parameters the conclusion rests on, directly or through the conclusions it read,
     *     sorted; empty when none
     */
    List<String> provisionalBasis();
}
