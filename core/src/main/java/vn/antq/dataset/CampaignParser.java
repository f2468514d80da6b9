package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import vn.antq.campaign.CampaignKind;

/**
 * Reads the {@code campaigns} array into drafts, recording a problem for every field that is missing or has
 * the wrong shape. Relations with the units and between fields are left to {@link CampaignChecks}.
 */
final class CampaignParser {
    private static final String FIELD = "campaigns";
    private static final Set<String> CAMPAIGN_FIELDS = Set.of("id", "kind", "name", "from", "to", "keyDate",
            CampaignDraft.EXPECTED, CampaignDraft.PARTICIPATION);

    private CampaignParser() {
    }

    /**
     * @param dataset  the top-level fields
     * @param findings where problems and warnings go
     * @return a draft for every element of {@code campaigns} that is an object, in dataset order; empty when
     *         the field is absent
     */
    static List<CampaignDraft> parseAll(FieldReader dataset, Findings findings) {
        JsonNode campaigns = dataset.value(FIELD);
        if (campaigns == null) {
            return List.of();
        }
        if (!campaigns.isArray()) {
            dataset.problem(FIELD, "an array of campaigns", JsonValues.describe(campaigns));
            return List.of();
        }
        List<CampaignDraft> drafts = new ArrayList<>();
        for (int i = 0; i < campaigns.size(); i++) {
            JsonNode campaign = campaigns.get(i);
            if (campaign.isObject()) {
                drafts.add(parse(i, campaign, findings));
            } else {
                findings.problem(FIELD + "[" + i + "]", "campaign",
                        "an object with id, kind, name, from, to and expected", JsonValues.describe(campaign));
            }
        }
        return drafts;
    }

    private static CampaignDraft parse(int index, JsonNode campaign, Findings findings) {
        JsonNode idNode = campaign.get("id");
        String location = CampaignDraft.location(index, idNode != null && idNode.isTextual()
                ? idNode.textValue() : null);
        FieldReader fields = new FieldReader(campaign, location, "", findings);
        String id = fields.text("id", true, UnitDraft.ID_EXPECTED);
        CampaignKind kind = fields.oneOf("kind", true, CampaignKind.class);
        String name = fields.text("name", true, UnitChecks.NAME_EXPECTED);
        LocalDate from = fields.date("from", true);
        LocalDate to = fields.date("to", true);
        LocalDate keyDate = fields.date("keyDate", false);
        JsonNode expected = fields.value(CampaignDraft.EXPECTED);
        boolean allCommunes = expected != null && expected.isTextual()
                && expected.textValue().equals(CampaignDraft.ALL_COMMUNES);
        List<String> expectedUnits = allCommunes ? List.of() : expectedUnits(fields, expected);
        List<ParticipationDraft> participation = ParticipationParser.parse(fields, findings);
        fields.warnUnknownFields(CAMPAIGN_FIELDS, "antq-dataset/1 campaign");
        return new CampaignDraft(index, id, kind, name, from, to, keyDate, allCommunes, expectedUnits,
                participation);
    }

    /** @return the listed ids, null where an element is not text; null when the field is not an array */
    private static List<String> expectedUnits(FieldReader fields, JsonNode expected) {
        if (expected == null || !expected.isArray()) {
            fields.problem(CampaignDraft.EXPECTED, CampaignDraft.EXPECTED_FORM,
                    fields.describe(CampaignDraft.EXPECTED));
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < expected.size(); k++) {
            JsonNode element = expected.get(k);
            if (element.isTextual()) {
                ids.add(element.textValue());
            } else {
                fields.problem(CampaignDraft.EXPECTED + "[" + k + "]", TreeChecks.UNIT_ID_EXPECTED,
                        JsonValues.describe(element));
                ids.add(null);
            }
        }
        return Collections.unmodifiableList(ids);
    }
}
