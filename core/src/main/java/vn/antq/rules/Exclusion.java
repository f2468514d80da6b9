package vn.antq.rules;

/**
 * Marks a unit as outside the standard's scope (TT 124/2021/TT-BCA Điều 1): it becomes
 * NOT_APPLICABLE and leaves every denominator. Inserted by the scope rules.
 *
 * @param unitId the unit
 * @param ruleId the rule that excluded it
 * @param reason why, in Vietnamese
 * @since 0.1
 */
public record Exclusion(String unitId, String ruleId, String reason) {

    /** @return the unit id (for DRL property access) */
    public String getUnitId() {
        return unitId;
    }
}
