package vn.antq.grassroots;

/**
 * A member's role in a Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15 Điều 12).
 *
 * @since 0.1
 */
public enum TeamRole {
    /** Tổ trưởng. */
    LEADER("Tổ trưởng"),
    /** Tổ phó. */
    DEPUTY("Tổ phó"),
    /** Tổ viên. */
    MEMBER("Tổ viên");

    private final String labelVi;

    TeamRole(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the role */
    public String labelVi() {
        return labelVi;
    }
}
