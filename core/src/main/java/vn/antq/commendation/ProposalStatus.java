package vn.antq.commendation;

/**
 * What becomes of a candidate for an award.
 *
 * @since 0.1
 */
public enum ProposalStatus {
    /** Proposed (đề nghị khen thưởng): people decide. */
    PROPOSED("đề nghị"),
    /**
     * Meets the criteria but a pending case blocks it (NĐ 152/2025 Điều 4 khoản 4; NĐ 98/2023 and NĐ 91/2017 before
     * it).
     */
    BLOCKED("chưa đề nghị: đang có vụ việc"),
    /**
     * Meets the criteria but whether a case is pending is not recorded: to be confirmed before proposing; it
     * takes no place in the quota.
     */
    NEEDS_CONFIRMATION("cần xác nhận: chưa có thông tin về vụ việc"),
    /** Meets the criteria but ranks beyond the award's quota. */
    OVER_QUOTA("ngoài chỉ tiêu số lượng");

    private final String labelVi;

    ProposalStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese wording */
    public String labelVi() {
        return labelVi;
    }
}
