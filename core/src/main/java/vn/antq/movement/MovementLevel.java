package vn.antq.movement;

/**
 * The movement classification of QĐ 510/QĐ-BCA-V05.
 *
 * @since 0.1
 */
public enum MovementLevel {
    /** Xuất sắc. */
    EXCELLENT("Xuất sắc"),
    /** Khá. */
    GOOD("Khá"),
    /** Trung bình. */
    AVERAGE("Trung bình"),
    /** Yếu. */
    WEAK("Yếu"),
    /** No score in the data (thiếu số liệu). */
    INSUFFICIENT_DATA("thiếu số liệu"),
    /** Not classified (không áp dụng). */
    NOT_APPLICABLE("không áp dụng");

    private final String labelVi;

    MovementLevel(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the level */
    public String labelVi() {
        return labelVi;
    }

    /** @return true for GOOD and EXCELLENT ("Khá trở lên") */
    public boolean isGoodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }
}
