package vn.antq.verdict;

/**
 * The outcome of one criterion: a three-valued logic with an extra "does not apply".
 *
 * <p>{@link #and(Verdict)} is Kleene's conjunction: a known failure wins over missing data, and
 * {@link #NOT_APPLICABLE} is neutral. It is the one implementation: the verdict of every conclusion a rule draws
 * ({@link vn.antq.rules.Conclusion}) is the conjunction of its conditions, starting from NOT_APPLICABLE, the
 * identity of {@link #all}.
 *
 * @since 0.1
 */
public enum Verdict {
    /** The criterion is met (đạt). */
    MET("đạt"),
    /** The criterion is not met (không đạt). */
    NOT_MET("không đạt"),
    /** The data do not decide it (thiếu số liệu). */
    UNKNOWN("thiếu số liệu"),
    /** The criterion does not apply to the unit (không áp dụng). */
    NOT_APPLICABLE("không áp dụng");

    private final String labelVi;

    Verdict(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese word for the verdict */
    public String labelVi() {
        return labelVi;
    }

    /**
     * @param condition a decided condition, or null when it cannot be decided
     * @return MET for true, NOT_MET for false, UNKNOWN for null
     */
    public static Verdict of(Boolean condition) {
        if (condition == null) {
            return UNKNOWN;
        }
        return condition ? MET : NOT_MET;
    }

    /**
     * @param other another verdict
     * @return NOT_MET if either is NOT_MET; else UNKNOWN if either is UNKNOWN; else MET if either is
     *     MET; else NOT_APPLICABLE
     */
    public Verdict and(Verdict other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        if (this == MET || other == MET) {
            return MET;
        }
        return NOT_APPLICABLE;
    }

    /**
     * @param verdicts verdicts to combine
     * @return their conjunction; NOT_APPLICABLE for none
     */
    public static Verdict all(Iterable<Verdict> verdicts) {
        Verdict result = NOT_APPLICABLE;
        for (Verdict v : verdicts) {
            result = result.and(v);
        }
        return result;
    }
}
