package vn.antq.rules;

import java.math.BigDecimal;

/**
 * How a value is compared with a threshold, in the four forms the law writes: "trên" (strictly above), "từ … trở
 * lên" (at least), "dưới" (strictly below) and "không quá" / "tối đa" (at most). Which form a criterion uses is the
 * rule's choice, written in the pack; this type only compares, exactly: shares are compared as fractions
 * (numerator against threshold × denominator), never in floating point.
 *
 * <p>The strict and the non-strict form of a side agree everywhere except exactly at the threshold: 4/8 is not
 * "trên 50%" but is "từ 50% trở lên".
 *
 * @since 0.10
 */
public enum Comparison {
    /** "trên": strictly above the threshold. */
    ABOVE(">", "trên ", "", "nhiều hơn "),
    /** "từ … trở lên": the threshold or above. */
    AT_LEAST("≥", "từ ", " trở lên", "không ít hơn "),
    /** "dưới": strictly below the threshold. */
    BELOW("<", "dưới ", "", "ít hơn "),
    /** "không quá", "tối đa": the threshold or below. */
    AT_MOST("≤", "không quá ", "", "không nhiều hơn ");

    private final String symbol;
    private final String before;
    private final String after;
    private final String thanOther;

    Comparison(String symbol, String before, String after, String thanOther) {
        this.symbol = symbol;
        this.before = before;
        this.after = after;
        this.thanOther = thanOther;
    }

    /** @return the mathematical sign: {@code >}, {@code ≥}, {@code <} or {@code ≤} */
    public String symbol() {
        return symbol;
    }

    /** @return true for "trên" and "dưới", which fail exactly at the threshold */
    public boolean isStrict() {
        return this == ABOVE || this == BELOW;
    }

    /** @return true for "trên" and "từ … trở lên", which a larger value helps */
    public boolean isLowerBound() {
        return this == ABOVE || this == AT_LEAST;
    }

    /**
     * @param value     the value compared
     * @param threshold the threshold
     * @return whether the value stands in this relation to the threshold
     */
    public boolean holds(BigDecimal value, BigDecimal threshold) {
        return bySign(value.compareTo(threshold));
    }

    /**
     * @param value     a count
     * @param threshold the threshold
     * @return whether the count stands in this relation to the threshold
     */
    public boolean holds(long value, BigDecimal threshold) {
        return holds(BigDecimal.valueOf(value), threshold);
    }

    /**
     * Compares numerator / denominator with a share, exactly: numerator against share × denominator.
     *
     * @param numerator   the numerator, ≥ 0
     * @param denominator the denominator, &gt; 0
     * @param share       the threshold share (0–1)
     * @return whether the fraction stands in this relation to the share
     * @throws IllegalArgumentException when the denominator is not positive
     */
    public boolean holdsShare(long numerator, long denominator, BigDecimal share) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a share needs a positive denominator, not " + denominator);
        }
        return holds(BigDecimal.valueOf(numerator), share.multiply(BigDecimal.valueOf(denominator)));
    }

    /**
     * @param sign the sign of value − threshold (negative, zero or positive)
     * @return whether a value with that sign stands in this relation
     */
    public boolean bySign(int sign) {
        return switch (this) {
            case ABOVE -> sign > 0;
            case AT_LEAST -> sign >= 0;
            case BELOW -> sign < 0;
            case AT_MOST -> sign <= 0;
        };
    }

    /**
     * @param threshold the threshold as the explanation shows it, e.g. {@code 50%}
     * @return the law's words: "trên 50%", "từ 50% trở lên", "dưới 50%", "không quá 50%"
     */
    public String words(String threshold) {
        return before + threshold + after;
    }

    /**
     * @param other the other value as the explanation shows it, e.g. {@code kỳ 01/11/2022–31/10/2023}
     * @return the comparison with another value rather than a threshold: "nhiều hơn …", "không ít hơn …", "ít hơn …",
     *     "không nhiều hơn …"
     */
    public String wordsThan(String other) {
        return thanOther + other;
    }
}
