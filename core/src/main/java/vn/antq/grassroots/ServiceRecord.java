package vn.antq.grassroots;

import java.util.List;
import vn.antq.commendation.Decoration;
import vn.antq.commendation.PersonCases;

/**
 * What the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" asks of a member beyond the team data: earlier service,
 * decorations held, the assessment of the whole service, the exclusions and the pending cases.
 *
 * @param earlierService      earlier Bảo vệ dân phố, Công an xã bán chuyên trách or team service, counted with
 *                            the time in this team
 * @param decorations         decorations already held
 * @param goodInService       assessed "hoàn thành tốt nhiệm vụ" through the service, or null when not known
 * @param compulsoryEducation in a compulsory education facility, or null when not known
 * @param cases               pending cases and discipline; never null ({@link PersonCases#NONE} when not given)
 * @since 0.1
 */
public record ServiceRecord(List<ServicePeriod> earlierService, List<Decoration> decorations, Boolean goodInService,
                            Boolean compulsoryEducation, PersonCases cases) {

    /** A record with nothing known. */
    public static final ServiceRecord NONE = new ServiceRecord(List.of(), List.of(), null, null, null);

    /** Copies the lists; a null {@code cases} means nothing known. */
    public ServiceRecord {
        earlierService = List.copyOf(earlierService);
        decorations = List.copyOf(decorations);
        cases = cases == null ? PersonCases.NONE : cases;
    }

    /**
     * A record whose cases are not known.
     *
     * @param earlierService      earlier service counted with the time in this team
     * @param decorations         decorations already held
     * @param goodInService       assessed "hoàn thành tốt nhiệm vụ" through the service, or null
     * @param compulsoryEducation in a compulsory education facility, or null
     */
    public ServiceRecord(List<ServicePeriod> earlierService, List<Decoration> decorations, Boolean goodInService,
                         Boolean compulsoryEducation) {
        this(earlierService, decorations, goodInService, compulsoryEducation, null);
    }
}
