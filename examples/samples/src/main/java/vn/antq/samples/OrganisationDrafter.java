package vn.antq.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Draws the indicators and events of an agency, enterprise or school (TT 124 Điều 6 and 7). */
final class OrganisationDrafter {

    /**
     * One way to miss the standard of Điều 6 (agency, enterprise) or Điều 7 (school), with how often it is chosen and
     * whether it is an incident or a failure to register, which also fails the commune above.
     */
    private enum Fault {
        /** Điều 6/7 khoản 1: the Party organisation has no resolution in quarter I. */
        PARTY_RESOLUTION(1, false),
        /** Khoản 1: no plan in quarter I. */
        NO_PLAN(1, false),
        /** Khoản 1: the unit did not register (which also fails its commune). */
        NOT_REGISTERED(1, true),
        /** Khoản 1: no internal rules on protection. */
        NO_INTERNAL_RULES(1, false),
        /** Khoản 1: not every member of staff (or learner) briefed. */
        STAFF_NOT_BRIEFED(3, false),
        /** Khoản 1: no model of the movement works well. */
        NO_EFFECTIVE_MODEL(1, false),
        /** Khoản 2: policies not fully implemented. */
        POLICIES(2, false),
        /** Điều 7 khoản 2: a general-education school does not work with the parents' board. */
        NO_PARENT_COORDINATION(1, false),
        /** Điều 6 khoản 3 a–c: illegal religion, exploiting religion or ethnicity, incited mass complaints. */
        UNREST(1, true),
        /** Điều 6 khoản 3 d: an illegal strike (enterprises). */
        ILLEGAL_STRIKE(2, true),
        /** Điều 6 khoản 3 đ: a serious crime, not handled promptly. */
        SERIOUS_CRIME(1, true),
        /** Điều 6 khoản 3 e: a breach of state-secret protection. */
        STATE_SECRET(1, true),
        /** Điều 6 khoản 3 g: a serious fire, accident, incident or environment / food-safety violation. */
        ACCIDENT(2, true),
        /** Điều 6 khoản 3 h: a member of staff fined or disciplined (agencies and enterprises). */
        STAFF_SANCTIONED(1, true),
        /** Điều 7 khoản 4: school violence. */
        SCHOOL_VIOLENCE(3, true),
        /** Điều 7 khoản 4: staff or a learner disciplined for a crime or social evil. */
        PERSON_DISCIPLINED(1, true),
        /** Điều 6 khoản 4: the security force rated only "completed" or worse. */
        FORCE_RATING(2, false),
        /** Điều 6 khoản 4: a member of the security force disciplined. */
        FORCE_DISCIPLINED(1, false),
        /** Điều 6 khoản 5: under 70% of sub-units advanced (17/25). */
        SUB_UNITS_BELOW_70(2, false),
        /** Điều 6 khoản 5: someone in a sub-unit disciplined. */
        SUB_UNITS_DISCIPLINED(1, false);

        private final int weight;
        private final boolean incident;

        Fault(int weight, boolean incident) {
            this.weight = weight;
            this.incident = incident;
        }
    }

    private static final List<String> UNREST = List.of("ILLEGAL_RELIGION_PROPAGANDA",
            "EXPLOITING_RELIGION_ETHNICITY", "INCITING_MASS_COMPLAINTS");
    private static final List<String> FORCE_RATINGS = List.of("ADVANCED_COLLECTIVE", "GOOD", "EXCELLENT");

    private final AssessmentWindow window;

    /** One organisation in this many is followed by a unit of the Bộ Công an. */
    static final int MINISTRY_ONE_IN = 40;

    /** @param year the assessment year */
    OrganisationDrafter(int year) {
        this.window = AssessmentWindow.forOtherUnits(year);
    }

