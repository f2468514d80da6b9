package vn.antq.rules;

/**
 * A scope a plan's targets are computed over: the unit the plan covers, or one of its groups (a
 * district before the 2025 reform, a commune after; units under the plan's unit but in no group form
 * the group {@code <scope>:truc-thuoc}). Built by the evaluator; plan rules read it.
 *
 * @param id    the scope id: a unit id, or {@code <scope>:truc-thuoc}
 * @param name  its name
 * @param whole true for the plan's own unit, false for a group
 * @since 0.1
 */
public record ScopeFact(String id, String name, boolean whole) {

    /** @return the scope id (for DRL property access) */
    public String getId() {
        return id;
    }

    /** @return true for the plan's own unit (for DRL property access) */
    public boolean isWhole() {
        return whole;
    }
}
