package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level {@code history} of a three-tier dataset (each assessed unit's results of years Y−1 and Y−2) and the
 * indicators about a unit's past ({@link ContractChecks#PAST}), written out independently of the generator.
 */
final class HistoryChecks {
    static final Set<String> STANDARDS = Set.of("ACHIEVED", "NOT_ACHIEVED", "INSUFFICIENT_DATA", "NOT_APPLICABLE");
    static final Set<String> MOVEMENTS = Set.of("EXCELLENT", "GOOD", "AVERAGE", "WEAK");

    private HistoryChecks() {
    }

    /**
     * @param dataset a three-tier dataset
     * @return every entry of its history that names no assessed unit of the dataset, has a year other than Y−1 or
     *         Y−2, repeats a unit and year, or has an unknown standard or movement; and every unit with
     *         {@code disciplineEndedYear} whose Y−2 result, when recorded, is not NOT_ACHIEVED (or NOT_APPLICABLE, for an armed-forces
     *         agency); empty if none
     */
    static List<String> problems(JsonNode dataset) {
        int year = dataset.get("year").asInt();
        Map<String, JsonNode> assessed = assessed(dataset);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : dataset.get("history")) {
            String unit = entry.path("unit").asText();
            int past = entry.path("year").asInt();
            if (!assessed.containsKey(unit)) {
                problems.add("no assessed unit " + unit + ": " + entry);
            }
            if (!entry.path("year").isInt() || (past != year - 1 && past != year - 2)) {
                problems.add("year not Y−1 or Y−2: " + entry);
            }
            if (!seen.add(unit + "/" + past)) {
                problems.add("duplicate unit and year: " + entry);
            }
            if (!STANDARDS.contains(entry.path("standard").asText())
                    || !MOVEMENTS.contains(entry.path("movement").asText()) || entry.size() != 4) {
                problems.add("bad entry: " + entry);
            }
            JsonNode indicators = assessed.getOrDefault(unit, entry).path("indicators");
            if (indicators.has("disciplineEndedYear") && past == year - 2
                    && !Set.of("NOT_ACHIEVED", "NOT_APPLICABLE").contains(entry.path("standard").asText())) {
                problems.add("under discipline in Y−2 but " + entry);
            }
        }
        return problems;
    }

    /**
     * @param dataset a three-tier dataset
     * @return entries; assessed units with both years, one, none; entries ACHIEVED, NOT_ACHIEVED,
     *         INSUFFICIENT_DATA, NOT_APPLICABLE; EXCELLENT, GOOD, AVERAGE, WEAK
     */
    static Map<String, Long> tally(JsonNode dataset) {
        Map<String, Long> perUnit = new HashMap<>();
        Map<String, Long> byCode = new HashMap<>();
        for (JsonNode entry : dataset.get("history")) {
            perUnit.merge(entry.get("unit").asText(), 1L, Long::sum);
            byCode.merge(entry.get("standard").asText(), 1L, Long::sum);
            byCode.merge(entry.get("movement").asText(), 1L, Long::sum);
        }
        Map<String, Long> tally = new LinkedHashMap<>();
        tally.put("entries", (long) dataset.get("history").size());
        for (long years = 2; years >= 0; years--) {
            long n = years;
            tally.put(years + " years", assessed(dataset).keySet().stream()
                    .filter(unit -> perUnit.getOrDefault(unit, 0L) == n).count());
        }
        for (String code : List.of("ACHIEVED", "NOT_ACHIEVED", "INSUFFICIENT_DATA", "NOT_APPLICABLE", "EXCELLENT",
                "GOOD", "AVERAGE", "WEAK")) {
            tally.put(code, byCode.getOrDefault(code, 0L));
        }
        return tally;
    }

    /**
     * @param units the units of a dataset
     * @return for each of {@link ContractChecks#PAST} and each assessed kind, how many units carry it true (the
     *         year: carry it) ({@code "pendingDiscipline COMMUNE"}), in that order, kinds in {@link #KINDS}' order;
     *         then per kind how many do not record their cases ({@code "notRecorded COMMUNE"})
     */
    static Map<String, Long> pastIndicators(List<JsonNode> units) {
        Map<String, Long> tally = new LinkedHashMap<>();
        for (String indicator : ContractChecks.PAST) {
            for (String kind : KINDS) {
                tally.put(indicator + " " + kind, units.stream().filter(unit -> unit.get("kind").asText().equals(kind)
                        && isSet(unit.path("indicators").path(indicator))).count());
            }
        }
        for (String kind : KINDS) {
            tally.put("notRecorded " + kind, units.stream().filter(unit -> unit.get("kind").asText().equals(kind)
                    && !unit.path("indicators").has("underInvestigation")).count());
        }
        return tally;
    }

    /** @return whether an indicator about the past is there and, if a boolean, true */
    private static boolean isSet(JsonNode value) {
        return value.isBoolean() ? value.asBoolean() : !value.isMissingNode();
    }

    static final List<String> KINDS = List.of("COMMUNE", "RESIDENTIAL_AREA", "AGENCY", "ENTERPRISE", "SCHOOL");

    private static Map<String, JsonNode> assessed(JsonNode dataset) {
        Map<String, JsonNode> assessed = new HashMap<>();
        for (JsonNode unit : dataset.get("units")) {
            if (ContractChecks.ASSESSED.contains(unit.get("kind").asText())) {
                assessed.put(unit.get("id").asText(), unit);
            }
        }
        return assessed;
    }
}
