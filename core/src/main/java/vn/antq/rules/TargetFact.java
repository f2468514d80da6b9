package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.antq.verdict.Verdict;

/**
 * A plan target's conclusion for one scope, inserted by a plan rule (a {@link Conclusion} about the scope). Its label and source come from
 * the rule's metadata, completed by {@code labelSuffix} (e.g. the campaign it is about).
 *
 * @param ruleId       the rule id
 * @param targetId     the target id: the rule id, or the rule id and a campaign id
 * @param labelSuffix  text added to the rule's label, or empty
 * @param scopeId      the scope
 * @param verdict      MET, NOT_MET or UNKNOWN
 * @param numerator    what meets it
 * @param denominator  what it is computed over
 * @param count        true for a count target, false for a share
 * @param value        the share, or the count ({@link #actual()} words it)
 * @param required     the threshold as text, e.g. {@code > 0.80}
 * @param against      the units that count against it
 * @param undecided    the units whose data could not decide their part
 * @param parameterIds the parameters read
 * @param provisionalBasis the provisional parameters it rests on, its own and those of the unit results it counted
 * @since 0.1
 */
public record TargetFact(String ruleId, String targetId, String labelSuffix, String scopeId, Verdict verdict,
                         BigDecimal numerator, BigDecimal denominator, boolean count, BigDecimal value,
                         String required,
                         List<OutcomeFact> against, List<OutcomeFact> undecided, List<String> parameterIds,
                         List<String> provisionalBasis) implements Conclusion {

    /** Copies the lists. */
    public TargetFact {
        against = List.copyOf(against);
        undecided = List.copyOf(undecided);
        parameterIds = List.copyOf(parameterIds);
        provisionalBasis = List.copyOf(provisionalBasis);
    }

    /** @return the scope */
    @Override
    public String subjectId() {
        return scopeId;
    }

    /** @return the share or the count, as a plain number */
    @Override
    public String actual() {
        return value.toPlainString();
    }
}