    /**
     * @param dice     the draws of the commune or district it belongs to
     * @param standing how things stand where it is
     * @param id       the unit's id
     * @param name     its name
     * @param parent   its parent's id
     * @param profile  what it is like
     * @return the drafted unit
     */
    SampleUnit draft(Dice dice, Standing standing, String id, String name, String parent,
                     OrganisationProfile profile) {
        UnitDraft draft = new UnitDraft(id, profile.kind(), null, name, parent);
        boolean party = dice.chance(profile.partyChance());
        int staff = profile.staff().draw(dice);
        int learners = profile.learners().draw(dice);
        draft.set(profile.classifier(), profile.classification())
                .set("partyResolutionQ1", party)
                .set("hasPartyOrganization", party)
                .set("planQ1", true)
                .set("registeredForStandard", true)
                .set("policiesImplemented", true)
                .set("effectiveModels", dice.between(1, 3))
                .set("internalRules", true)
                .set("staffTotal", staff + learners)
                .set("staffBriefed", staff + learners);
        if (profile.generalEducation()) {
            draft.set("parentCoordination", true);
        }
        boolean force = !dice.chance(profile.noSecurityForceChance());
        int subUnits = profile.subUnits().draw(dice);
        draft.set("securityForceRating", force ? FORCE_RATINGS.get(dice.weighted(30, 50, 20)) : "NONE")
                .set("securityForceDisciplined", 0)
                .set("subUnitsTotal", subUnits)
                .set("subUnitsAdvanced", subUnits == 0 || dice.chance(0.25) ? advancedAtLeast(subUnits)
                        : dice.between(advancedAtLeast(subUnits), subUnits))
                .set("subUnitsDisciplined", 0);
        CommonIndicators.addMovementAndOutreach(dice, draft, staff + (profile.learnersInOutreach() ? learners : 0));
        if (dice.chance(0.05)) {
            List<String> harmless = profile.kind() == UnitKind.SCHOOL ? List.of("STAFF_SANCTIONED") : List.of();
            draft.event(EventDraws.harmless(dice, window, countedEvents(profile.kind()), harmless));
        }
        switch (standing.outcome(dice)) {
            case FAULTY -> breakOne(dice, draft, profile, party, force, subUnits, standing.allowsIncidents());
            case INCOMPLETE -> draft.withholdData(dice, Set.of(profile.classifier()));
            case CLEAN -> {
            }
        }
        if (followedByMinistry(id)) {
            draft.set("followedByMinistry", true);
        }
        return draft.build();
    }

