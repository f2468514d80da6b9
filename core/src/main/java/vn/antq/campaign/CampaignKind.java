package vn.antq.campaign;

/**
 * The kinds of campaign (đợt cao điểm) a plan follows (domain.md §7).
 *
 * @since 0.1
 */
public enum CampaignKind {
    /** Ngày hội toàn dân bảo vệ an ninh Tổ quốc, 19/8 (QĐ 521/QĐ-TTg 2005), often run as a season. */
    NGAY_HOI_ANTQ("Ngày hội toàn dân bảo vệ an ninh Tổ quốc"),
    /** Tháng hành động phòng, chống ma túy (June), with Ngày toàn dân phòng, chống ma túy 26/6 (QĐ 93/2001/QĐ-TTg). */
    DRUG_PREVENTION_MONTH("Tháng hành động phòng, chống ma túy"),
    /** Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (around 18/11). */
    GREAT_UNITY_DAY("Ngày hội Đại đoàn kết toàn dân tộc"),
    /**
     * Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư, the third occasion Kế hoạch 67/KH-BCĐ
     * names; kept apart from {@link #GREAT_UNITY_DAY} because the plan's words do not say they are one event.
     */
    CULTURAL_LIFE_SOLIDARITY_DAY("Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"),
    /** A peak campaign of crime suppression declared by the province. */
    CRIME_SUPPRESSION_PEAK("Cao điểm tấn công, trấn áp tội phạm"),
    /** A campaign of the plan's own. */
    OTHER("Đợt cao điểm khác");

    private final String labelVi;

    CampaignKind(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the kind */
    public String labelVi() {
        return labelVi;
    }
}
