package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Tổ bảo vệ an ninh, trật tự of each khu dân cư (plan target KH67-T7B of Kế hoạch 67/KH-BCĐ, Luật 30/2023/QH15), written
 * out independently of the generator: Thanh Hóa staffs one Tổ per thôn or tổ dân phố with 1 Tổ trưởng, 1 Tổ phó and
 * 1 Tổ viên, and the forces must be trained.
 */
final class SecurityTeamChecks {
    static final List<String> INDICATORS = List.of("securityTeamLeaders", "securityTeamDeputies",
            "securityTeamMembers", "securityTeamTrained");

    private SecurityTeamChecks() {
    }

    /**
     * @param units the units of a dataset
     * @return for its khu dân cư: how many there are, how many carry all four indicators and are staffed 1/1/1 and
     *         trained, staffed 1/1/1 but not trained, short of a member, over Thanh Hóa's staffing, not trained
     *         (whatever their staffing), and leave one of the four out
     */
    static Map<String, Long> tally(List<JsonNode> units) {
        Map<String, Long> tally = new LinkedHashMap<>();
        List<JsonNode> areas = areas(units);
        List<JsonNode> complete = areas.stream().filter(area -> missing(area) == 0).toList();
        tally.put("areas", (long) areas.size());
        tally.put("1/1/1 trained", complete.stream().filter(area -> staffing(area).equals("1/1/1") && trained(area))
                .count());
        tally.put("1/1/1 not trained", complete.stream().filter(area -> staffing(area).equals("1/1/1")
                && !trained(area)).count());
        tally.put("short", complete.stream().filter(SecurityTeamChecks::isShort).count());
        tally.put("over", complete.stream().filter(SecurityTeamChecks::isOver).count());
        tally.put("not trained", complete.stream().filter(area -> !trained(area)).count());
        tally.put("missing one", areas.stream().filter(area -> missing(area) > 0).count());
        return tally;
    }

    /**
     * @param units the units of a dataset
     * @return every khu dân cư that leaves out more than one of the four, or has a count that is not a whole number
     *         ≥ 0 or a training flag that is not a boolean; empty if none
     */
    static List<String> problems(List<JsonNode> units) {
        List<String> problems = new ArrayList<>();
        for (JsonNode area : areas(units)) {
            String id = area.get("id").asText();
            JsonNode indicators = area.path("indicators");
            if (missing(area) > 1) {
                problems.add(id + ": " + missing(area) + " of the Tổ's indicators missing");
            }
            for (String name : INDICATORS.subList(0, 3)) {
                if (indicators.has(name) && !(indicators.get(name).isInt() && indicators.get(name).asInt() >= 0)) {
                    problems.add(id + ": " + name + " = " + indicators.get(name));
                }
            }
            if (indicators.has("securityTeamTrained") && !indicators.get("securityTeamTrained").isBoolean()) {
                problems.add(id + ": securityTeamTrained = " + indicators.get("securityTeamTrained"));
            }
        }
        return problems;
    }

    /**
     * @param units the units of a dataset
     * @return the cases plan target KH67-T7B must get right that no khu dân cư shows, empty if each shows somewhere
     */
    static List<String> missingBoundaryCases(List<JsonNode> units) {
        Map<String, Predicate<JsonNode>> cases = new LinkedHashMap<>();
        Predicate<JsonNode> complete = area -> missing(area) == 0;
        cases.put("1/1/1 and trained", complete.and(area -> staffing(area).equals("1/1/1") && trained(area)));
        cases.put("1/1/1 but not trained", complete.and(area -> staffing(area).equals("1/1/1") && !trained(area)));
        cases.put("no Tổ phó (1/0/1)", complete.and(area -> staffing(area).equals("1/0/1")));
        cases.put("no Tổ viên (1/1/0)", complete.and(area -> staffing(area).equals("1/1/0")));
        cases.put("a second Tổ viên (1/1/2)", complete.and(area -> staffing(area).equals("1/1/2")));
        cases.put("short and not trained", complete.and(area -> isShort(area) && !trained(area)));
        for (String name : INDICATORS) {
            cases.put("no " + name, area -> !area.path("indicators").has(name));
        }
        List<JsonNode> areas = areas(units);
        List<String> missing = new ArrayList<>();
        cases.forEach((name, test) -> {
            if (areas.stream().noneMatch(test)) {
                missing.add(name);
            }
        });
        return missing;
    }

    private static List<JsonNode> areas(List<JsonNode> units) {
        return units.stream().filter(unit -> unit.get("kind").asText().equals("RESIDENTIAL_AREA")).toList();
    }

    private static int missing(JsonNode area) {
        int missing = 0;
        for (String name : INDICATORS) {
            missing += area.path("indicators").has(name) ? 0 : 1;
        }
        return missing;
    }

    private static String staffing(JsonNode area) {
        JsonNode indicators = area.get("indicators");
        return indicators.get("securityTeamLeaders").asInt() + "/" + indicators.get("securityTeamDeputies").asInt()
                + "/" + indicators.get("securityTeamMembers").asInt();
    }

    private static boolean isShort(JsonNode area) {
        JsonNode indicators = area.get("indicators");
        return indicators.get("securityTeamLeaders").asInt() < 1 || indicators.get("securityTeamDeputies").asInt() < 1
                || indicators.get("securityTeamMembers").asInt() < 1;
    }

    private static boolean isOver(JsonNode area) {
        JsonNode indicators = area.get("indicators");
        return !isShort(area) && (indicators.get("securityTeamLeaders").asInt() > 1
                || indicators.get("securityTeamDeputies").asInt() > 1
                || indicators.get("securityTeamMembers").asInt() > 1);
    }

    private static boolean trained(JsonNode area) {
        return area.get("indicators").get("securityTeamTrained").asBoolean();
    }
}
