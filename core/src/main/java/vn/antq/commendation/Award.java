package vn.antq.commendation;

/**
 * Collective awards of the movement (domain.md §6). Which award a unit is proposed for is a parameter of
 * the pack, by unit kind; the criteria and quotas are provisional.
 *
 * @since 0.1
 */
public enum Award {
    /** Giấy khen của Chủ tịch UBND cấp xã. */
    GIAY_KHEN_CHU_TICH_XA("Giấy khen của Chủ tịch UBND cấp xã"),
    /** Giấy khen của Chủ tịch UBND cấp huyện (until 30/6/2025). */
    GIAY_KHEN_CHU_TICH_HUYEN("Giấy khen của Chủ tịch UBND cấp huyện"),
    /** Giấy khen của Giám đốc Công an tỉnh. */
    GIAY_KHEN_GIAM_DOC_CONG_AN_TINH("Giấy khen của Giám đốc Công an tỉnh"),
    /** Bằng khen của Chủ tịch UBND tỉnh. */
    BANG_KHEN_CHU_TICH_TINH("Bằng khen của Chủ tịch UBND tỉnh"),
    /** Bằng khen của Bộ trưởng Bộ Công an. */
    BANG_KHEN_BO_TRUONG_BO_CONG_AN("Bằng khen của Bộ trưởng Bộ Công an");

    private final String labelVi;

    Award(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the award */
    public String labelVi() {
        return labelVi;
    }
}
