package vn.antq.event;

/**
 * The kinds of dated events that the standard's criteria look for (contract.md §1), with the
 * Vietnamese wording of TT 124/2021/TT-BCA.
 *
 * @since 0.1
 */
public enum EventType {
    ANTI_STATE_ACTIVITY("Hoạt động chống Đảng, chống chính quyền, phá hoại khối đại đoàn kết toàn dân tộc"),
    SABOTAGE_KEY_TARGET("Hoạt động phá hoại các mục tiêu, công trình trọng điểm về kinh tế, văn hóa, xã hội, an ninh - quốc phòng"),
    ILLEGAL_RELIGION_PROPAGANDA("Tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật"),
    EXPLOITING_RELIGION_ETHNICITY("Hoạt động lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu kiện gây phức tạp về an ninh, trật tự"),
    SEPARATISM("Hoạt động ly khai, đòi tự trị"),
    PROLONGED_INTERNAL_DISPUTE("Mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân"),
    INCITING_MASS_COMPLAINTS("Kích động, xúi giục, cưỡng ép, dụ dỗ, mua chuộc, lôi kéo người khác tập trung đông người khiếu nại, gây rối an ninh, trật tự công cộng …"),
    SERIOUS_CRIME("Tội phạm nghiêm trọng trở lên"),
    SERIOUS_FIRE_EXPLOSION("Cháy, nổ nghiêm trọng"),
    FATAL_LABOUR_ACCIDENT("Tai nạn lao động chết người"),
    SERIOUS_INCIDENT("Sự cố nghiêm trọng"),
    ILLEGAL_STRIKE("Đình công, lãn công trái pháp luật"),
    STATE_SECRET_VIOLATION("Vi phạm các quy định về bảo vệ bí mật Nhà nước"),
    SERIOUS_ENVIRONMENT_FOOD_VIOLATION("Vi phạm môi trường, an toàn vệ sinh thực phẩm gây hậu quả nghiêm trọng trở lên"),
    STAFF_SANCTIONED("Cán bộ, công chức, viên chức, người lao động bị xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự hoặc mắc tệ nạn xã hội bị xử lý kỷ luật từ hình thức cảnh cáo trở lên"),
    SCHOOL_VIOLENCE("Bạo lực học đường"),
    PERSON_DISCIPLINED_CRIME_OR_EVIL("Cán bộ, công nhân viên, người lao động, người dạy, người học phạm tội hoặc mắc tệ nạn xã hội bị xử lý kỷ luật từ hình thức cảnh cáo trở lên");

    private final String labelVi;

    EventType(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese description */
    public String labelVi() {
        return labelVi;
    }
}
