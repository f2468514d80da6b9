package vn.antq.plan;

/**
 * Thrown when a plan cannot be applied to a dataset: no plan has the id asked for, or the dataset lacks
 * the unit the plan covers. The message is in Vietnamese and English.
 *
 * @since 0.1
 */
public final class PlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, in Vietnamese and English */
    public PlanException(String message) {
        super(message);
    }
}
