package vn.antq.commendation;

/**
 * Which criteria of the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" a person is checked against.
 *
 * @since 0.1
 */
public enum MedalCandidate {
    /** A member of a Tổ bảo vệ an ninh, trật tự (TT 20/2025/TT-BCA Điều 4 khoản 1 điểm b). */
    TEAM_MEMBER("Thành viên Tổ bảo vệ ANTT"),
    /** A leader (TT 20/2025/TT-BCA Điều 4 khoản 1 điểm a). */
    LEADER("Cán bộ lãnh đạo");

    private final String labelVi;

    MedalCandidate(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the group */
    public String labelVi() {
        return labelVi;
    }
}
