package vn.antq.unit;

/**
 * The optional refinement of a unit's kind (contract.md §1, field {@code type}).
 *
 * @since 0.1
 */
public enum UnitType {
    /** Huyện. */
    HUYEN(UnitKind.DISTRICT, "Huyện"),
    /** Quận. */
    QUAN(UnitKind.DISTRICT, "Quận"),
    /** Thị xã. */
    THI_XA(UnitKind.DISTRICT, "Thị xã"),
    /** Thành phố thuộc tỉnh. */
    THANH_PHO(UnitKind.DISTRICT, "Thành phố"),
    /** Xã. */
    XA(UnitKind.COMMUNE, "Xã"),
    /** Phường. */
    PHUONG(UnitKind.COMMUNE, "Phường"),
    /** Thị trấn. */
    THI_TRAN(UnitKind.COMMUNE, "Thị trấn"),
    /** Đặc khu (from 2025). */
    DAC_KHU(UnitKind.COMMUNE, "Đặc khu"),
    /** Thôn (and làng, bản, ấp by local name). */
    THON(UnitKind.RESIDENTIAL_AREA, "Thôn"),
    /** Tổ dân phố (and khu phố by local name). */
    TO_DAN_PHO(UnitKind.RESIDENTIAL_AREA, "Tổ dân phố");

    private final UnitKind kind;
    private final String labelVi;

    UnitType(UnitKind kind, String labelVi) {
        this.kind = kind;
        this.labelVi = labelVi;
    }

    /** @return the only kind this type may refine */
    public UnitKind kind() {
        return kind;
    }

    /** @return the Vietnamese name of the type */
    public String labelVi() {
        return labelVi;
    }
}
