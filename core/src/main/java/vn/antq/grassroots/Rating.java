package vn.antq.grassroots;

/**
 * The yearly rating of a Tổ bảo vệ an ninh, trật tự or of a member (Hướng dẫn 01/HD-BCA-V05), best first.
 *
 * @since 0.1
 */
public enum Rating {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD("Hoàn thành tốt nhiệm vụ"),
    /** Hoàn thành nhiệm vụ. */
    COMPLETED("Hoàn thành nhiệm vụ"),
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String labelVi;

    Rating(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese name of the rating */
    public String labelVi() {
        return labelVi;
    }

    /** @param other another rating @return the lower (worse) of the two */
    public Rating atMost(Rating other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
