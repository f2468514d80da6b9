package vn.antq.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The past of the assessed units of a three-tier dataset: their results of the two previous years (the top-level
 * {@code history}) and the indicators about cases still open or closed ({@code pendingDiscipline},
 * {@code pendingInspection}, {@code pendingComplaint}, {@code disciplineEndedYear}, {@code underInvestigation},
 * {@code pressCorruption}).
 *
 * <p>Each unit draws from a stream of its own, {@code Dice.forUnit(seed, owner, "RECORD/<unit id>")}, where the
 * owner is the district or commune whose subtree the unit belongs to. So these draws change nothing else in the
 * dataset, and a unit's past is the same in any dataset that contains it. The new indicators go at the end of the
 * unit's indicators, in that order.
 *
 * <p>Per unit: each of the three pending cases with probability {@value #PENDING}, and {@code disciplineEndedYear}
 * = Y−1 with probability {@value #DISCIPLINE_ENDED} (such a unit was under discipline before, so its Y−2 result is
 * NOT_ACHIEVED: the history that no longer counts).
 *
 * <p>From a second stream of the unit's own, {@code Dice.forUnit(seed, owner, "CASES/<unit id>")}, so that every
 * earlier draw stays as it was: the unit's cases are not recorded {@value #NOT_RECORDED} of the time (then only the
 * pending cases drawn true above are written, and a proposal waits for confirmation); otherwise all five flags are
 * written, false unless drawn true, {@code underInvestigation} and {@code pressCorruption} true with probability
 * {@value #PENDING_NEW} each, after the others. The history has both years for most units, one year for
 * {@value #ONE_YEAR} of them (half only Y−1, half only Y−2) and none for {@value #NO_YEAR}. A year is ACHIEVED 85%, NOT_ACHIEVED 10%,
 * INSUFFICIENT_DATA 5% of the time; an armed-forces agency, excluded from the standard, is NOT_APPLICABLE. The
 * movement is EXCELLENT 30%, GOOD 56%, AVERAGE 11%, WEAK 3%, and seldom EXCELLENT in a year not achieved.
 */
final class UnitRecords {
    static final String PURPOSE = "RECORD/";
    static final String CASES = "CASES/";
    static final Set<UnitKind> ASSESSED = Set.of(UnitKind.RESIDENTIAL_AREA, UnitKind.COMMUNE, UnitKind.AGENCY,
            UnitKind.ENTERPRISE, UnitKind.SCHOOL);
    static final List<String> INDICATORS = List.of("pendingDiscipline", "pendingInspection", "pendingComplaint",
            "disciplineEndedYear", "underInvestigation", "pressCorruption");

    static final double PENDING = 0.015;
    static final double PENDING_NEW = 0.005;
    static final double NOT_RECORDED = 0.01;
    static final double DISCIPLINE_ENDED = 0.01;
    static final double ONE_YEAR = 0.04;
    static final double NO_YEAR = 0.015;

    private static final String[] STANDARDS = {"ACHIEVED", "NOT_ACHIEVED", "INSUFFICIENT_DATA"};
    private static final int[] STANDARD_WEIGHTS = {850, 100, 50};
    private static final String[] MOVEMENTS = {"EXCELLENT", "GOOD", "AVERAGE", "WEAK"};
    private static final int[] MOVEMENT_WEIGHTS = {300, 560, 110, 30};
    private static final int[] MOVEMENT_WEIGHTS_NOT_ACHIEVED = {30, 450, 400, 120};

    /** One result of an earlier year. */
    record YearResult(String unit, int year, String standard, String movement) {
    }

    private final long seed;
    private final int year;
    private final List<YearResult> history = new ArrayList<>();

    /**
     * @param seed the generator's seed
     * @param year the assessment year Y; the history covers Y−1 and Y−2
     */
    UnitRecords(long seed, int year) {
        this.seed = seed;
        this.year = year;
    }

    /**
     * Draws the past of each assessed unit, adds its indicators and records its history.
     *
     * @param owner the district or commune whose subtree these units are
     * @param units the units as drafted, in writing order
     * @return the same units, a few of them with the new indicators at the end
     */
    List<SampleUnit> add(AdministrativeUnit owner, List<SampleUnit> units) {
        List<SampleUnit> result = new ArrayList<>(units.size());
        for (SampleUnit unit : units) {
            result.add(ASSESSED.contains(unit.kind()) ? add(Dice.forUnit(seed, owner, PURPOSE + unit.id()),
                    Dice.forUnit(seed, owner, CASES + unit.id()), unit) : unit);
        }
        return result;
    }

    /** @return the history recorded so far: units in writing order, Y−1 before Y−2 */
    List<YearResult> history() {
        return List.copyOf(history);
    }

    private SampleUnit add(Dice dice, Dice casesDice, SampleUnit unit) {
        boolean discipline = dice.chance(PENDING);
        boolean inspection = dice.chance(PENDING);
        boolean complaint = dice.chance(PENDING);
        boolean disciplineEnded = dice.chance(DISCIPLINE_ENDED);
        double gap = dice.fraction();
        boolean excluded = Boolean.TRUE.equals(unit.indicators().get("armedForces"));
        for (int past = year - 1; past >= year - 2; past--) {
            String standard = excluded ? "NOT_APPLICABLE" : STANDARDS[dice.weighted(STANDARD_WEIGHTS)];
            if (disciplineEnded && past == year - 2 && !excluded) {
                standard = "NOT_ACHIEVED";
            }
            String movement = MOVEMENTS[dice.weighted(standard.equals("NOT_ACHIEVED")
                    ? MOVEMENT_WEIGHTS_NOT_ACHIEVED : MOVEMENT_WEIGHTS)];
            boolean recorded = gap >= NO_YEAR + ONE_YEAR
                    || (gap >= NO_YEAR && (past == year - 1) == (gap < NO_YEAR + ONE_YEAR / 2));
            if (recorded) {
                history.add(new YearResult(unit.id(), past, standard, movement));
            }
        }
        boolean recorded = !casesDice.chance(NOT_RECORDED);
        boolean investigation = recorded && casesDice.chance(PENDING_NEW);
        boolean press = recorded && casesDice.chance(PENDING_NEW);
        if (!(recorded || discipline || inspection || complaint || disciplineEnded)) {
            return unit;
        }
        Map<String, Object> indicators = new LinkedHashMap<>(unit.indicators());
        if (discipline || recorded) {
            indicators.put("pendingDiscipline", discipline);
        }
        if (inspection || recorded) {
            indicators.put("pendingInspection", inspection);
        }
        if (complaint || recorded) {
            indicators.put("pendingComplaint", complaint);
        }
        if (disciplineEnded) {
            indicators.put("disciplineEndedYear", year - 1);
        }
        if (recorded) {
            indicators.put("underInvestigation", investigation);
            indicators.put("pressCorruption", press);
        }
        return new SampleUnit(unit.id(), unit.kind(), unit.type(), unit.name(), unit.parent(), unit.validFrom(),
                unit.validTo(), unit.successor(), indicators, unit.events());
    }
}
