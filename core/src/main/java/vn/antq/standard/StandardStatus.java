package vn.antq.standard;

/**
 * Whether a unit achieves the standard "An toàn về an ninh, trật tự" for the year.
 *
 * @since 0.1
 */
public enum StandardStatus {
    /** Every applicable criterion is met (đạt chuẩn). */
    ACHIEVED("đạt chuẩn"),
    /** At least one criterion is not met (chưa đạt chuẩn), whatever else is missing. */
    NOT_ACHIEVED("chưa đạt chuẩn"),
    /** The unit is outside the standard's scope or is not assessed (không áp dụng). */
    NOT_APPLICABLE("không áp dụng"),
    /** No criterion fails but some cannot be decided from the data (thiếu số liệu). */
    INSUFFICIENT_DATA("thiếu số liệu");

    private final String labelVi;

    StandardStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese wording */
    public String labelVi() {
        return labelVi;
    }
}
