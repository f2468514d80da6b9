package vn.antq.rules;

/**
 * Thrown when a rule reads a parameter that its pack does not define at the reference date.
 *
 * @since 0.1
 */
public final class UndefinedParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameterId;

    /** @param parameterId the missing parameter */
    public UndefinedParameterException(String parameterId) {
        super("Tham số chưa được định nghĩa / parameter not defined: " + parameterId);
        this.parameterId = parameterId;
    }

    /** @return the missing parameter */
    public String parameterId() {
        return parameterId;
    }
}
