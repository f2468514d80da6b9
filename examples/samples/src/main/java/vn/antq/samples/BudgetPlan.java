package vn.antq.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The budget lines of the movement for a three-tier dataset, checked against the norms of Thông tư 40/2023/TT-BTC
 * ({@code domain.md} §8). Each province gets one line of each category spent by the province, its
 * {@code VISIT_MODELS} line exactly at the norm (30 models in 30 communes × 10,000,000 đồng), and one
 * {@code VISIT_PEOPLE} line spent by a central body; then two planted visit lines of 3 models in one commune
 * (locality): the province's exactly at 3 × 10,000,000 đồng (which brings its year to 31 communes, over the yearly
 * cap of 30), and a central body's 1 đồng over 3 × 20,000,000. A visit line's {@code models} counts each model
 * once per commune; a district's is one per commune, plus, on a line within its norm, 0 to that many more drawn
 * from the district's stream for {@value #MODELS_PURPOSE}. Each district gets a {@code MODEL_BUILDING}, {@code MOBILISATION_FUEL},
 * {@code VISIT_MODELS} and {@code VISIT_PEOPLE} line spent by the district, and now and then an {@code OTHER} line.
 * Most district lines keep the norm; some are exactly at it, a few are just over it, and a rare one leaves out its
 * count. Over the norm means 1 đồng more per model or km; for {@code VISIT_MODELS}, one commune more than the cap
 * (11 × 5,000,000: within the norm per model, over the yearly cap); for {@code VISIT_PEOPLE}, half the time 1 đồng more per person and half the time one person
 * more than the cap (51 × 1,000,000).
 *
 * <p>The draws come from each province's and district's own stream for the purpose {@value #PURPOSE}
 * ({@link Dice#forUnit(long, AdministrativeUnit, String)}), so nothing else in the dataset changes, and a unit's
 * lines are the same in any dataset that contains it. Feed it the provinces and districts as they are written, then
 * take {@link #lines()}.
 */
final class BudgetPlan {
    static final String PURPOSE = "BUDGET";

    /** Norms of TT 40/2023/TT-BTC, in đồng per unit, and caps on the counts. */
    static final long MODEL_NORM = 20_000_000;
    static final long FUEL_NORM_PER_KM = 12_000;
    static final long PROVINCE_VISIT_MODELS_NORM = 10_000_000;
    static final int PROVINCE_VISIT_MODELS_CAP = 30;
    static final long DISTRICT_VISIT_MODELS_NORM = 5_000_000;
    static final int DISTRICT_VISIT_MODELS_CAP = 10;
    static final long PROVINCE_VISIT_PEOPLE_NORM = 3_000_000;
    static final int PROVINCE_VISIT_PEOPLE_CAP = 100;
    static final long DISTRICT_VISIT_PEOPLE_NORM = 1_000_000;
    static final int DISTRICT_VISIT_PEOPLE_CAP = 50;
    static final long CENTRAL_VISIT_PEOPLE_NORM = 5_000_000;
    static final int CENTRAL_PEOPLE_PER_LOCALITY = 5;
    static final long CENTRAL_VISIT_MODELS_NORM = 20_000_000;
    /** The models of the two planted visit lines of a province: 3 models in one commune (locality). */
    static final int PLANTED_MODELS = 3;
    /** The purpose of the districts' stream for the models of their visit lines. */
    static final String MODELS_PURPOSE = "BUDGET_MODELS";

    /** How a district line stands against its norm. */
    private enum Standing {
        WITHIN, AT_NORM, OVER, NO_COUNT
    }

    /** Per thousand, in {@link Standing}'s order. */
    private static final int[] STANDING_WEIGHTS = {820, 100, 70, 10};
    /** Per thousand districts with an {@code OTHER} line. */
    private static final int OTHER_PER_MILLE = 80;

    private final long seed;
    private final List<SampleBudgetLine> lines = new ArrayList<>();

    /** @param seed the generator's seed */
    BudgetPlan(long seed) {
        this.seed = seed;
    }

    /** @param province a province just written */
    void province(AdministrativeUnit province) {
        Dice dice = Dice.forUnit(seed, province, PURPOSE);
        Numbering ids = new Numbering(province.code());
        String unit = province.code();
        int models = dice.between(10, 30);
        add(ids, unit, "PROVINCE", "MODEL_BUILDING", within(dice, models, MODEL_NORM), models, null, null, null,
                null);
        int km = dice.between(1_500, 5_000);
        add(ids, unit, "PROVINCE", "MOBILISATION_FUEL", within(dice, km, FUEL_NORM_PER_KM), null, null, null, km, null);
        add(ids, unit, "PROVINCE", "VISIT_MODELS", PROVINCE_VISIT_MODELS_CAP * PROVINCE_VISIT_MODELS_NORM,
                PROVINCE_VISIT_MODELS_CAP, PROVINCE_VISIT_MODELS_CAP, null, null, null);
        int people = dice.between(50, PROVINCE_VISIT_PEOPLE_CAP);
        add(ids, unit, "PROVINCE", "VISIT_PEOPLE", within(dice, people, PROVINCE_VISIT_PEOPLE_NORM), null, null,
                people, null, null);
        add(ids, unit, "PROVINCE", "OTHER", dice.between(50, 300) * 1_000_000L, null, null, null, null, null);
        int localities = dice.between(1, 3);
        int visited = dice.between(2 * localities, CENTRAL_PEOPLE_PER_LOCALITY * localities);
        add(ids, unit, "CENTRAL", "VISIT_PEOPLE", within(dice, visited, CENTRAL_VISIT_PEOPLE_NORM), null, null,
                visited, null, localities);
        add(ids, unit, "PROVINCE", "VISIT_MODELS", PLANTED_MODELS * PROVINCE_VISIT_MODELS_NORM, PLANTED_MODELS, 1,
                null, null, null);
        add(ids, unit, "CENTRAL", "VISIT_MODELS", PLANTED_MODELS * CENTRAL_VISIT_MODELS_NORM + 1, PLANTED_MODELS,
                null, null, null, 1);
    }

    /** @param district a district-level unit just written */
    void district(AdministrativeUnit district) {
        Dice dice = Dice.forUnit(seed, district, PURPOSE);
        Numbering ids = new Numbering(district.code());
        String unit = district.code();
        boolean other = dice.weighted(OTHER_PER_MILLE, 1000 - OTHER_PER_MILLE) == 0;

        Standing standing = standing(dice);
        int models = dice.between(2, 8);
        long amount = amount(dice, standing, models, MODEL_NORM);
        add(ids, unit, "DISTRICT", "MODEL_BUILDING", amount, count(standing, models), null, null, null, null);

        standing = standing(dice);
        int km = dice.between(300, 2_500);
        amount = amount(dice, standing, km, FUEL_NORM_PER_KM);
        add(ids, unit, "DISTRICT", "MOBILISATION_FUEL", amount, null, null, null, count(standing, km), null);

        standing = standing(dice);
        int communes = dice.between(3, DISTRICT_VISIT_MODELS_CAP);
        if (standing == Standing.AT_NORM && dice.chance(0.5)) {
            communes = DISTRICT_VISIT_MODELS_CAP;
        }
        if (standing == Standing.OVER) {
            communes = DISTRICT_VISIT_MODELS_CAP + 1;
            amount = communes * DISTRICT_VISIT_MODELS_NORM;
        } else {
            amount = amount(dice, standing, communes, DISTRICT_VISIT_MODELS_NORM);
        }
        Integer visited = standing == Standing.NO_COUNT ? null : communes + extraModels(district, standing, communes);
        add(ids, unit, "DISTRICT", "VISIT_MODELS", amount, visited, count(standing, communes), null, null, null);

        standing = standing(dice);
        int people = dice.between(10, DISTRICT_VISIT_PEOPLE_CAP);
        boolean overTheCap = dice.chance(0.5);
        if (standing == Standing.OVER && overTheCap) {
            people = DISTRICT_VISIT_PEOPLE_CAP + 1;
            amount = people * DISTRICT_VISIT_PEOPLE_NORM;
        } else {
            amount = amount(dice, standing, people, DISTRICT_VISIT_PEOPLE_NORM);
        }
        add(ids, unit, "DISTRICT", "VISIT_PEOPLE", amount, null, null, count(standing, people), null, null);

        if (other) {
            add(ids, unit, "DISTRICT", "OTHER", dice.between(5, 60) * 1_000_000L, null, null, null, null, null);
        }
    }

    /**
     * The models visited beyond one per commune, from the district's own stream for {@value #MODELS_PURPOSE} (so no
     * earlier draw changes): none when the line is at or over its norm (its amount is per commune), else 0 to
     * {@code communes}.
     */
    private int extraModels(AdministrativeUnit district, Standing standing, int communes) {
        if (standing != Standing.WITHIN) {
            return 0;
        }
        return Dice.forUnit(seed, district, MODELS_PURPOSE).between(0, communes);
    }

    /** @return the lines, provinces and districts in the order they were written */
    List<SampleBudgetLine> lines() {
        return List.copyOf(lines);
    }

    private void add(Numbering ids, String unit, String spender, String category, long amount, Integer models,
                     Integer communes, Integer people, Integer km, Integer localities) {
        lines.add(new SampleBudgetLine(ids.next(), unit, spender, category, amount, models, communes, people, km,
                localities));
    }

    private static Standing standing(Dice dice) {
        return Standing.values()[dice.weighted(STANDING_WEIGHTS)];
    }

    private static Integer count(Standing standing, int count) {
        return standing == Standing.NO_COUNT ? null : count;
    }

    private static long amount(Dice dice, Standing standing, int count, long norm) {
        return switch (standing) {
            case AT_NORM -> count * norm;
            case OVER -> count * (norm + 1);
            case WITHIN, NO_COUNT -> within(dice, count, norm);
        };
    }

    /** @return 50–98% of {@code count × norm}, rounded down to 1,000 đồng */
    private static long within(Dice dice, int count, long norm) {
        long amount = count * norm * dice.between(50, 98) / 100;
        return amount / 1_000 * 1_000;
    }

    /** Numbers a unit's lines {@code NS-<unit>-01}, {@code -02}… */
    private static final class Numbering {
        private final String unit;
        private int last;

        Numbering(String unit) {
            this.unit = unit;
        }

        String next() {
            last++;
            return "NS-" + unit + "-" + (last < 10 ? "0" : "") + last;
        }
    }
}
