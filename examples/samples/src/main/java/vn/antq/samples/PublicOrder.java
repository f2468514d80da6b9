package vn.antq.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The public-order record of a khu dân cư or a commune's territory (TT 124 Điều 4 khoản 2–4): offences this year and
 * last, new hotspots and social-evil cases, supervised persons, and the events that break it.
 */
final class PublicOrder {
    /** The event types that count against a khu dân cư or a commune's territory. */
    static final List<String> COUNTED_EVENTS;

    static {
        List<String> counted = new ArrayList<>(EventDraws.UNREST);
        counted.add("SERIOUS_CRIME");
        counted.addAll(EventDraws.ACCIDENTS);
        COUNTED_EVENTS = List.copyOf(counted);
    }

    private static final List<String> OFFENCES = List.of("crimeCount", "socialEvilCount", "otherViolationCount");

    /** One way to break Điều 4 khoản 2–4, with how often it is chosen. */
    private enum Breach {
        /** Khoản 2: policies not fully implemented. */
        POLICIES(1, false),
        /** Khoản 3: an event of items a–g. */
        UNREST(1, true),
        /** Khoản 4 a: one kind of offence up on last year. */
        OFFENCES_UP(5, false),
        /** Khoản 4 b: a serious crime, not force majeure, not handled promptly. */
        SERIOUS_CRIME(1, true),
        /** Khoản 4 c: a new social-order hotspot. */
        NEW_HOTSPOT(1, false),
        /** Khoản 4 c: new persons with a social evil. */
        NEW_SOCIAL_EVIL_PERSONS(2, false),
        /** Khoản 4 c: supervised persons not managed well. */
        SUPERVISION(1, false),
        /** Khoản 4 d: a serious fire, fatal labour accident or serious incident, not force majeure. */
        ACCIDENT(1, true);

        private final int weight;
        private final boolean incident;

        Breach(int weight, boolean incident) {
            this.weight = weight;
            this.incident = incident;
        }
    }

    private PublicOrder() {
    }

    /**
     * Sets the six offence counts (this year never above last year; often equal), newSocialOrderHotspots and
     * newSocialEvilPersons (0) and supervisedPersonsManaged (true).
     *
     * @param dice        the draws
     * @param draft       the unit
     * @param maxPrevious the largest count of last year for crimes, social evils and other violations
     */
    static void addRecord(Dice dice, UnitDraft draft, int... maxPrevious) {
        for (int i = 0; i < OFFENCES.size(); i++) {
            int previous = dice.between(0, maxPrevious[i]);
            int current = dice.chance(0.3) ? previous : dice.between(0, previous);
            draft.set(OFFENCES.get(i), current).set(OFFENCES.get(i) + "Previous", previous);
        }
        draft.set("newSocialOrderHotspots", 0)
                .set("newSocialEvilPersons", 0)
                .set("supervisedPersonsManaged", true);
    }

    /**
     * Breaks one of Điều 4 khoản 2–4, chosen by weight: an offence count up is the most common.
     *
     * @param dice      the draws
     * @param draft     a unit with policiesImplemented and the record of {@link #addRecord} set
     * @param window    the unit's window
     * @param incidents whether the breach may be an event
     */
    static void breakOne(Dice dice, UnitDraft draft, AssessmentWindow window, boolean incidents) {
        List<Breach> possible = Arrays.stream(Breach.values()).filter(breach -> incidents || !breach.incident)
                .toList();
        switch (dice.pick(possible, breach -> breach.weight)) {
            case POLICIES -> draft.set("policiesImplemented", false);
            case UNREST -> draft.event(EventDraws.breaking(dice, dice.pick(EventDraws.UNREST), window));
            case OFFENCES_UP -> {
                String offence = dice.pick(OFFENCES);
                draft.set(offence, draft.count(offence + "Previous") + dice.between(1, 3));
            }
            case SERIOUS_CRIME -> draft.event(EventDraws.breaking(dice, "SERIOUS_CRIME", window));
            case NEW_HOTSPOT -> draft.set("newSocialOrderHotspots", 1);
            case NEW_SOCIAL_EVIL_PERSONS -> draft.set("newSocialEvilPersons", dice.between(1, 3));
            case SUPERVISION -> draft.set("supervisedPersonsManaged", false);
            case ACCIDENT -> draft.event(EventDraws.breaking(dice, dice.pick(EventDraws.ACCIDENTS), window));
        }
    }
}
