package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a dataset's {@code budgetLines} against the format and the norms of Thông tư 40/2023/TT-BTC
 * ({@code domain.md} §8), independently of the generator: each line against its amount norm (visits per model per
 * commune), and the yearly caps over all the lines of one spender.
 */
final class BudgetLineChecks {
    static final Set<String> SPENDERS = Set.of("PROVINCE", "DISTRICT", "CENTRAL", "COMMUNE");
    static final Set<String> CATEGORIES = Set.of("MODEL_BUILDING", "MOBILISATION_FUEL", "VISIT_MODELS",
            "VISIT_PEOPLE", "OTHER");
    static final List<String> COUNTS = List.of("models", "communes", "people", "km", "localities");

    /** How a line stands against its norm. */
    enum Standing {
        WITHIN, AT_NORM, OVER, NO_COUNT, NO_NORM
    }

    private BudgetLineChecks() {
    }

    /**
     * @param dataset the dataset
     * @return what breaks the format: duplicate ids, unknown units, spenders or categories, amounts that are not
     *         whole numbers, negative counts, counts the category does not use
     */
    static List<String> problems(JsonNode dataset) {
        Set<String> units = new HashSet<>();
        dataset.get("units").forEach(unit -> units.add(unit.get("id").asText()));
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode line : dataset.get("budgetLines")) {
            String id = line.path("id").asText("");
            if (!id.startsWith("NS-") || !ContractChecks.ID.matcher(id).matches() || !ids.add(id)) {
                problems.add("id " + line);
            }
            if (!units.contains(line.path("unit").asText())) {
                problems.add("unit " + line);
            }
            if (!SPENDERS.contains(line.path("spender").asText()) || !CATEGORIES.contains(line.path("category")
                    .asText())) {
                problems.add("spender or category " + line);
            }
            if (!line.path("amount").isIntegralNumber() || line.get("amount").asLong() < 0) {
                problems.add("amount " + line);
            }
            Set<String> allowed = new HashSet<>(uses(line));
            line.fieldNames().forEachRemaining(field -> {
                if (COUNTS.contains(field)) {
                    if (!allowed.contains(field)) {
                        problems.add("count " + field + " not used by " + line);
                    }
                    if (!line.get(field).isIntegralNumber() || line.get(field).asLong() < 0) {
                        problems.add("count " + field + " " + line);
                    }
                } else if (!Set.of("id", "unit", "spender", "category", "amount").contains(field)) {
                    problems.add("field " + field + " " + line);
                }
            });
        }
        return problems;
    }

    /** @return the counts the line's category uses, for its spender */
    static List<String> uses(JsonNode line) {
        boolean central = line.path("spender").asText().equals("CENTRAL");
        return switch (line.path("category").asText()) {
            case "MODEL_BUILDING" -> List.of("models");
            case "MOBILISATION_FUEL" -> List.of("km");
            case "VISIT_MODELS" -> List.of("models", central ? "localities" : "communes");
            case "VISIT_PEOPLE" -> central ? List.of("people", "localities") : List.of("people");
            default -> List.of();
        };
    }

    /** @return how the line stands against the norm of TT 40/2023/TT-BTC for its category and spender */
    static Standing standing(JsonNode line) {
        String category = line.get("category").asText();
        String spender = line.get("spender").asText();
        if (category.equals("OTHER")) {
            return Standing.NO_NORM;
        }
        for (String count : uses(line)) {
            if (!line.has(count)) {
                return Standing.NO_COUNT;
            }
        }
        long amount = line.get("amount").asLong();
        long perUnit;
        long count;
        switch (category + "/" + spender) {
            case "MODEL_BUILDING/PROVINCE", "MODEL_BUILDING/DISTRICT", "MODEL_BUILDING/CENTRAL",
                 "MODEL_BUILDING/COMMUNE" -> {
                perUnit = 20_000_000;
                count = line.get("models").asLong();
            }
            case "MOBILISATION_FUEL/PROVINCE", "MOBILISATION_FUEL/DISTRICT", "MOBILISATION_FUEL/CENTRAL",
                 "MOBILISATION_FUEL/COMMUNE" -> {
                perUnit = 12_000;
                count = line.get("km").asLong();
            }
            case "VISIT_MODELS/PROVINCE" -> {
                perUnit = 10_000_000;
                count = line.get("models").asLong();
            }
            case "VISIT_MODELS/DISTRICT" -> {
                perUnit = 5_000_000;
                count = line.get("models").asLong();
            }
            case "VISIT_MODELS/CENTRAL" -> {
                perUnit = 20_000_000;
                count = line.get("models").asLong();
            }
            case "VISIT_PEOPLE/PROVINCE" -> {
                perUnit = 3_000_000;
                count = line.get("people").asLong();
            }
            case "VISIT_PEOPLE/DISTRICT" -> {
                perUnit = 1_000_000;
                count = line.get("people").asLong();
            }
            case "VISIT_PEOPLE/CENTRAL" -> {
                perUnit = 5_000_000;
                count = line.get("people").asLong();
            }
            default -> {
                return Standing.NO_NORM;
            }
        }
        if (amount > perUnit * count) {
            return Standing.OVER;
        }
        return amount == perUnit * count ? Standing.AT_NORM : Standing.WITHIN;
    }

    /** @return the number of lines by "category standing", sorted */
    static Map<String, Integer> tally(JsonNode dataset) {
        Map<String, Integer> tally = new TreeMap<>();
        for (JsonNode line : dataset.get("budgetLines")) {
            tally.merge(line.get("category").asText() + " " + standing(line), 1, Integer::sum);
        }
        return tally;
    }

    /**
     * The yearly caps of TT 40/2023/TT-BTC, over all the lines of one spender (unit and spending level) and category:
     * communes (province 30, district 10), localities (central 30), people (province 100, district 50, central 5 per
     * locality).
     *
     * @param dataset the dataset
     * @return "unit spender category" → true when within the cap, for every capped spender's year
     */
    static Map<String, Boolean> yearlyCaps(JsonNode dataset) {
        Map<String, long[]> totals = new TreeMap<>();
        for (JsonNode line : dataset.get("budgetLines")) {
            String key = line.get("unit").asText() + " " + line.get("spender").asText() + " "
                    + line.get("category").asText();
            long[] t = totals.computeIfAbsent(key, k -> new long[3]);
            t[0] += line.path("communes").asLong();
            t[1] += line.path("localities").asLong();
            t[2] += line.path("people").asLong();
        }
        Map<String, Boolean> within = new TreeMap<>();
        totals.forEach((key, t) -> {
            switch (key.substring(key.indexOf(' ') + 1)) {
                case "PROVINCE VISIT_MODELS" -> within.put(key, t[0] <= 30);
                case "DISTRICT VISIT_MODELS" -> within.put(key, t[0] <= 10);
                case "CENTRAL VISIT_MODELS" -> within.put(key, t[1] <= 30);
                case "PROVINCE VISIT_PEOPLE" -> within.put(key, t[2] <= 100);
                case "DISTRICT VISIT_PEOPLE" -> within.put(key, t[2] <= 50);
                case "CENTRAL VISIT_PEOPLE" -> within.put(key, t[2] <= 5 * t[1]);
                default -> {
                }
            }
        });
        return within;
    }
}
