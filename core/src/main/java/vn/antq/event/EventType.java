package vn.antq.event;

/**
 * The kinds of dated events that the standard's criteria look for (contract.md §1), with the
 * Vietnamese wording of TT 124/2021/TT-BCA.
 *
 * @since 0.1
 */
public enum EventType {
    ANTI_STATE_ACTIVITY("Hoạt động chống Đảng, chống chính quyền, phá hoại khối đại đoàn kết toàn dân tộc"),
    SABOTAGE_KEY_TARGET("Hoạt động phá hoại mục tiêu, công trình trọng điểm"),
    ILLEGAL_RELIGION_PROPAGANDA("Tuyên truyền, phát triển tín ngưỡng, tôn giáo trái pháp luật"),
    EXPLOITING_RELIGION_ETHNICITY("Lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu kiện gây phức tạp"),
    SEPARATISM("Hoạt động ly khai, đòi tự trị"),
    PROLONGED_INTERNAL_DISPUTE("Mâu thuẫn, tranh chấp phức tạp, kéo dài trong nội bộ Nhân dân"),
    INCITING_MASS_COMPLAINTS("Kích động, lôi kéo tập trung đông người khiếu nại, gây rối"),
    SERIOUS_CRIME("Tội phạm nghiêm trọng trở lên"),
    SERIOUS_FIRE_EXPLOSION("Cháy, nổ nghiêm trọng"),
    FATAL_LABOUR_ACCIDENT("Tai nạn lao động chết người"),
    SERIOUS_INCIDENT("Sự cố nghiêm trọng"),
    ILLEGAL_STRIKE("Đình công, lãn công trái pháp luật"),
    STATE_SECRET_VIOLATION("Vi phạm quy định bảo vệ bí mật Nhà nước"),
    SERIOUS_ENVIRONMENT_FOOD_VIOLATION("Vi phạm nghiêm trọng về môi trường, an toàn thực phẩm"),
    STAFF_SANCTIONED("Cán bộ, người lao động bị xử phạt hành chính về ANTT hoặc bị kỷ luật vì tệ nạn xã hội"),
    SCHOOL_VIOLENCE("Bạo lực học đường"),
    PERSON_DISCIPLINED_CRIME_OR_EVIL("Cán bộ, người học vi phạm pháp luật, tệ nạn xã hội bị kỷ luật từ cảnh cáo");

    private final String labelVi;

    EventType(String labelVi) {
        this.labelVi = labelVi;
    }

    /** @return the Vietnamese description */
    public String labelVi() {
        return labelVi;
    }
}
