package vn.antq.samples;

import java.util.List;

/**
 * What the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" asks of a member beyond the Tổ's data.
 *
 * @param earlierService      earlier periods, oldest first, not overlapping, all before the member joined the Tổ
 * @param decorations         decorations already held ({@code KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC},
 *                            {@code HUY_CHUONG_CHIEN_SI_VE_VANG}, {@code HUY_CHUONG_VI_AN_NINH_TO_QUOC}), usually none
 * @param goodInService       assessed "hoàn thành tốt nhiệm vụ" through the service
 * @param compulsoryEducation in a compulsory education facility
 * @param cases               the pending cases, or null when not recorded (the field is then left out)
 */
record ServiceRecord(List<ServicePeriod> earlierService, List<String> decorations, boolean goodInService,
                     boolean compulsoryEducation, PersonCases cases) {
    static final String MEDAL = "KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC";
    static final String GLORIOUS_SOLDIER = "HUY_CHUONG_CHIEN_SI_VE_VANG";
    static final String FOR_NATIONAL_SECURITY = "HUY_CHUONG_VI_AN_NINH_TO_QUOC";

    /** Copies the lists. */
    ServiceRecord {
        earlierService = List.copyOf(earlierService);
        decorations = List.copyOf(decorations);
    }

    /** A record whose cases are not recorded. */
    ServiceRecord(List<ServicePeriod> earlierService, List<String> decorations, boolean goodInService,
                  boolean compulsoryEducation) {
        this(earlierService, decorations, goodInService, compulsoryEducation, null);
    }

    /** @param drawn the cases @return this record with them */
    ServiceRecord withCases(PersonCases drawn) {
        return new ServiceRecord(earlierService, decorations, goodInService, compulsoryEducation, drawn);
    }
}
