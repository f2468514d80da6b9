package vn.antq.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.antq.campaign.Campaign;
import vn.antq.campaign.CampaignKind;
import vn.antq.campaign.Participation;

/**
 * A campaign as the checks see it: the fields of {@link Campaign} plus its index in the dataset, where any
 * field may be missing because the file did not give a valid value for it.
 *
 * @param index         position in the dataset's {@code campaigns} array
 * @param id            the id as given, or null when missing or not text
 * @param kind          the kind, or null when missing or unknown
 * @param name          the name, or null when missing
 * @param from          first day, or null when missing or not a date
 * @param to            last day, or null when missing or not a date
 * @param keyDate       the day it centres on, or null
 * @param allCommunes   true when {@code expected} is {@code ALL_COMMUNES}
 * @param expectedUnits the unit ids listed in {@code expected}, with null where an element is not text; null
 *                      when {@code expected} is missing or of the wrong shape
 * @param participation the entries of {@code participation} that are objects, in dataset order
 */
record CampaignDraft(
        int index,
        String id,
        CampaignKind kind,
        String name,
        LocalDate from,
        LocalDate to,
        LocalDate keyDate,
        boolean allCommunes,
        List<String> expectedUnits,
        List<ParticipationDraft> participation) {

    /** The field naming the expected units. */
    static final String EXPECTED = "expected";
    /** The value of {@code expected} that names every commune. */
    static final String ALL_COMMUNES = "ALL_COMMUNES";
    /** What a valid {@code expected} looks like, as a problem's {@code expected}. */
    static final String EXPECTED_FORM = "\"" + ALL_COMMUNES + "\" or a non-empty array of unit ids";
    /** The field holding the participation entries. */
    static final String PARTICIPATION = "participation";

    /**
     * @param index    position in the dataset
     * @param campaign a typed campaign
     * @return the draft holding the campaign's fields
     */
    static CampaignDraft of(int index, Campaign campaign) {
        List<Participation> entries = campaign.participation();
        return new CampaignDraft(index, campaign.id(), campaign.kind(), campaign.name(), campaign.from(),
                campaign.to(), campaign.keyDate(), campaign.allCommunes(), campaign.expectedUnits(),
                IntStream.range(0, entries.size()).mapToObj(j -> ParticipationDraft.of(j, entries.get(j))).toList());
    }

    /**
     * @param index position in the dataset
     * @param id    the id as given, or null
     * @return the id when it is well-formed, else {@code campaigns[index]}
     */
    static String location(int index, String id) {
        return UnitDraft.isWellFormedId(id) ? id : "campaigns[" + index + "]";
    }

    /** @return where problems of this campaign are reported: its id, or {@code campaigns[index]} */
    String location() {
        return location(index, id);
    }

    /** @return the typed campaign; only called once every required field is known to be present */
    Campaign toCampaign() {
        return new Campaign(id, kind, name, from, to, keyDate, allCommunes, expectedUnits,
                participation.stream().map(ParticipationDraft::toParticipation).toList());
    }
}
