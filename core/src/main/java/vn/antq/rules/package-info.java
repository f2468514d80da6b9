/**
 * The vocabulary of facts and checks that DRL rules use: {@link vn.antq.rules.UnitFact} in,
 * {@link vn.antq.rules.CriterionFact}, {@link vn.antq.rules.StandingFact}, {@link vn.antq.rules.Exclusion}
 * and {@link vn.antq.rules.MovementFact} out, built with {@link vn.antq.rules.Check}; likewise plans
 * ({@link vn.antq.rules.Target}), budget lines ({@link vn.antq.rules.Norm}), security teams
 * ({@link vn.antq.rules.Grassroots}, {@link vn.antq.rules.Rate}), award proposals ({@link vn.antq.rules.Commend})
 * and the Kỷ niệm chương ({@link vn.antq.rules.Medal}). Every conclusion has one shape,
 * {@link vn.antq.rules.Conclusion}, and one verdict rule: the Kleene conjunction of its conditions, starting from
 * NOT_APPLICABLE. For rule authors; host applications do not need it.
 */
package vn.antq.rules;
