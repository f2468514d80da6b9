package vn.antq.samples;

import java.util.List;

/** Draws events that break a criterion, and events that look alike but must not count. */
final class EventDraws {
    /** The events of TT 124 Điều 4 khoản 3 a–g: unrest against security, religion, separatism, disputes. */
    static final List<String> UNREST = List.of("ANTI_STATE_ACTIVITY", "SABOTAGE_KEY_TARGET",
            "ILLEGAL_RELIGION_PROPAGANDA", "EXPLOITING_RELIGION_ETHNICITY", "SEPARATISM",
            "PROLONGED_INTERNAL_DISPUTE", "INCITING_MASS_COMPLAINTS");

    /** Serious fires and explosions, fatal labour accidents and serious incidents (Điều 4 khoản 4 d). */
    static final List<String> ACCIDENTS = List.of("SERIOUS_FIRE_EXPLOSION", "FATAL_LABOUR_ACCIDENT",
            "SERIOUS_INCIDENT");

    private EventDraws() {
    }

    /**
     * @param dice   the draws
     * @param type   the event type
     * @param window the unit's window
     * @return an event that counts against the unit: inside the window (often on its first or last day), never
     *         force majeure, and for a serious crime not handled promptly
     */
    static SampleEvent breaking(Dice dice, String type, AssessmentWindow window) {
        if (!SampleEvent.WITH_CIRCUMSTANCES.contains(type)) {
            return SampleEvent.of(type, window.dayWithin(dice));
        }
        boolean handledPromptly = !"SERIOUS_CRIME".equals(type) && dice.chance(0.5);
        return SampleEvent.of(type, window.dayWithin(dice), false, handledPromptly);
    }

    /**
     * @param dice      the draws
     * @param window    the unit's window
     * @param counted   event types that would count against the unit
     * @param harmless  event types that never count against this kind of unit (may be empty)
     * @return an event that must not count: one of {@code counted} on the day before or after the window, a serious
     *         crime handled promptly, a force-majeure fire or incident, or one of {@code harmless}
     */
    static SampleEvent harmless(Dice dice, AssessmentWindow window, List<String> counted, List<String> harmless) {
        int variant = dice.weighted(3, 2, 2, harmless.isEmpty() ? 0 : 1);
        switch (variant) {
            case 0 -> {
                String type = dice.pick(counted);
                return SampleEvent.WITH_CIRCUMSTANCES.contains(type)
                        ? SampleEvent.of(type, window.dayJustOutside(dice), false, false)
                        : SampleEvent.of(type, window.dayJustOutside(dice));
            }
            case 1 -> {
                return SampleEvent.of("SERIOUS_CRIME", window.dayWithin(dice), false, true);
            }
            case 2 -> {
                String type = dice.chance(0.5) ? "SERIOUS_FIRE_EXPLOSION" : "SERIOUS_INCIDENT";
                return SampleEvent.of(type, window.dayWithin(dice), true, dice.chance(0.5));
            }
            default -> {
                return SampleEvent.of(dice.pick(harmless), window.dayWithin(dice));
            }
        }
    }
}
