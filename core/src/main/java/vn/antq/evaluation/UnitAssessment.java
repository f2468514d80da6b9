package vn.antq.evaluation;

import java.util.Objects;
import vn.antq.movement.MovementClassification;
import vn.antq.standard.StandardAssessment;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * The result of one unit: its standard assessment and its movement classification, each with its
 * explanation.
 *
 * @param id       unit id
 * @param kind     unit kind
 * @param type     unit type, or null
 * @param name     unit name
 * @param parentId parent id, or null
 * @param standard the result against the standard "An toàn về an ninh, trật tự"
 * @param movement the movement classification
 * @since 0.1
 */
public record UnitAssessment(String id, UnitKind kind, UnitType type, String name, String parentId,
                             StandardAssessment standard, MovementClassification movement) {

    /** Checks the required fields. */
    public UnitAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(movement, "movement");
    }
}
