package vn.antq.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the campaigns, each on its own and against the units: a well-formed id that no other campaign has,
 * a name that is not blank, a window that does not end before it starts, a key date inside the window, the
 * expected units ({@code ALL_COMMUNES}, or a non-empty list of units of the dataset without repeats) and
 * the participation (a unit of the dataset, at most one entry per unit, counts ≥ 0). A participation date
 * outside the window is accepted: it simply does not count ({@link vn.antq.campaign.Campaign#counts}).
 */
final class CampaignChecks {
    /** What a valid number of sessions or participants looks like, as a problem's {@code expected}. */
    static final String COUNT_EXPECTED = "a whole number from 0 to " + Integer.MAX_VALUE;

    private CampaignChecks() {
    }

    /**
     * @param campaigns every campaign of the dataset, in dataset order
     * @param unitIds   the ids of the dataset's units
     * @param findings  where problems go
     */
    static void check(List<CampaignDraft> campaigns, Set<String> unitIds, Findings findings) {
        checkIds(campaigns, findings);
        for (CampaignDraft campaign : campaigns) {
            checkFields(campaign, findings);
            checkExpected(campaign, unitIds, findings);
            checkParticipation(campaign, unitIds, findings);
        }
    }

    private static void checkIds(List<CampaignDraft> campaigns, Findings findings) {
        Map<String, CampaignDraft> byId = new HashMap<>();
        for (CampaignDraft campaign : campaigns) {
            CampaignDraft first = campaign.id() == null ? null : byId.putIfAbsent(campaign.id(), campaign);
            if (first != null) {
                findings.problem(campaign.location(), "id", "an id that no other campaign has",
                        JsonValues.quote(campaign.id()) + " at campaigns[" + campaign.index()
                                + "], already used at campaigns[" + first.index() + "]");
            }
        }
    }

    private static void checkFields(CampaignDraft campaign, Findings findings) {
        String location = campaign.location();
        if (campaign.id() != null && !UnitDraft.isWellFormedId(campaign.id())) {
            findings.problem(location, "id", UnitDraft.ID_EXPECTED, JsonValues.quote(campaign.id()));
        }
        if (campaign.name() != null && campaign.name().isBlank()) {
            findings.problem(location, "name", UnitChecks.NAME_EXPECTED, JsonValues.quote(campaign.name()));
        }
        if (campaign.from() == null || campaign.to() == null) {
            return;
        }
        if (campaign.to().isBefore(campaign.from())) {
            findings.problem(location, "to", "a date on or after from (" + campaign.from() + ")",
                    campaign.to().toString());
        } else if (campaign.keyDate() != null
                && (campaign.keyDate().isBefore(campaign.from()) || campaign.keyDate().isAfter(campaign.to()))) {
            findings.problem(location, "keyDate", "a date from " + campaign.from() + " to " + campaign.to(),
                    campaign.keyDate().toString());
        }
    }

    private static void checkExpected(CampaignDraft campaign, Set<String> unitIds, Findings findings) {
        List<String> ids = campaign.expectedUnits();
        if (ids == null) {
            return;
        }
        if (campaign.allCommunes() != ids.isEmpty()) {
            findings.problem(campaign.location(), CampaignDraft.EXPECTED, CampaignDraft.EXPECTED_FORM,
                    campaign.allCommunes()
                            ? CampaignDraft.ALL_COMMUNES + " and " + ids.size() + " unit id(s)"
                            : "an empty array");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            if (id != null) {
                String field = CampaignDraft.EXPECTED + "[" + k + "]";
                Integer first = seen.putIfAbsent(id, k);
                if (!unitIds.contains(id)) {
                    findings.problem(campaign.location(), field, TreeChecks.UNIT_ID_EXPECTED,
                            JsonValues.quote(id) + ", which no unit has");
                } else if (first != null) {
                    findings.problem(campaign.location(), field, "a unit not listed before",
                            JsonValues.quote(id) + ", already at " + CampaignDraft.EXPECTED + "[" + first + "]");
                }
            }
        }
    }

    private static void checkParticipation(CampaignDraft campaign, Set<String> unitIds, Findings findings) {
        Map<String, ParticipationDraft> seen = new HashMap<>();
        for (ParticipationDraft entry : campaign.participation()) {
            String field = entry.field() + ".";
            String unitId = entry.unitId();
            if (unitId != null) {
                ParticipationDraft first = seen.putIfAbsent(unitId, entry);
                if (!unitIds.contains(unitId)) {
                    findings.problem(campaign.location(), field + "unit", TreeChecks.UNIT_ID_EXPECTED,
                            JsonValues.quote(unitId) + ", which no unit has");
                } else if (first != null) {
                    findings.problem(campaign.location(), field + "unit", "at most one entry per unit",
                            JsonValues.quote(unitId) + ", already at " + first.field());
                }
            }
            checkCount(campaign, field + "sessions", entry.sessions(), findings);
            checkCount(campaign, field + "participants", entry.participants(), findings);
        }
    }

    private static void checkCount(CampaignDraft campaign, String field, Integer value, Findings findings) {
        if (value != null && value < 0) {
            findings.problem(campaign.location(), field, COUNT_EXPECTED, value.toString());
        }
    }
}
