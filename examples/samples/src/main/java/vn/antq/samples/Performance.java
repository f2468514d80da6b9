package vn.antq.samples;

/**
 * How well a Tổ bảo vệ ANTT or a member did the tasks assigned in the rating window, in the bands of Hướng dẫn
 * 01/HD-BCA-V05 as the national rule pack reads them: above 95% of the tasks done (EXCELLENT), from 80% (GOOD), from
 * 50% (COMPLETED), below (NOT_COMPLETED). The generator draws the tasks done inside a band; the rules, not this module,
 * rate.
 */
enum Performance {
    EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

    /**
     * @param code a {@code securityTeamRating} code
     * @return its band
     */
    static Performance of(String code) {
        return valueOf(code);
    }

    /**
     * @param assigned tasks assigned, more than 0
     * @param done     tasks done, at most {@code assigned}
     * @return the band their share falls in
     */
    static Performance of(int assigned, int done) {
        if (done * 100 > assigned * 95) {
            return EXCELLENT;
        }
        if (done * 100 >= assigned * 80) {
            return GOOD;
        }
        return done * 100 >= assigned * 50 ? COMPLETED : NOT_COMPLETED;
    }

    /**
     * @param steps how many bands lower (positive) or higher (negative)
     * @return the band that many steps away, kept within EXCELLENT…NOT_COMPLETED
     */
    Performance shifted(int steps) {
        return values()[Math.max(0, Math.min(values().length - 1, ordinal() + steps))];
    }

    /** @return whether the band counts towards the "tốt trở lên" base of the excellence quota */
    boolean goodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }

    /**
     * @param dice     the draws
     * @param assigned tasks assigned, at least 8 (every band then has a whole number of tasks done)
     * @return tasks done, each count of this band equally likely
     */
    int tasksDone(Dice dice, int assigned) {
        return dice.between(least(assigned), most(assigned));
    }

    /**
     * @param assigned tasks assigned, at least 8
     * @return the fewest tasks done in this band
     */
    int least(int assigned) {
        return switch (this) {
            case EXCELLENT -> assigned * 95 / 100 + 1;
            case GOOD -> ceilPercent(assigned, 80);
            case COMPLETED -> ceilPercent(assigned, 50);
            case NOT_COMPLETED -> ceilPercent(assigned, 20);
        };
    }

    /**
     * @param assigned tasks assigned, at least 8
     * @return the most tasks done in this band
     */
    int most(int assigned) {
        return switch (this) {
            case EXCELLENT -> assigned;
            case GOOD -> assigned * 95 / 100;
            case COMPLETED -> ceilPercent(assigned, 80) - 1;
            case NOT_COMPLETED -> ceilPercent(assigned, 50) - 1;
        };
    }

    private static int ceilPercent(int whole, int percent) {
        return (whole * percent + 99) / 100;
    }
}
