package vn.antq.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan's campaigns of year Y and each commune's part in them, in the order they start:
 * <ol>
 *   <li>"Cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán", 15/12/(Y−1)–15/02/Y, for one or two "điểm"
 *       communes per district;</li>
 *   <li>"Tháng hành động phòng, chống ma túy năm Y", 01/06–30/06, centred on 26/6, for every commune;</li>
 *   <li>"Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm Y", a season from 02/07 to 19/08, for every commune;</li>
 *   <li>"Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư năm Y", 15/10–14/11, no key day, for every
 *       commune (the third occasion Kế hoạch 67/KH-BCĐ names).</li>
 * </ol>
 * Most communes take part inside the window, many on the key day, some on its first or last day. A few take part
 * the day before or after it (that must not count), a few did not hold it, and a few have no entry at all (missing
 * data). A commune's part is drawn from its own stream for the campaign ({@link Dice#forUnit(long,
 * AdministrativeUnit, String)}) and the "điểm" communes from their district's, so neither depends on which other
 * units are generated, and the units' own draws do not change.
 *
 * <p>Feed it the districts and communes as they are written ({@link #district}, {@link #commune}), then take
 * {@link #campaigns()}. It keeps only the communes written, not their units. On the two-tier structure there are no
 * districts: {@link #province} chooses the "điểm" communes among all the province's, and the draws come from the
 * units' two-tier streams, so a new commune does not repeat the draws of the former commune whose code it kept.
 */
final class CampaignPlan {

    /** What a commune's entry says. */
    private enum Part {
        /** No entry: the data are missing. */
        MISSING,
        /** {@code held} false. */
        NOT_HELD,
        /** Held on the day before the window: must not count. */
        DAY_BEFORE,
        /** Held on the day after the window: must not count. */
        DAY_AFTER,
        /** Held on the window's first day. */
        FIRST_DAY,
        /** Held on the window's last day. */
        LAST_DAY,
        /** Held on the key day. */
        KEY_DAY,
        /** Held on a day of the busiest stretch of the window. */
        BUSY_DAYS,
        /** Held on any day of the window. */
        ANY_DAY
    }

    /**
     * One campaign and how its participation is drawn.
     *
     * @param weights       how often each {@link Part} is drawn, in its order (per thousand)
     * @param sessions      the fewest and most sessions of a unit that held it
     * @param perSession    the fewest and most people per session
     */
    private record Schedule(String id, String kind, String name, LocalDate from, LocalDate to, LocalDate keyDate,
                            LocalDate busyFrom, LocalDate busyTo, int[] weights, int[] sessions, int[] perSession) {
    }

    private final long seed;
    private final String stream;
    private final Schedule peak;
    private final List<Schedule> everyCommune;
    private final Set<String> pointCommunes = new HashSet<>();
    private final List<AdministrativeUnit> communes = new ArrayList<>();

    /**
     * @param seed the generator's seed
     * @param year the assessment year Y
     */
    CampaignPlan(long seed, int year) {
        this(seed, year, "");
    }

    /**
     * @param seed   the generator's seed
     * @param year   the assessment year Y
     * @param stream what follows the campaign's kind in the purpose of every draw ({@link Dice#forUnit(long,
     *               AdministrativeUnit, String)}): empty for the 2024 structure, {@code "@" + TwoTierStructure.STREAM}
     *               for the two-tier one
     */
    CampaignPlan(long seed, int year, String stream) {
        this.seed = seed;
        this.stream = stream;
        this.peak = new Schedule("CAO-DIEM-TET-" + year, "CRIME_SUPPRESSION_PEAK",
                "Cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán",
                LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 2, 15), null,
                LocalDate.of(year - 1, 12, 15), LocalDate.of(year - 1, 12, 31),
                //          MISSING NOT_HELD BEFORE AFTER FIRST LAST KEY BUSY ANY
                new int[] {     25,      25,    15,   10,  150,  60,  0, 250, 440},
                new int[] {2, 10}, new int[] {20, 120});
        this.everyCommune = List.of(
                new Schedule("MA-TUY-" + year, "DRUG_PREVENTION_MONTH",
                        "Tháng hành động phòng, chống ma túy năm " + year,
                        LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 30), LocalDate.of(year, 6, 26),
                        LocalDate.of(year, 6, 16), LocalDate.of(year, 6, 30),
                        new int[] {15, 20, 10, 10, 50, 50, 420, 210, 215},
                        new int[] {1, 4}, new int[] {60, 250}),
                new Schedule("NGAY-HOI-ANTQ-" + year, "NGAY_HOI_ANTQ",
                        "Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm " + year,
                        LocalDate.of(year, 7, 2), LocalDate.of(year, 8, 19), LocalDate.of(year, 8, 19),
                        LocalDate.of(year, 8, 1), LocalDate.of(year, 8, 18),
                        new int[] {15, 20, 10, 10, 40, 0, 380, 350, 175},
                        new int[] {2, 12}, new int[] {80, 300}),
                new Schedule("VAN-HOA-KDC-" + year, "CULTURAL_LIFE_SOLIDARITY_DAY",
                        "Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư năm " + year,
                        LocalDate.of(year, 10, 15), LocalDate.of(year, 11, 14), null,
                        LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 14),
                        new int[] {20, 20, 10, 10, 50, 60, 0, 400, 430},
                        new int[] {1, 3}, new int[] {50, 200}));
    }

    /**
     * Chooses the district's "điểm" communes for the crime-suppression peak: one or two of all its communes, whether
     * or not they end up in the dataset.
     *
     * @param district    a district-level unit that is written
     * @param itsCommunes all its communes, in the national list's order
     */
    void district(AdministrativeUnit district, List<AdministrativeUnit> itsCommunes) {
        if (itsCommunes.isEmpty()) {
            return;
        }
        Dice dice = Dice.forUnit(seed, district, peak.kind() + stream);
        choosePoints(dice, itsCommunes, dice.chance(0.55) ? 1 : 2);
    }

    /**
     * Chooses the province's "điểm" communes for the crime-suppression peak when there are no districts: {@code count}
     * of all its communes, whether or not they end up in the dataset.
     *
     * @param province    the province
     * @param itsCommunes all its communes
     * @param count       how many to choose
     */
    void province(AdministrativeUnit province, List<AdministrativeUnit> itsCommunes, int count) {
        choosePoints(Dice.forUnit(seed, province, peak.kind() + stream), itsCommunes, count);
    }

    private void choosePoints(Dice dice, List<AdministrativeUnit> itsCommunes, int wanted) {
        List<AdministrativeUnit> candidates = new ArrayList<>(itsCommunes);
        int count = Math.min(candidates.size(), wanted);
        for (int i = 0; i < count; i++) {
            pointCommunes.add(candidates.remove(dice.between(0, candidates.size() - 1)).code());
        }
    }

    /** @param commune a commune that is written, in dataset order */
    void commune(AdministrativeUnit commune) {
        communes.add(commune);
    }

    /**
     * @return the campaigns in the order they start; a campaign none of whose expected communes is in the dataset is
     *         left out, so a dataset without communes has none
     */
    List<SampleCampaign> campaigns() {
        List<SampleCampaign> campaigns = new ArrayList<>();
        List<AdministrativeUnit> points = communes.stream()
                .filter(commune -> pointCommunes.contains(commune.code())).toList();
        if (!points.isEmpty()) {
            campaigns.add(campaign(peak, points.stream().map(AdministrativeUnit::code).toList(), points));
        }
        if (!communes.isEmpty()) {
            for (Schedule schedule : everyCommune) {
                campaigns.add(campaign(schedule, null, communes));
            }
        }
        return campaigns;
    }

    private SampleCampaign campaign(Schedule schedule, List<String> expected, List<AdministrativeUnit> units) {
        List<SampleParticipation> participation = new ArrayList<>();
        for (AdministrativeUnit unit : units) {
            Dice dice = Dice.forUnit(seed, unit, schedule.kind() + stream);
            Part part = Part.values()[dice.weighted(schedule.weights())];
            if (part == Part.MISSING) {
                continue;
            }
            if (part == Part.NOT_HELD) {
                LocalDate planned = schedule.keyDate() != null ? schedule.keyDate() : schedule.from();
                participation.add(new SampleParticipation(unit.code(), false, planned, 0, 0));
                continue;
            }
            LocalDate date = switch (part) {
                case DAY_BEFORE -> schedule.from().minusDays(1);
                case DAY_AFTER -> schedule.to().plusDays(1);
                case FIRST_DAY -> schedule.from();
                case LAST_DAY -> schedule.to();
                case KEY_DAY -> schedule.keyDate();
                case BUSY_DAYS -> anyDay(dice, schedule.busyFrom(), schedule.busyTo());
                default -> anyDay(dice, schedule.from(), schedule.to());
            };
            int sessions = dice.between(schedule.sessions()[0], schedule.sessions()[1]);
            int participants = sessions * dice.between(schedule.perSession()[0], schedule.perSession()[1]);
            participation.add(new SampleParticipation(unit.code(), true, date, sessions, participants));
        }
        return new SampleCampaign(schedule.id(), schedule.kind(), schedule.name(), schedule.from(), schedule.to(),
                schedule.keyDate(), expected, participation);
    }

    private static LocalDate anyDay(Dice dice, LocalDate from, LocalDate to) {
        return from.plusDays(dice.between(0, (int) ChronoUnit.DAYS.between(from, to)));
    }
}
