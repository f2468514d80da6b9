package vn.antq.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period in which an event counts for a unit (TT 124/2021/TT-BCA Điều 8 khoản 2), both ends inclusive.
 *
 * @param from the first day
 * @param to   the last day
 */
record AssessmentWindow(LocalDate from, LocalDate to) {

    /**
     * @param year the assessment year Y
     * @return 01/11/(Y−1) – 31/10/Y, the window of a khu dân cư
     */
    static AssessmentWindow forResidentialArea(int year) {
        return new AssessmentWindow(LocalDate.of(year - 1, 11, 1), LocalDate.of(year, 10, 31));
    }

    /**
     * @param year the assessment year Y
     * @return 16/11/(Y−1) – 15/11/Y, the window of a commune, agency, enterprise or school
     */
    static AssessmentWindow forOtherUnits(int year) {
        return new AssessmentWindow(LocalDate.of(year - 1, 11, 16), LocalDate.of(year, 11, 15));
    }

    /**
     * @param dice the draws
     * @return a day inside the window: often its first or last day, otherwise any day
     */
    LocalDate dayWithin(Dice dice) {
        double draw = dice.fraction();
        if (draw < 0.12) {
            return from;
        }
        if (draw < 0.24) {
            return to;
        }
        return from.plusDays(dice.between(0, (int) ChronoUnit.DAYS.between(from, to)));
    }

    /**
     * @param dice the draws
     * @return the day before the window or the day after it
     */
    LocalDate dayJustOutside(Dice dice) {
        return dice.chance(0.5) ? from.minusDays(1) : to.plusDays(1);
    }
}
