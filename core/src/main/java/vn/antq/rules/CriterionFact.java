package vn.antq.rules;

import java.util.List;
import vn.antq.verdict.Verdict;

/**
 * A criterion's conclusion for one unit, inserted by a rule (a {@link Conclusion} about the unit). Its label and legal source come from
 * the rule's metadata ({@code @label}, {@code @source}).
 *
 * @param ruleId       the rule id (the DRL rule name)
 * @param unitId       the unit
 * @param verdict      the verdict
 * @param actual       what the data show, in Vietnamese
 * @param required     what is required, in Vietnamese
 * @param parameterIds the parameters the rule read
 * @param scope        true when the criterion decides whether the unit is in the standard's scope
 *                     (TT 124 Điều 1); such a criterion UNKNOWN means the unit may be out of scope
 * @param provisionalBasis the provisional parameters it rests on, directly or through the conclusions it read,
 *                     sorted; empty when none
 * @since 0.1
 */
public record CriterionFact(String ruleId, String unitId, Verdict verdict, String actual, String required,
                            List<String> parameterIds, boolean scope, List<String> provisionalBasis)
        implements Conclusion {

    /** Copies the lists. */
    public CriterionFact {
        parameterIds = List.copyOf(parameterIds);
        provisionalBasis = List.copyOf(provisionalBasis);
    }

    /** @return the unit */
    @Override
    public String subjectId() {
        return unitId;
    }

    /** @return the rule id (for DRL property access) */
    public String getRuleId() {
        return ruleId;
    }

    /** @return the unit id (for DRL property access) */
    public String getUnitId() {
        return unitId;
    }

    /** @return the verdict (for DRL property access) */
    public Verdict getVerdict() {
        return verdict;
    }
}
