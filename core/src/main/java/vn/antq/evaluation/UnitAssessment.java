package vn.antq.evaluation;

import java.util.Objects;
import vn.antq.movement.MovementClassification;
import vn.antq.standard.Recognition;
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
 * @param recognition who recognises it and by when (TT 124 Điều 9, Điều 10), or null when the unit is not judged
 *                    against the standard (province, district, out of scope, not valid on the reference date)
 *                    (since 0.2)
 * @since 0.1
 */
public record UnitAssessment(String id, UnitKind kind, UnitType type, String name, String parentId,
                             StandardAssessment standard, MovementClassification movement, Recognition recognition) {

    /** Checks the required fields. */
    public UnitAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(movement, "movement");
    }

    /**
     * An assessment without a recognition, as before 0.2.
     *
     * @param id       unit id
     * @param kind     unit kind
     * @param type     unit type, or null
     * @param name     unit name
     * @param parentId parent id, or null
     * @param standard the result against the standard
     * @param movement the movement classification
     */
    public UnitAssessment(String id, UnitKind kind, UnitType type, String name, String parentId,
                          StandardAssessment standard, MovementClassification movement) {
        this(id, kind, type, name, parentId, standard, movement, null);
    }

    /** @param value who recognises the unit and by when, or null @return this assessment with it */
    public UnitAssessment withRecognition(Recognition value) {
        return new UnitAssessment(id, kind, type, name, parentId, standard, movement, value);
    }
}
