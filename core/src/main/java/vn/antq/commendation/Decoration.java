package vn.antq.commendation;

/**
 * Decorations that matter to the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc": the medal itself (given once per
 * person) and the medals whose holders are not proposed for it.
 *
 * @since 0.1
 */
public enum Decoration {
    /** Kỷ niệm chương "Bảo vệ an ninh Tổ quốc". */
    KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC("Kỷ niệm chương \"Bảo vệ an ninh Tổ quốc\""),
    /** Huy chương "Chiến sĩ vẻ vang". */
    HUY_CHUONG_CHIEN_SI_VE_VANG("Huy chương \"Chiến sĩ vẻ vang\""),
    /** Huy chương "Vì an ninh Tổ quốc". */
    HUY_CHUONG_VI_AN_NINH_TO_QUOC("Huy chương \"Vì an ninh Tổ quốc\""),
    /** Huân chương về quá trình cống hiến trong Công an nhân dân. */
    HUAN_CHUONG_CONG_HIEN_CAND("Huân chương về quá trình cống hiến trong Công an nhân dân");

    private final String labelVi;

    Decoration(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the decoration */
    public String labelVi() {
        return labelVi;
    }
}
