package vn.antq.grassroots;

/**
 * Whether a team or member was rated this year (Hướng dẫn 01/HD-BCA-V05).
 *
 * @since 0.1
 */
public enum RatingStatus {
    /** Rated: the rating is set. */
    RATED("Đã xếp loại"),
    /** Not rated, as the guidance says: active under 9 months in the window, or under complaint. */
    NOT_RATED("Không xếp loại"),
    /** The data needed to rate are missing. */
    INSUFFICIENT_DATA("Chưa đủ số liệu");

    private final String labelVi;

    RatingStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the status */
    public String labelVi() {
        return labelVi;
    }
}
