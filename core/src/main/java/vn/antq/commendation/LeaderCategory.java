package vn.antq.commendation;

/**
 * The kind of post a leader holds, which decides whether the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" can be
 * considered for them (TT 20/2025/TT-BCA Điều 4 khoản 1 điểm a; TT 11/2021/TT-BCA before). Which categories
 * qualify on a day is a parameter of the pack.
 *
 * @since 0.1
 */
public enum LeaderCategory {
    /** Leader of a Party committee, government, mass organisation or socio-political organisation, commune level up. */
    POLITICAL_SYSTEM_COMMUNE_UP("lãnh đạo cấp ủy, chính quyền, đoàn thể, tổ chức chính trị - xã hội từ cấp xã trở lên"),
    /** Leader below commune level (thôn, tổ dân phố). */
    BELOW_COMMUNE("lãnh đạo ở thôn, tổ dân phố (dưới cấp xã)"),
    /** Leader of a public school with legal personality. */
    PUBLIC_SCHOOL("lãnh đạo cơ sở giáo dục công lập có tư cách pháp nhân"),
    /** Leader of a non-public school with legal personality. */
    NON_PUBLIC_SCHOOL("lãnh đạo cơ sở giáo dục ngoài công lập có tư cách pháp nhân"),
    /** Leader of a school without legal personality. */
    SCHOOL_WITHOUT_LEGAL_PERSONALITY("lãnh đạo cơ sở giáo dục không có tư cách pháp nhân"),
    /** Leader of a state enterprise, economic group or state corporation. */
    STATE_ENTERPRISE("lãnh đạo doanh nghiệp, tập đoàn kinh tế, tổng công ty nhà nước"),
    /** Leader of an enterprise outside the state sector. */
    OTHER_ENTERPRISE("lãnh đạo doanh nghiệp ngoài nhà nước"),
    /** Any other post. */
    OTHER("chức vụ khác");

    private final String labelVi;

    LeaderCategory(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese wording */
    public String labelVi() {
        return labelVi;
    }
}
