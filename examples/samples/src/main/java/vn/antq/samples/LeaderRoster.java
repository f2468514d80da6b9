package vn.antq.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The leaders considered for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc", written in the top-level {@code leaders}
 * array: the chairman of the People's Committee of each district-level unit and of one commune in five (2024
 * structure), or of three communes in five (two-tier structure), each drawn from the unit's own stream
 * {@code Dice.forUnit(seed, unit, "LEADER")} ({@code LEADER@TWO_TIER_2025} on the two-tier structure), so these draws
 * change nothing else in the dataset. Then the boundary cases go in ({@link LeaderCases}).
 *
 * <p>A leader is a woman 15% of the time. They have been chairman for 1–10 years before the proposal date (on the
 * two-tier structure: of the former commune up to 30/06/2025 for 1–10 years, then of the new one); 70% were deputy
 * chairman for 2–8 years before that, 40% of those held an earlier post for 2–6 years; 35% hold a concurrent post in
 * the Party committee, overlapping the others. They received 0 (15%), 1 (45%), 2 (30%) or 3 (10%) awards for
 * protecting national security while in post, before the proposal date (a district's chairman mostly from the
 * province or the police, a commune's mostly from the commune or the district; none from a district after
 * 30/06/2025). 90% have achievements in the movement, 8% had a serious incident where they lead, 1% are prosecuted,
 * none is in compulsory education; 4% already hold the Kỷ niệm chương and 1% of the others the Huy chương Vì an ninh
 * Tổ quốc.
 *
 * <p>From a second stream of the unit's own, {@code Dice.forUnit(seed, unit, "CASES/LEADER")} (with the same
 * suffix), so that every earlier draw stays as it was: the category ({@code POLITICAL_SYSTEM_COMMUNE_UP}, a
 * chairman's), a social-evil hotspot where they lead ({@value #HOTSPOT}) and the {@link PersonCases}.
 */
final class LeaderRoster {
    static final String PURPOSE = "LEADER";
    private static final List<String> AWARDS = List.of("GIAY_KHEN_CHU_TICH_XA", "GIAY_KHEN_CHU_TICH_HUYEN",
            "GIAY_KHEN_GIAM_DOC_CONG_AN_TINH", "BANG_KHEN_CHU_TICH_TINH", "BANG_KHEN_BO_TRUONG_BO_CONG_AN");
    private static final int[] DISTRICT_AWARDS = {5, 30, 30, 25, 10};
    private static final int[] COMMUNE_AWARDS = {40, 35, 15, 8, 2};
    private static final int[] AWARD_COUNTS = {15, 45, 30, 10};
    private static final double HOTSPOT = 0.03;

    private final long seed;
    private final String stream;
    private final MedalRegime regime;
    private final List<Leader> leaders = new ArrayList<>();
    private String province;
    private int index;
    private LeaderCases cases;

    /**
     * @param seed   the generator's seed
     * @param stream the structure's suffix of the streams: empty for the 2024 structure,
     *               {@code "@" + TwoTierStructure.STREAM} for the two-tier one
     * @param regime the dataset's Kỷ niệm chương round
     */
    LeaderRoster(long seed, String stream, MedalRegime regime) {
        this.seed = seed;
        this.stream = stream;
        this.regime = regime;
    }

    /**
     * @param province the province
     * @param district one of its district-level units, which always has a leader in the list
     */
    void district(String province, AdministrativeUnit district) {
        Dice dice = Dice.forUnit(seed, district, PURPOSE + stream);
        add(province, dice, district, true, VillageNaming.of(district) == VillageNaming.BAN,
                LeaderOffices.ofDistrict(district));
    }

    /**
     * @param province the province
     * @param commune  one of its communes, whose leader is in the list with the given chance
     * @param share    the chance
     * @param mountain whether the commune is in a mountain district
     * @param offices  the titles of its leader's posts
     */
    void commune(String province, AdministrativeUnit commune, double share, boolean mountain,
                 LeaderOffices offices) {
        Dice dice = Dice.forUnit(seed, commune, PURPOSE + stream);
        if (dice.chance(share)) {
            add(province, dice, commune, false, mountain, offices);
        }
    }

    /** @return the leaders so far, in dataset order */
    List<Leader> leaders() {
        return List.copyOf(leaders);
    }

    private void add(String province, Dice dice, AdministrativeUnit unit, boolean district, boolean mountain,
                     LeaderOffices offices) {
        if (!province.equals(this.province)) {
            this.province = province;
            this.index = 0;
            this.cases = new LeaderCases(regime);
        }
        Dice own = Dice.forUnit(seed, unit, PersonCases.PURPOSE + PURPOSE + stream);
        Leader drawn = draw(dice, unit, district, mountain, offices).with(own.chance(HOTSPOT), PersonCases.draw(own));
        leaders.add(cases.apply(index++, drawn, offices));
    }

    private Leader draw(Dice dice, AdministrativeUnit unit, boolean district, boolean mountain,
                        LeaderOffices offices) {
        LocalDate proposal = regime.proposalDate();
        boolean female = dice.chance(0.15);
        String name = PersonNames.draw(dice, female, mountain);
        LocalDate end = offices.reform() != null ? offices.reform() : proposal;
        LocalDate chairman = end.minusYears(dice.between(1, 10)).minusDays(dice.between(0, 364));
        List<Leader.Post> posts = new ArrayList<>(offices.chairmanSince(chairman));
        LocalDate first = chairman;
        if (dice.chance(0.7)) {
            first = before(dice, first, offices.deputy(), 2, 8, posts);
            if (dice.chance(0.4)) {
                first = before(dice, first, offices.earlier(), 2, 6, posts);
            }
        }
        if (dice.chance(0.35)) {
            LocalDate from = chairman.plusDays(dice.between(-700, 700));
            from = from.isBefore(first) ? first : from.isBefore(proposal) ? from : proposal.minusDays(1);
            LocalDate to = dice.chance(0.7) ? null : from.plusDays(dice.between(365, 1500));
            posts.add(new Leader.Post(offices.concurrent(), from, to));
        }
        posts.sort(Comparator.comparing(Leader.Post::from));
        List<Leader.Award> awards = new ArrayList<>();
        int count = dice.weighted(AWARD_COUNTS);
        long days = ChronoUnit.DAYS.between(first, proposal);
        for (int i = 0; i < count; i++) {
            String award = AWARDS.get(dice.weighted(district ? DISTRICT_AWARDS : COMMUNE_AWARDS));
            LocalDate date = first.plusDays(dice.between(0, (int) days - 1));
            if (award.equals("GIAY_KHEN_CHU_TICH_HUYEN") && date.isAfter(TwoTierStructure.LAST_FORMER_DAY)) {
                date = TwoTierStructure.LAST_FORMER_DAY;
            }
            awards.add(new Leader.Award(award, date));
        }
        awards.sort(Comparator.comparing(Leader.Award::date));
        boolean achievement = dice.chance(0.9);
        boolean incidents = dice.chance(0.08);
        boolean prosecuted = dice.chance(0.01);
        List<String> decorations = dice.chance(0.04) ? List.of(ServiceRecord.MEDAL)
                : dice.chance(0.01) ? List.of(ServiceRecord.FOR_NATIONAL_SECURITY) : List.of();
        return new Leader("LD-" + unit.code() + "-01", name, female ? "FEMALE" : "MALE", unit.code(), posts, awards,
                achievement, incidents, prosecuted, false, decorations, null, false, null);
    }

    /** Adds a post held for {@code min}–{@code max} years up to the day before {@code next} (or a gap earlier). */
    private static LocalDate before(Dice dice, LocalDate next, String title, int min, int max,
                                    List<Leader.Post> posts) {
        LocalDate to = next.minusDays(1).minusDays(dice.chance(0.2) ? dice.between(30, 400) : 0);
        LocalDate from = to.minusYears(dice.between(min, max)).minusDays(dice.between(0, 364));
        posts.add(new Leader.Post(title, from, to));
        return from;
    }
}
