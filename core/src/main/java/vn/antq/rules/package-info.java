/**
 * The vocabulary of facts and checks that DRL rules use: {@link vn.antq.rules.UnitFact} in,
 * {@link vn.antq.rules.CriterionFact}, {@link vn.antq.rules.StandingFact}, {@link vn.antq.rules.Exclusion}
 * and {@link vn.antq.rules.MovementFact} out, built with {@link vn.antq.rules.Check}. For rule authors;
 * host applications do not need it.
 */
package vn.antq.rules;
