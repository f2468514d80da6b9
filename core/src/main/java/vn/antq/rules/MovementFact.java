package vn.antq.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.antq.movement.MovementLevel;

/**
 * A unit's movement classification, inserted by a classification rule: the rule decides the level in its
 * left-hand side (the score against the bands it joins as {@link Param} facts) and names the bands it rests on.
 *
 * @param ruleId       the classification the level belongs to (its stable id in reports)
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
     * @param ruleId the classification's id
     * @param unit   the unit
     * @param level  the level the rule decided
     * @param score  the score the rule compared, or null when it had none
     * @param bands  the bands the rule joined, in the order to report them
     * @return the classification
     */
    public static MovementFact of(String ruleId, UnitFact unit, MovementLevel level, BigDecimal score,
                                  Param... bands) {
        return new MovementFact(ruleId, unit.getId(), level, score,
                Arrays.stream(bands).map(Param::getId).toList());
    }
}
