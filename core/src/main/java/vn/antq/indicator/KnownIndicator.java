package vn.antq.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of indicators that the national rules read (contract.md §1), with their types,
 * allowed codes, range and Vietnamese labels. Datasets may carry other indicators too; those are
 * accepted with a warning, for a province's own rules.
 *
 * @since 0.1
 */
public enum KnownIndicator {
    PARTY_RESOLUTION_Q1("partyResolutionQ1", IndicatorType.BOOLEAN, "Nghị quyết của cấp ủy quý I"),
    HAS_PARTY_ORGANIZATION("hasPartyOrganization", IndicatorType.BOOLEAN, "Có tổ chức Đảng"),
    PEOPLES_COMMITTEE_PLAN_Q1("peoplesCommitteePlanQ1", IndicatorType.BOOLEAN, "Kế hoạch của UBND quý I"),
    PLAN_Q1("planQ1", IndicatorType.BOOLEAN, "Kế hoạch bảo đảm ANTT quý I"),
    REGISTERED_FOR_STANDARD("registeredForStandard", IndicatorType.BOOLEAN, "Đăng ký phấn đấu đạt chuẩn"),
    POLICIES_IMPLEMENTED("policiesImplemented", IndicatorType.BOOLEAN,
            "Triển khai đầy đủ chủ trương, chính sách, pháp luật về ANTT"),
    HOUSEHOLDS_RESIDENT("householdsResident", IndicatorType.COUNT, "Số hộ đang cư trú"),
    HOUSEHOLDS_REGISTERED("householdsRegistered", IndicatorType.COUNT, "Số hộ đăng ký tham gia"),
    CRIME_COUNT("crimeCount", IndicatorType.COUNT, "Số vụ tội phạm"),
    CRIME_COUNT_PREVIOUS("crimeCountPrevious", IndicatorType.COUNT, "Số vụ tội phạm cùng kỳ đánh giá năm trước"),
    SOCIAL_EVIL_COUNT("socialEvilCount", IndicatorType.COUNT, "Số vụ tệ nạn xã hội"),
    SOCIAL_EVIL_COUNT_PREVIOUS("socialEvilCountPrevious", IndicatorType.COUNT, "Số vụ tệ nạn xã hội cùng kỳ đánh giá năm trước"),
    OTHER_VIOLATION_COUNT("otherViolationCount", IndicatorType.COUNT, "Số vi phạm pháp luật khác"),
    OTHER_VIOLATION_COUNT_PREVIOUS("otherViolationCountPrevious", IndicatorType.COUNT,
            "Số vi phạm pháp luật khác cùng kỳ đánh giá năm trước"),
    NEW_SOCIAL_ORDER_HOTSPOTS("newSocialOrderHotspots", IndicatorType.COUNT,
            "Tụ điểm phức tạp về trật tự xã hội phát sinh mới"),
    NEW_SOCIAL_EVIL_PERSONS("newSocialEvilPersons", IndicatorType.COUNT, "Người mắc tệ nạn xã hội phát sinh mới"),
    SUPERVISED_PERSONS_MANAGED("supervisedPersonsManaged", IndicatorType.BOOLEAN,
            "Quản lý, giáo dục, giúp đỡ đối tượng có hiệu quả"),
    SECURITY_TEAM_RATING("securityTeamRating", IndicatorType.CODE, "Đánh giá lực lượng bảo vệ ANTT ở cơ sở",
            "EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"),
    SECURITY_TEAM_DISCIPLINED("securityTeamDisciplined", IndicatorType.COUNT,
            "Cá nhân lực lượng bảo vệ ANTT bị kỷ luật"),
    SECURITY_TEAM_LEADERS("securityTeamLeaders", IndicatorType.COUNT, "Số tổ trưởng Tổ bảo vệ ANTT"),
    SECURITY_TEAM_DEPUTIES("securityTeamDeputies", IndicatorType.COUNT, "Số tổ phó Tổ bảo vệ ANTT"),
    SECURITY_TEAM_MEMBERS("securityTeamMembers", IndicatorType.COUNT, "Số tổ viên Tổ bảo vệ ANTT"),
    SECURITY_TEAM_TRAINED("securityTeamTrained", IndicatorType.BOOLEAN, "Tổ bảo vệ ANTT được tập huấn nghiệp vụ"),
    EFFECTIVE_MODELS("effectiveModels", IndicatorType.COUNT, "Số mô hình phong trào hoạt động hiệu quả"),
    POLICE_DISCIPLINED("policeDisciplined", IndicatorType.COUNT, "Cá nhân Công an xã bị kỷ luật"),
    POLICE_PROACTIVE("policeProactive", IndicatorType.BOOLEAN, "Công an xã chủ động nắm tình hình, tham mưu hiệu quả"),
    INTERNAL_RULES("internalRules", IndicatorType.BOOLEAN, "Có nội quy, quy định bảo vệ"),
    STAFF_TOTAL("staffTotal", IndicatorType.COUNT, "Tổng số cán bộ, người lao động (người học)"),
    STAFF_BRIEFED("staffBriefed", IndicatorType.COUNT, "Số người được phổ biến, quán triệt"),
    PARENT_COORDINATION("parentCoordination", IndicatorType.BOOLEAN, "Phối hợp với Ban đại diện cha mẹ học sinh"),
    SECURITY_FORCE_RATING("securityForceRating", IndicatorType.CODE, "Xếp loại lực lượng bảo vệ",
            "ADVANCED_COLLECTIVE", "GOOD", "EXCELLENT", "COMPLETED", "NOT_COMPLETED", "NONE"),
    SECURITY_FORCE_STAFFED("securityForceStaffed", IndicatorType.BOOLEAN,
            "Lực lượng bảo vệ được kiện toàn, củng cố đủ về số lượng"),
    SECURITY_FORCE_TRAINED("securityForceTrained", IndicatorType.BOOLEAN,
            "Lực lượng bảo vệ được tập huấn nghiệp vụ"),
    SECURITY_FORCE_DISCIPLINED("securityForceDisciplined", IndicatorType.COUNT,
            "Cá nhân lực lượng bảo vệ bị kỷ luật từ cảnh cáo"),
    SUB_UNITS_TOTAL("subUnitsTotal", IndicatorType.COUNT, "Số đầu mối trực thuộc"),
    SUB_UNITS_ADVANCED("subUnitsAdvanced", IndicatorType.COUNT, "Số đầu mối đạt tiên tiến / hoàn thành tốt"),
    SUB_UNITS_DISCIPLINED("subUnitsDisciplined", IndicatorType.COUNT, "Cá nhân ở đầu mối bị kỷ luật từ cảnh cáo"),
    MOVEMENT_SCORE("movementScore", IndicatorType.NUMBER, "Điểm phân loại phong trào"),
    DOCUMENTS_DEPLOYED("documentsDeployed", IndicatorType.BOOLEAN, "Văn bản về phong trào được triển khai"),
    PROPAGANDA_TARGET("propagandaTarget", IndicatorType.COUNT, "Số người cần tuyên truyền"),
    PROPAGANDA_REACHED("propagandaReached", IndicatorType.COUNT, "Số người được tuyên truyền"),
    MODEL_WARD_POLICE("modelWardPolice", IndicatorType.BOOLEAN, "Công an phường điển hình, kiểu mẫu"),
    SIZE("size", IndicatorType.CODE, "Quy mô doanh nghiệp", "MICRO", "SMALL", "MEDIUM", "LARGE"),
    LEVEL("level", IndicatorType.CODE, "Cấp học", "NURSERY", "KINDERGARTEN", "PRIMARY", "LOWER_SECONDARY",
            "UPPER_SECONDARY", "MULTI_LEVEL_GENERAL", "VOCATIONAL", "HIGHER"),
    ARMED_FORCES("armedForces", IndicatorType.BOOLEAN, "Đơn vị lực lượng vũ trang"),
    FOLLOWED_BY_MINISTRY("followedByMinistry", IndicatorType.BOOLEAN,
            "Do các đơn vị nghiệp vụ thuộc Bộ Công an theo dõi, hướng dẫn"),
    PENDING_DISCIPLINE("pendingDiscipline", IndicatorType.BOOLEAN, "Đang xem xét kỷ luật"),
    PENDING_INSPECTION("pendingInspection", IndicatorType.BOOLEAN, "Đang thanh tra, kiểm tra"),
    PENDING_COMPLAINT("pendingComplaint", IndicatorType.BOOLEAN, "Đang có khiếu nại, tố cáo chưa giải quyết"),
    UNDER_INVESTIGATION("underInvestigation", IndicatorType.BOOLEAN, "Đang bị điều tra"),
    PRESS_CORRUPTION("pressCorruption", IndicatorType.BOOLEAN,
            "Có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh làm rõ"),
    DISCIPLINE_ENDED_YEAR("disciplineEndedYear", IndicatorType.COUNT, "Năm chấp hành xong kỷ luật gần nhất");

    private static final Map<String, KnownIndicator> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(KnownIndicator::indicatorName, Function.identity()));

    private final String indicatorName;
    private final IndicatorType type;
    private final String labelVi;
    private final List<String> codes;

    KnownIndicator(String indicatorName, IndicatorType type, String labelVi, String... codes) {
        this.indicatorName = indicatorName;
        this.type = type;
        this.labelVi = labelVi;
        this.codes = List.of(codes);
    }

    /** @return the camelCase name used in datasets and rules */
    public String indicatorName() {
        return indicatorName;
    }

    /** @return the value type */
    public IndicatorType type() {
        return type;
    }

    /** @return the Vietnamese label */
    public String labelVi() {
        return labelVi;
    }

    /** @return the allowed codes of a {@link IndicatorType#CODE} indicator, empty otherwise */
    public List<String> codes() {
        return codes;
    }

    /**
     * @param name a camelCase indicator name
     * @return the known indicator of that name, if any
     */
    public static Optional<KnownIndicator> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * @param name an indicator name
     * @return its Vietnamese label, or the name itself for an indicator outside the catalogue
     */
    public static String labelOf(String name) {
        KnownIndicator known = BY_NAME.get(name);
        return known == null ? name : known.labelVi;
    }
}
