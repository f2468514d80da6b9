package vn.antq.samples;

import java.math.BigDecimal;
import java.util.List;

/** The movement score and the plan's outreach indicators, which every assessed kind carries. */
final class CommonIndicators {
    /** Scores on and just below the provisional bands (Xuất sắc ≥ 90, Khá ≥ 70, Trung bình ≥ 50), in cents. */
    private static final List<Integer> BAND_EDGES = List.of(9000, 8999, 7000, 6999, 5000, 4999, 10000);

    private CommonIndicators() {
    }

    /**
     * Draws a movement score with at most two decimals: about 28% from 90 up, 56% from 70 to 89.99, 13% from 50 to
     * 69.99 and 3% below 50, a few of them exactly on a band's edge; two in five are whole numbers.
     *
     * @param dice the draws
     * @return the score, between 0 and 100
     */
    static BigDecimal movementScore(Dice dice) {
        int cents;
        if (dice.chance(0.03)) {
            cents = dice.pick(BAND_EDGES);
        } else {
            double band = dice.fraction();
            if (band < 0.28) {
                cents = dice.between(9000, 9950);
            } else if (band < 0.84) {
                cents = dice.between(7000, 8999);
            } else if (band < 0.97) {
                cents = dice.between(5000, 6999);
            } else {
                cents = dice.between(3000, 4999);
            }
            if (dice.chance(0.4)) {
                cents -= cents % 100;
            }
        }
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros();
    }

    /**
     * Sets movementScore, documentsDeployed (false for about 1.5% of units) and the propaganda counts (about 8% of
     * units reach fewer people than they should).
     *
     * @param dice   the draws
     * @param draft  the unit
     * @param people the people (or households) the propaganda must reach
     */
    static void addMovementAndOutreach(Dice dice, UnitDraft draft, int people) {
        draft.set("movementScore", movementScore(dice))
                .set("documentsDeployed", !dice.chance(0.015))
                .set("propagandaTarget", people)
                .set("propagandaReached", dice.chance(0.08) ? people - dice.between(1, Math.max(1, people / 20))
                        : people);
    }
}
