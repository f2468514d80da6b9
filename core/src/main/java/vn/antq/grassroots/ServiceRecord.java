package vn.antq.grassroots;

import java.util.List;
import vn.antq.commendation.Decoration;

/**
 * What the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" asks of a member beyond the team data: earlier service,
 * decorations held, the assessment of the whole service, and the exclusions.
 *
 * @param earlierService      earlier Bảo vệ dân phố, Công an xã bán chuyên trách or team service, counted with
 *                            the time in this team
 * @param decorations         decorations already held
 * @param goodInService       assessed "hoàn thành tốt nhiệm vụ" through the service, or null when not known
 * @param compulsoryEducation in a compulsory education facility, or null when not known
 * @since 0.1
 */
public record ServiceRecord(List<ServicePeriod> earlierService, List<Decoration> decorations, Boolean goodInService,
                            Boolean compulsoryEducation) {

    /** A record with nothing known. */
    public static final ServiceRecord NONE = new ServiceRecord(List.of(), List.of(), null, null);

    /** Copies the lists. */
    public ServiceRecord {
        earlierService = List.copyOf(earlierService);
        decorations = List.copyOf(decorations);
    }
}
