package vn.antq.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.antq.movement.MovementLevel;

/**
 * A unit's movement classification, inserted by the classification rule.
 *
 * @param ruleId       the rule that classified it
 * @param unitId       the unit
 * @param level        the level
 * @param score        the score read, or null
 * @param parameterIds the bands used
 * @since 0.1
 */
public record MovementFact(String ruleId, String unitId, MovementLevel level, BigDecimal score,
                           List<String> parameterIds) {

    /** Copies the list. */
    public MovementFact {
        parameterIds = List.copyOf(parameterIds);
    }

    /**
     * Classifies a unit by its {@code movementScore} against three lower bounds (inclusive).
     *
     * @param ruleId       the calling rule's id
     * @param unit         the unit
     * @param params       the parameter values
     * @param excellentMin parameter id of the lowest EXCELLENT score
     * @param goodMin      parameter id of the lowest GOOD score
     * @param averageMin   parameter id of the lowest AVERAGE score
     * @return the classification; INSUFFICIENT_DATA without a score
     */
    public static MovementFact classify(String ruleId, UnitFact unit, Params params, String excellentMin,
                                        String goodMin, String averageMin) {
        List<String> used = List.of(excellentMin, goodMin, averageMin);
        BigDecimal score = unit.number("movementScore");
        if (score == null) {
            return new MovementFact(ruleId, unit.getId(), MovementLevel.INSUFFICIENT_DATA, null, used);
        }
        MovementLevel level;
        if (score.compareTo(params.decimal(excellentMin)) >= 0) {
            level = MovementLevel.EXCELLENT;
        } else if (score.compareTo(params.decimal(goodMin)) >= 0) {
            level = MovementLevel.GOOD;
        } else if (score.compareTo(params.decimal(averageMin)) >= 0) {
            level = MovementLevel.AVERAGE;
        } else {
            level = MovementLevel.WEAK;
        }
        return new MovementFact(ruleId, unit.getId(), level, score, used);
    }
}
