package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The rules of a dataset's {@code campaigns}, written out independently of the generator. */
final class CampaignChecks {
    static final Set<String> KINDS = Set.of("DRUG_PREVENTION_MONTH", "NGAY_HOI_ANTQ", "CULTURAL_LIFE_SOLIDARITY_DAY",
            "GREAT_UNITY_DAY", "CRIME_SUPPRESSION_PEAK", "OTHER");

    /** How a campaign's expected units stand: tallied by {@link #tally}. */
    enum Standing {
        /** Held, on a day inside the window: counts. */
        COUNTS,
        /** {@code held} false: does not count. */
        NOT_HELD,
        /** Held, but before or after the window: does not count. */
        OUTSIDE,
        /** Expected, but without an entry: the data are missing. */
        MISSING
    }

    private CampaignChecks() {
    }

    /**
     * @param dataset a whole dataset
     * @param id      a campaign id
     * @return the campaign
     */
    static JsonNode campaign(JsonNode dataset, String id) {
        for (JsonNode campaign : dataset.get("campaigns")) {
            if (campaign.get("id").asText().equals(id)) {
                return campaign;
            }
        }
        throw new AssertionError("no campaign " + id);
    }

    /** @return true when the entry says held, on that day */
    static boolean held(JsonNode part, LocalDate day) {
        return part.get("held").asBoolean() && LocalDate.parse(part.get("date").asText()).equals(day);
    }

    /** @return how many entries of the campaign say held, on that day */
    static int countHeldOn(JsonNode campaign, LocalDate day) {
        int count = 0;
        for (JsonNode part : campaign.get("participation")) {
            count += held(part, day) ? 1 : 0;
        }
        return count;
    }

    /**
     * @param campaign a campaign
     * @return the date cases its participation should show, named after the campaign id: held on the first and on
     *         the last day, not held, and for a campaign of all communes held the day before and the day after
     */
    static Map<String, Predicate<JsonNode>> dateCases(JsonNode campaign) {
        String id = campaign.get("id").asText();
        LocalDate from = LocalDate.parse(campaign.get("from").asText());
        LocalDate to = LocalDate.parse(campaign.get("to").asText());
        Map<String, Predicate<JsonNode>> cases = new LinkedHashMap<>();
        cases.put(id + " held on the first day", part -> held(part, from));
        cases.put(id + " held on the last day", part -> held(part, to));
        cases.put(id + " not held", part -> !part.get("held").asBoolean());
        if (campaign.get("expected").isTextual()) {
            cases.put(id + " held on the day before", part -> held(part, from.minusDays(1)));
            cases.put(id + " held on the day after", part -> held(part, to.plusDays(1)));
        }
        return cases;
    }

    /**
     * @param dataset a whole dataset
     * @param cases   cases named "campaign-id …", each a test of one participation entry
     * @return the names of the cases no entry of their campaign shows
     */
    static List<String> missing(JsonNode dataset, Map<String, Predicate<JsonNode>> cases) {
        List<String> missing = new ArrayList<>();
        cases.forEach((name, test) -> {
            boolean found = false;
            for (JsonNode part : campaign(dataset, name.substring(0, name.indexOf(' '))).get("participation")) {
                found |= test.test(part);
            }
            if (!found) {
                missing.add(name);
            }
        });
        return missing;
    }

    /**
     * @param dataset a whole dataset
     * @return what breaks the rules: ids unique and well formed, a known kind, a name, from ≤ to, keyDate inside the
     *         window, expected units that exist and are valid at the reference date (ALL_COMMUNES: the communes valid
     *         then), participation of existing units that are expected, at most one entry per unit, a date and counts
     *         ≥ 0; empty if nothing does
     */
    static List<String> problems(JsonNode dataset) {
        List<String> problems = new ArrayList<>();
        Map<String, String> kinds = new HashMap<>();
        dataset.get("units").forEach(unit -> kinds.put(unit.get("id").asText(), unit.get("kind").asText()));
        Map<String, String> current = currentKinds(dataset);
        JsonNode campaigns = dataset.get("campaigns");
        if (campaigns == null || !campaigns.isArray()) {
            return List.of("campaigns is not an array");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode campaign : campaigns) {
            String id = campaign.path("id").asText("");
            if (!ContractChecks.ID.matcher(id).matches() || !ids.add(id)) {
                problems.add("campaign id missing, malformed or repeated: " + id);
            }
            if (!KINDS.contains(campaign.path("kind").asText())) {
                problems.add(id + ": unknown kind " + campaign.path("kind"));
            }
            if (campaign.path("name").asText("").isBlank()) {
                problems.add(id + ": no name");
            }
            LocalDate from = date(campaign.get("from"));
            LocalDate to = date(campaign.get("to"));
            if (from == null || to == null || from.isAfter(to)) {
                problems.add(id + ": window " + campaign.get("from") + "–" + campaign.get("to"));
                continue;
            }
            if (campaign.has("keyDate")) {
                LocalDate key = date(campaign.get("keyDate"));
                if (key == null || key.isBefore(from) || key.isAfter(to)) {
                    problems.add(id + ": keyDate " + campaign.get("keyDate") + " outside the window");
                }
            }
            Set<String> expected = expected(campaign, current);
            if (expected == null) {
                problems.add(id + ": expected is neither ALL_COMMUNES nor an array of unique unit ids");
                continue;
            }
            for (String unit : expected) {
                if (!kinds.containsKey(unit)) {
                    problems.add(id + ": expects " + unit + ", not a unit of the dataset");
                } else if (!current.containsKey(unit)) {
                    problems.add(id + ": expects " + unit + ", not valid at the reference date");
                }
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode part : campaign.path("participation")) {
                String unit = part.path("unit").asText("");
                if (!kinds.containsKey(unit)) {
                    problems.add(id + ": participation of " + unit + ", not a unit of the dataset");
                }
                if (!seen.add(unit)) {
                    problems.add(id + ": more than one entry for " + unit);
                }
                if (!expected.contains(unit)) {
                    problems.add(id + ": participation of " + unit + ", which is not expected");
                }
                if (!part.path("held").isBoolean() || date(part.get("date")) == null
                        || !part.path("sessions").isInt() || part.get("sessions").asInt() < 0
                        || !part.path("participants").isInt() || part.get("participants").asInt() < 0) {
                    problems.add(id + ": malformed participation " + part);
                }
            }
            if (!campaign.path("participation").isArray()) {
                problems.add(id + ": participation is not an array");
            }
        }
        return problems;
    }

