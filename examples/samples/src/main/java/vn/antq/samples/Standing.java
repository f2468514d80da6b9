package vn.antq.samples;

/**
 * How things stand in a commune, which sets the odds for it and every unit under it. Problems cluster, as they do
 * in life: four communes in five are sound (a few local shortcomings, complete data, no incident), one in five is
 * troubled (more failures, incidents, and most of the gaps in the data). Over all units about 12% miss one
 * criterion and 2.5% lack data, and about two communes in three still meet the standard, whose criterion 2 reads
 * the events of every unit under the commune. District-level agencies and schools stand {@link #ORDINARY}.
 */
enum Standing {
    /** 8% of units miss one criterion, never through an incident or by not registering; no gaps in the data. */
    SOUND(0.08, 0.0, false),
    /** 12% of units miss one criterion, any; 2.5% lack data. */
    ORDINARY(0.12, 0.025, true),
    /** 28% of units miss one criterion, any; 12.5% lack data. */
    TROUBLED(0.28, 0.125, true);

    private final double faulty;
    private final double incomplete;
    private final boolean incidents;

    Standing(double faulty, double incomplete, boolean incidents) {
        this.faulty = faulty;
        this.incomplete = incomplete;
        this.incidents = incidents;
    }

    /**
     * @param dice the commune's draws
     * @return {@link #TROUBLED} for one commune in five, {@link #SOUND} otherwise
     */
    static Standing ofCommune(Dice dice) {
        return dice.chance(0.2) ? TROUBLED : SOUND;
    }

    /**
     * @param dice the draws
     * @return what the next unit is meant to show
     */
    Outcome outcome(Dice dice) {
        double draw = dice.fraction();
        if (draw < faulty) {
            return Outcome.FAULTY;
        }
        return draw < faulty + incomplete ? Outcome.INCOMPLETE : Outcome.CLEAN;
    }

    /**
     * @return whether a failure may come from an incident (an event) or from a unit not registering, the failures
     *         that also fail the commune above it
     */
    boolean allowsIncidents() {
        return incidents;
    }
}
