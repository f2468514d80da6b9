package vn.antq.dataset;

import java.time.LocalDate;
import vn.antq.campaign.Participation;

/**
 * A participation as the checks see it: the fields of {@link Participation} plus its index in the
 * campaign's {@code participation} array, where the unit may be missing because the file did not give it.
 *
 * @param index        position in the campaign's {@code participation} array
 * @param unitId       the unit id as given, or null when missing or not text
 * @param held         whether the unit held or took part, or null
 * @param date         the day it did, or null
 * @param sessions     how many sessions, or null
 * @param participants how many people took part, or null
 */
record ParticipationDraft(int index, String unitId, Boolean held, LocalDate date, Integer sessions,
                          Integer participants) {

    /**
     * @param index position in the campaign
     * @param participation a typed participation
     * @return the draft holding its fields
     */
    static ParticipationDraft of(int index, Participation participation) {
        return new ParticipationDraft(index, participation.unitId(), participation.held(), participation.date(),
                participation.sessions(), participation.participants());
    }

    /** @return the field name of this entry, e.g. {@code participation[3]} */
    String field() {
        return CampaignDraft.PARTICIPATION + "[" + index + "]";
    }

    /** @return the typed participation; only called once the unit is known to be present */
    Participation toParticipation() {
        return new Participation(unitId, held, date, sessions, participants);
    }
}
