package vn.antq.grassroots;

/**
 * A kind of grassroots security service that counts towards the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc"
 * (TT 20/2025/TT-BCA Điều 4 khoản 1 điểm b).
 *
 * @since 0.1
 */
public enum ServiceKind {
    /** Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15). */
    SECURITY_TEAM("Tổ bảo vệ an ninh, trật tự"),
    /** Bảo vệ dân phố (before 01/7/2024). */
    CIVIL_DEFENCE("Bảo vệ dân phố"),
    /** Công an xã bán chuyên trách (before 01/7/2024). */
    PART_TIME_COMMUNE_POLICE("Công an xã bán chuyên trách");

    private final String labelVi;

    ServiceKind(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the service */
    public String labelVi() {
        return labelVi;
    }
}
