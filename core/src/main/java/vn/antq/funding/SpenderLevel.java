package vn.antq.funding;

/**
 * The level of the body that spends a budget line; TT 40/2023/TT-BTC sets different norms per level.
 *
 * @since 0.1
 */
public enum SpenderLevel {
    /** Cơ quan trung ương. */
    CENTRAL("trung ương"),
    /** Cơ quan cấp tỉnh. */
    PROVINCE("cấp tỉnh"),
    /** Cơ quan cấp huyện (until 30/6/2025). */
    DISTRICT("cấp huyện"),
    /** Cấp xã. */
    COMMUNE("cấp xã");

    private final String labelVi;

    SpenderLevel(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the level */
    public String labelVi() {
        return labelVi;
    }
}