    /**
     * TT 124/2021/TT-BCA Điều 10 khoản 4: about one organisation in {@value #MINISTRY_ONE_IN} is followed by a unit
     * of the Bộ Công an, which recognises it. Decided by a hash of the id alone, set after every other draw, so no
     * other value of the sample changes.
     *
     * @param id the organisation's id
     * @return true when the organisation carries {@code followedByMinistry: true}
     */
    static boolean followedByMinistry(String id) {
        long h = 0x4D494E4953545259L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001B3L;
        }
        return Math.floorMod(h ^ (h >>> 29), MINISTRY_ONE_IN) == 0;
    }

    private void breakOne(Dice dice, UnitDraft draft, OrganisationProfile profile, boolean party, boolean force,
                          int subUnits, boolean incidents) {
        List<Fault> possible = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            if ((incidents || !fault.incident) && applies(fault, profile, party, force, subUnits)) {
                possible.add(fault);
            }
        }
        int staff = draft.count("staffTotal");
        switch (dice.pick(possible, fault -> fault.weight)) {
            case PARTY_RESOLUTION -> draft.set("partyResolutionQ1", false);
            case NO_PLAN -> draft.set("planQ1", false);
            case NOT_REGISTERED -> draft.set("registeredForStandard", false);
            case NO_INTERNAL_RULES -> draft.set("internalRules", false);
            case STAFF_NOT_BRIEFED -> draft.set("staffBriefed", staff - dice.between(1, Math.max(1, staff / 25)));
            case NO_EFFECTIVE_MODEL -> draft.set("effectiveModels", 0);
            case POLICIES -> draft.set("policiesImplemented", false);
            case NO_PARENT_COORDINATION -> draft.set("parentCoordination", false);
            case UNREST -> draft.event(EventDraws.breaking(dice, dice.pick(UNREST), window));
            case ILLEGAL_STRIKE -> draft.event(EventDraws.breaking(dice, "ILLEGAL_STRIKE", window));
            case SERIOUS_CRIME -> draft.event(EventDraws.breaking(dice, "SERIOUS_CRIME", window));
            case STATE_SECRET -> draft.event(EventDraws.breaking(dice, "STATE_SECRET_VIOLATION", window));
            case ACCIDENT -> draft.event(EventDraws.breaking(dice, dice.pick(accidents(profile.kind())), window));
            case STAFF_SANCTIONED -> draft.event(EventDraws.breaking(dice, "STAFF_SANCTIONED", window));
            case SCHOOL_VIOLENCE -> draft.event(EventDraws.breaking(dice, "SCHOOL_VIOLENCE", window));
            case PERSON_DISCIPLINED ->
                    draft.event(EventDraws.breaking(dice, "PERSON_DISCIPLINED_CRIME_OR_EVIL", window));
            case FORCE_RATING -> draft.set("securityForceRating", dice.chance(0.7) ? "COMPLETED" : "NOT_COMPLETED");
            case FORCE_DISCIPLINED -> draft.set("securityForceDisciplined", 1);
            case SUB_UNITS_BELOW_70 -> draft.set("subUnitsAdvanced", advancedAtLeast(subUnits) - 1);
            case SUB_UNITS_DISCIPLINED -> draft.set("subUnitsDisciplined", 1);
        }
    }

    private static boolean applies(Fault fault, OrganisationProfile profile, boolean party, boolean force,
                                   int subUnits) {
        UnitKind kind = profile.kind();
        return switch (fault) {
            case PARTY_RESOLUTION -> party;
            case NO_PARENT_COORDINATION -> profile.generalEducation();
            case ILLEGAL_STRIKE -> kind == UnitKind.ENTERPRISE;
            case STAFF_SANCTIONED -> kind != UnitKind.SCHOOL;
            case SCHOOL_VIOLENCE, PERSON_DISCIPLINED -> kind == UnitKind.SCHOOL;
            case FORCE_RATING, FORCE_DISCIPLINED -> force;
            case SUB_UNITS_BELOW_70, SUB_UNITS_DISCIPLINED -> subUnits > 0;
            default -> true;
        };
    }

    /** @return the fewest advanced sub-units that make 70% of {@code subUnits}, in whole numbers */
    private static int advancedAtLeast(int subUnits) {
        return (7 * subUnits + 9) / 10;
    }

    private static List<String> accidents(UnitKind kind) {
        return switch (kind) {
            case ENTERPRISE -> List.of("SERIOUS_FIRE_EXPLOSION", "FATAL_LABOUR_ACCIDENT", "SERIOUS_INCIDENT",
                    "SERIOUS_ENVIRONMENT_FOOD_VIOLATION");
            case SCHOOL -> List.of("SERIOUS_FIRE_EXPLOSION", "SERIOUS_INCIDENT", "SERIOUS_ENVIRONMENT_FOOD_VIOLATION");
            default -> List.of("SERIOUS_FIRE_EXPLOSION", "SERIOUS_INCIDENT");
        };
    }

    private static List<String> countedEvents(UnitKind kind) {
        List<String> counted = new ArrayList<>(UNREST);
        counted.add("SERIOUS_CRIME");
        counted.add("STATE_SECRET_VIOLATION");
        counted.addAll(accidents(kind));
        if (kind == UnitKind.SCHOOL) {
            counted.add("SCHOOL_VIOLENCE");
            counted.add("PERSON_DISCIPLINED_CRIME_OR_EVIL");
        } else {
            counted.add("STAFF_SANCTIONED");
        }
        if (kind == UnitKind.ENTERPRISE) {
            counted.add("ILLEGAL_STRIKE");
        }
        return counted;
    }
}