    /**
     * @param dataset a whole dataset
     * @return the kind of each unit valid at its reference date ({@code referenceDate}, or 15/11 of its year), by
     *         id: a unit is valid when {@code validFrom} ≤ day ≤ {@code validTo}, a missing end being no limit
     */
    static Map<String, String> currentKinds(JsonNode dataset) {
        LocalDate day = dataset.has("referenceDate") ? LocalDate.parse(dataset.get("referenceDate").asText())
                : LocalDate.of(dataset.get("year").asInt(), 11, 15);
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode unit : dataset.get("units")) {
            if (validOn(unit, day)) {
                kinds.put(unit.get("id").asText(), unit.get("kind").asText());
            }
        }
        return kinds;
    }

    /**
     * @param unit a unit
     * @param day  a day
     * @return whether the unit is valid on that day
     */
    static boolean validOn(JsonNode unit, LocalDate day) {
        return (!unit.has("validFrom") || !LocalDate.parse(unit.get("validFrom").asText()).isAfter(day))
                && (!unit.has("validTo") || !LocalDate.parse(unit.get("validTo").asText()).isBefore(day));
    }

    /**
     * @param campaign a campaign
     * @param kinds    the kind of each unit of the dataset valid at the reference date, by id
     * @return the ids of the units it expects, in order: every commune for ALL_COMMUNES; null if malformed
     */
    static Set<String> expected(JsonNode campaign, Map<String, String> kinds) {
        JsonNode expected = campaign.get("expected");
        Set<String> units = new LinkedHashSet<>();
        if (expected != null && expected.isTextual() && expected.asText().equals("ALL_COMMUNES")) {
            kinds.forEach((id, kind) -> {
                if (kind.equals("COMMUNE")) {
                    units.add(id);
                }
            });
            return units;
        }
        if (expected == null || !expected.isArray()) {
            return null;
        }
        for (JsonNode unit : expected) {
            if (!unit.isTextual() || !units.add(unit.asText())) {
                return null;
            }
        }
        return units;
    }

    /**
     * @param campaign a valid campaign
     * @param kinds    the kind of each unit of the dataset valid at the reference date, by id
     * @return how each expected unit stands, by id
     */
    static Map<String, Standing> standings(JsonNode campaign, Map<String, String> kinds) {
        LocalDate from = LocalDate.parse(campaign.get("from").asText());
        LocalDate to = LocalDate.parse(campaign.get("to").asText());
        Map<String, Standing> standings = new LinkedHashMap<>();
        expected(campaign, kinds).forEach(unit -> standings.put(unit, Standing.MISSING));
        for (JsonNode part : campaign.get("participation")) {
            LocalDate date = LocalDate.parse(part.get("date").asText());
            standings.put(part.get("unit").asText(), !part.get("held").asBoolean() ? Standing.NOT_HELD
                    : date.isBefore(from) || date.isAfter(to) ? Standing.OUTSIDE : Standing.COUNTS);
        }
        return standings;
    }

    /**
     * @param campaign a valid campaign
     * @param kinds    the kind of each unit of the dataset valid at the reference date, by id
     * @return how many expected units stand each way, every standing present
     */
    static Map<Standing, Integer> tally(JsonNode campaign, Map<String, String> kinds) {
        Map<Standing, Integer> tally = new LinkedHashMap<>();
        for (Standing standing : Standing.values()) {
            tally.put(standing, 0);
        }
        standings(campaign, kinds).values().forEach(standing -> tally.merge(standing, 1, Integer::sum));
        return tally;
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual() || !node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
