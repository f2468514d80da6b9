package vn.antq.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws what the Kỷ niệm chương asks of a member of a Tổ bảo vệ ANTT: earlier service, decorations, the assessment of
 * the service and compulsory education. Many members served before the Tổ were set up on 01/7/2024 (Luật 30/2023/QH15):
 * in Bảo vệ dân phố in a tổ dân phố, as Công an xã bán chuyên trách in a thôn or bản.
 *
 * <p>A quarter of the members have such a period, 1–25 years long and ending on the day before the Tổ was set up (70%)
 * or 1–15 years earlier; 15% of them have an older second period too. In a mountain district a period is in an
 * ESPECIALLY_DIFFICULT area 30% of the time and a BORDER area 8% (time there counts twice), MOUNTAIN otherwise;
 * elsewhere NORMAL. No period starts before the member was 18. A member who joined after the Tổ was set up served in
 * another Tổ before, 40% of the time, from its setting up (or their 18th birthday) to 1–60 days before joining, when
 * that is 30 days or more. Decorations are rare: the Kỷ
 * niệm chương itself (2% of those with earlier service), a Huy chương Chiến sĩ vẻ vang (0.2%) or Vì an ninh Tổ quốc
 * (0.1%). 93% were assessed "hoàn thành tốt nhiệm vụ" through their service; 0.2% are in a compulsory education
 * facility.
 */
final class ServiceDraws {
    private static final int[] MOUNTAIN_AREAS = {30, 8, 62};
    private static final String[] MOUNTAIN_AREA_TYPES = {ServicePeriod.ESPECIALLY_DIFFICULT, ServicePeriod.BORDER,
            "MOUNTAIN"};

    private final LocalDate established;

    /** @param established the day the Tổ were set up */
    ServiceDraws(LocalDate established) {
        this.established = established;
    }

    /**
     * @param dice     the area's stream for its Tổ's duty and service
     * @param member   the member, with their birth date and area type
     * @param joined   the first day in the Tổ
     * @param street   whether the area is a tổ dân phố (else a thôn, làng or bản)
     * @param mountain whether the area is in a mountain district
     * @return the member's record
     */
    ServiceRecord draw(Dice dice, SecurityTeamRoster.Person member, LocalDate joined, boolean street,
                       boolean mountain) {
        List<ServicePeriod> periods = new ArrayList<>();
        LocalDate adult = member.birthDate().plusYears(18);
        if (dice.chance(0.25)) {
            String kind = street
                    ? (dice.chance(0.8) ? ServicePeriod.CIVIL_DEFENCE : ServicePeriod.PART_TIME_COMMUNE_POLICE)
                    : (dice.chance(0.85) ? ServicePeriod.PART_TIME_COMMUNE_POLICE : ServicePeriod.CIVIL_DEFENCE);
            LocalDate end = established.minusDays(1);
            if (!dice.chance(0.7)) {
                end = end.minusYears(dice.between(1, 15)).minusDays(dice.between(0, 364));
            }
            LocalDate start = later(end.minusYears(dice.between(1, 25)).minusDays(dice.between(0, 364)), adult);
            String areaType = areaType(dice, member, mountain);
            if (!start.isAfter(end)) {
                if (dice.chance(0.15)) {
                    LocalDate end2 = start.minusDays(dice.between(30, 1500));
                    LocalDate start2 = later(end2.minusYears(dice.between(1, 8)).minusDays(dice.between(0, 364)),
                            adult);
                    if (!start2.isAfter(end2)) {
                        periods.add(new ServicePeriod(ServicePeriod.PART_TIME_COMMUNE_POLICE, start2, end2,
                                areaType(dice, member, mountain)));
                    }
                }
                periods.add(new ServicePeriod(kind, start, end, areaType));
            }
        }
        if (joined.isAfter(established) && dice.chance(0.4)) {
            LocalDate start = later(established, adult);
            LocalDate end = joined.minusDays(dice.between(1, 60));
            if (ChronoUnit.DAYS.between(start, end) >= 30) {
                periods.add(new ServicePeriod(ServicePeriod.SECURITY_TEAM, start, end, member.areaType()));
            }
        }
        List<String> decorations = new ArrayList<>();
        if (!periods.isEmpty() && dice.chance(0.02)) {
            decorations.add(ServiceRecord.MEDAL);
        }
        if (dice.chance(0.002)) {
            decorations.add(ServiceRecord.GLORIOUS_SOLDIER);
        }
        if (dice.chance(0.001)) {
            decorations.add(ServiceRecord.FOR_NATIONAL_SECURITY);
        }
        return new ServiceRecord(periods, decorations, dice.chance(0.93), dice.chance(0.002));
    }

    private static String areaType(Dice dice, SecurityTeamRoster.Person member, boolean mountain) {
        return mountain ? MOUNTAIN_AREA_TYPES[dice.weighted(MOUNTAIN_AREAS)] : member.areaType();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
