package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a campaign's {@code participation} array. Each entry needs a {@code unit}; {@code held} (boolean),
 * {@code date} (any date: one outside the window simply does not count), {@code sessions} and
 * {@code participants} (whole numbers) are optional. That the unit exists and the counts are ≥ 0 is left to
 * {@link CampaignChecks}.
 */
final class ParticipationParser {
    private static final Set<String> PARTICIPATION_FIELDS = Set.of("unit", "held", "date", "sessions",
            "participants");

    private ParticipationParser() {
    }

    /**
     * @param campaign the campaign's fields
     * @param findings where problems and warnings go
     * @return the entries that are objects, in dataset order; empty when the campaign has no
     *         {@code participation} field
     */
    static List<ParticipationDraft> parse(FieldReader campaign, Findings findings) {
        JsonNode node = campaign.value(CampaignDraft.PARTICIPATION);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            campaign.problem(CampaignDraft.PARTICIPATION, "an array of participations", JsonValues.describe(node));
            return List.of();
        }
        List<ParticipationDraft> entries = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            String field = CampaignDraft.PARTICIPATION + "[" + j + "]";
            JsonNode element = node.get(j);
            if (!element.isObject()) {
                campaign.problem(field, "an object with unit", JsonValues.describe(element));
                continue;
            }
            FieldReader entry = new FieldReader(element, campaign.location(), field + ".", findings);
            String unit = entry.text("unit", true, TreeChecks.UNIT_ID_EXPECTED);
            Boolean held = entry.flag("held");
            LocalDate date = entry.date("date", false);
            Integer sessions = count(entry, "sessions");
            Integer participants = count(entry, "participants");
            entry.warnUnknownFields(PARTICIPATION_FIELDS, "antq-dataset/1 participation");
            entries.add(new ParticipationDraft(j, unit, held, date, sessions, participants));
        }
        return entries;
    }

    private static Integer count(FieldReader entry, String name) {
        JsonNode node = entry.value(name);
        if (node == null) {
            return null;
        }
        Long value = JsonValues.wholeNumber(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (value == null) {
            entry.problem(name, CampaignChecks.COUNT_EXPECTED, JsonValues.describe(node));
            return null;
        }
        return value.intValue();
    }
}
