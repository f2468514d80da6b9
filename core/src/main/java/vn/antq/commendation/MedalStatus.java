package vn.antq.commendation;

/**
 * What becomes of a person checked for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc". A criterion that fails
 * outranks a deferral, a deferral outranks missing data, and missing criteria data outranks an unconfirmed case.
 *
 * @since 0.1
 */
public enum MedalStatus {
    /** Every criterion holds and no case is pending: can be proposed. */
    ELIGIBLE("đủ điều kiện"),
    /** A criterion fails, or the person is excluded. */
    NOT_ELIGIBLE("không đủ điều kiện"),
    /** A criterion cannot be told from the data. */
    MISSING_DATA("thiếu số liệu"),
    /** The criteria hold but whether a case is pending is not known: to be confirmed before proposing. */
    NEEDS_CONFIRMATION("cần xác nhận"),
    /** A case is pending, or a discipline is being served: considered again once it ends ("hoãn xét"). */
    DEFERRED("hoãn xét");

    private final String labelVi;

    MedalStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese wording */
    public String labelVi() {
        return labelVi;
    }
}
