package vn.antq.grassroots;

/**
 * The highest level of general education a person finished.
 *
 * @since 0.1
 */
public enum Education {
    /** Less than primary school. */
    NONE,
    /** Tiểu học. */
    PRIMARY,
    /** Trung học cơ sở. */
    LOWER_SECONDARY,
    /** Trung học phổ thông. */
    UPPER_SECONDARY,
    /** Beyond upper secondary. */
    HIGHER
}
