package vn.antq.samples;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Draws the indicators and events of a khu dân cư (thôn, làng, bản, ấp, tổ dân phố, khu phố). */
final class ResidentialAreaDrafter {

    /**
     * One way to miss the standard of TT 124 Điều 4, with how often it is chosen and whether it is a failure to
     * register, which also fails the commune above.
     */
    private enum Fault {
        /** Khoản 1: the chi bộ has no resolution in quarter I. */
        PARTY_RESOLUTION(1, false),
        /** Khoản 1: the area did not register (which also fails its commune). */
        NOT_REGISTERED(1, true),
        /** Khoản 1: a few households did not register (419/420). */
        HOUSEHOLDS_MISSING(3, false),
        /** Khoản 2–4: see {@link PublicOrder}. */
        PUBLIC_ORDER(10, false),
        /** Khoản 5: the Tổ bảo vệ ANTT did not complete its tasks. */
        TEAM_NOT_COMPLETED(1, false),
        /** Khoản 5: a member of the Tổ bảo vệ ANTT was disciplined. */
        TEAM_DISCIPLINED(1, false);

        private final int weight;
        private final boolean incident;

        Fault(int weight, boolean incident) {
            this.weight = weight;
            this.incident = incident;
        }
    }

    private static final List<String> TEAM_RATINGS = List.of("EXCELLENT", "GOOD", "COMPLETED");
    private static final Set<String> TEAM_INDICATORS = Set.copyOf(SecurityTeam.INDICATORS);

    private final AssessmentWindow window;

    /** @param year the assessment year */
    ResidentialAreaDrafter(int year) {
        this.window = AssessmentWindow.forResidentialArea(year);
    }

    /**
     * @param dice     the commune's draws
     * @param team     the area's own draws for its Tổ bảo vệ ANTT ({@link SecurityTeam#stream})
     * @param standing how things stand in the commune
     * @param id       the unit's id
     * @param named    its type and name
     * @param parent   the commune's code
     * @return the drafted unit
     */
    SampleUnit draft(Dice dice, Dice team, Standing standing, String id, ResidentialAreaNames.Named named,
                     String parent) {
        UnitDraft draft = new UnitDraft(id, UnitKind.RESIDENTIAL_AREA, named.type(), named.name(), parent);
        boolean street = "TO_DAN_PHO".equals(named.type());
        int households = street ? dice.between(120, 650) : dice.between(60, 450);
        draft.set("partyResolutionQ1", true)
                .set("registeredForStandard", true)
                .set("policiesImplemented", true)
                .set("householdsResident", households)
                .set("householdsRegistered", households);
        PublicOrder.addRecord(dice, draft, 3, 2, 4);
        draft.set("securityTeamRating", TEAM_RATINGS.get(dice.weighted(15, 55, 30)))
                .set("securityTeamDisciplined", 0);
        SecurityTeam securityTeam = SecurityTeam.draw(team);
        securityTeam.addTo(draft);
        CommonIndicators.addMovementAndOutreach(dice, draft, households);
        if (dice.chance(0.05)) {
            draft.event(EventDraws.harmless(dice, window, PublicOrder.COUNTED_EVENTS, List.of()));
        }
        // the Tổ's indicators are never withheld here, so the commune's draws pick what they picked before them
        Outcome outcome = standing.outcome(dice);
        switch (outcome) {
            case FAULTY -> breakOne(dice, draft, households, standing.allowsIncidents());
            case INCOMPLETE -> draft.withholdData(dice, TEAM_INDICATORS);
            case CLEAN -> {
            }
        }
        if (securityTeam.gap() != null && outcome != Outcome.INCOMPLETE) {
            draft.remove(securityTeam.gap());
        }
        return draft.build();
    }

    private void breakOne(Dice dice, UnitDraft draft, int households, boolean incidents) {
        List<Fault> possible = Arrays.stream(Fault.values()).filter(fault -> incidents || !fault.incident).toList();
        switch (dice.pick(possible, fault -> fault.weight)) {
            case PARTY_RESOLUTION -> draft.set("partyResolutionQ1", false);
            case NOT_REGISTERED -> draft.set("registeredForStandard", false);
            case HOUSEHOLDS_MISSING -> draft.set("householdsRegistered", households - dice.between(1, 3));
            case PUBLIC_ORDER -> PublicOrder.breakOne(dice, draft, window, incidents);
            case TEAM_NOT_COMPLETED -> draft.set("securityTeamRating", "NOT_COMPLETED");
            case TEAM_DISCIPLINED -> draft.set("securityTeamDisciplined", 1);
        }
    }
}
