package vn.antq.movement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.antq.standard.UsedParameter;

/**
 * A unit's movement classification with the score and bands that decided it.
 *
 * @param level       the level
 * @param score       the score read, or {@code null}
 * @param rule        the rule that classified it, or {@code null} when not classified
 * @param parameters  the bands used
 * @since 0.1
 */
public record MovementClassification(MovementLevel level, BigDecimal score, String rule,
                                     List<UsedParameter> parameters) {

    /** Checks the level and copies the list. */
    public MovementClassification {
        Objects.requireNonNull(level, "level");
        parameters = List.copyOf(parameters);
    }

    /** @return the classification of a unit that is not classified */
    public static MovementClassification notApplicable() {
        return new MovementClassification(MovementLevel.NOT_APPLICABLE, null, null, List.of());
    }

    /**
     * @return ids of the provisional parameters the level rests on, sorted; empty when none. It reads
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
