package vn.antq.indicator;

/**
 * The value type of an indicator.
 *
 * @since 0.1
 */
public enum IndicatorType {
    /** true or false. */
    BOOLEAN,
    /** a whole number, zero or more. */
    COUNT,
    /** a decimal number. */
    NUMBER,
    /** one code of a fixed list. */
    CODE
}
