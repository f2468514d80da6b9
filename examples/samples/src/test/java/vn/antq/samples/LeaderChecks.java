package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level {@code leaders} (considered for the Kỷ niệm chương), written out independently of the generator.
 */
final class LeaderChecks {
    static final List<String> FIELDS = List.of("id", "name", "gender", "unit", "posts", "awards",
            "movementAchievement", "seriousIncidents", "prosecuted", "compulsoryEducation");
    static final Set<String> AWARDS = Set.of("GIAY_KHEN_CHU_TICH_XA", "GIAY_KHEN_CHU_TICH_HUYEN",
            "GIAY_KHEN_GIAM_DOC_CONG_AN_TINH", "BANG_KHEN_CHU_TICH_TINH", "BANG_KHEN_BO_TRUONG_BO_CONG_AN");

    private LeaderChecks() {
    }

    /**
     * @param dataset a dataset with {@code leaders} and {@code medalProposalDate}
     * @return every leader that breaks the layout: fields out of order, an id other than {@code LD-<unit>-01} or not
     *         unique, a unit that is not a district or commune of the dataset valid at the reference date, a name not
     *         of three words, an unknown gender, no post, posts not in order of their first day, a post ending
     *         before it starts, an unknown award or one dated after the proposal date, awards not in date order,
     *         flags that are not booleans, unknown or empty decorations; empty if none
     */
    static List<String> problems(JsonNode dataset) {
        LocalDate proposal = LocalDate.parse(dataset.get("medalProposalDate").asText());
        LocalDate reference = LocalDate.parse(dataset.get("referenceDate").asText());
        Map<String, JsonNode> units = new LinkedHashMap<>();
        dataset.get("units").forEach(unit -> units.put(unit.get("id").asText(), unit));
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode leader : dataset.get("leaders")) {
            String id = leader.path("id").asText();
            List<String> fields = new ArrayList<>(FIELDS);
            if (leader.has("decorations")) {
                fields.add("decorations");
            }
            fields.addAll(List.of("category", "socialEvilHotspot"));
            if (leader.has("cases")) {
                fields.add("cases");
            }
            List<String> actual = new ArrayList<>();
            leader.fieldNames().forEachRemaining(actual::add);
            if (!actual.equals(fields)) {
                problems.add(id + ": fields " + actual);
                continue;
            }
            JsonNode unit = units.get(leader.get("unit").asText());
            if (!ids.add(id) || !id.equals("LD-" + leader.get("unit").asText() + "-01") || unit == null
                    || !Set.of("DISTRICT", "COMMUNE").contains(unit.get("kind").asText())
                    || !CampaignChecks.validOn(unit, reference)) {
                problems.add(id + ": id or unit " + leader.get("unit"));
            }
            if (leader.get("name").asText().split(" ").length < 3
                    || !Set.of("MALE", "FEMALE").contains(leader.get("gender").asText())) {
                problems.add(id + ": name or gender");
            }
            problems.addAll(postProblems(id, leader.get("posts")));
            LocalDate previous = LocalDate.MIN;
            for (JsonNode award : leader.get("awards")) {
                LocalDate date = date(award.get("date"));
                if (!AWARDS.contains(award.path("award").asText()) || date == null || date.isAfter(proposal)
                        || date.isBefore(previous) || award.size() != 2) {
                    problems.add(id + ": award " + award);
                }
                previous = date == null ? previous : date;
            }
            if (!leader.get("category").asText().equals("POLITICAL_SYSTEM_COMMUNE_UP")
                    || leader.has("cases") && !DutyAndServiceChecks.casesProblems(leader.get("cases")).isEmpty()) {
                problems.add(id + ": category or cases");
            }
            for (String flag : List.of("movementAchievement", "seriousIncidents", "prosecuted",
                    "compulsoryEducation", "socialEvilHotspot")) {
                if (!leader.get(flag).isBoolean()) {
                    problems.add(id + ": " + flag);
                }
            }
            if (leader.has("decorations") && (leader.get("decorations").isEmpty()
                    || !DutyAndServiceChecks.DECORATIONS.containsAll(codes(leader.get("decorations"))))) {
                problems.add(id + ": decorations " + leader.get("decorations"));
            }
        }
        return problems;
    }

    private static List<String> postProblems(String id, JsonNode posts) {
        List<String> problems = new ArrayList<>();
        if (posts.isEmpty()) {
            problems.add(id + ": no post");
        }
        LocalDate previous = LocalDate.MIN;
        for (JsonNode post : posts) {
            LocalDate from = date(post.get("from"));
            LocalDate to = post.has("to") ? date(post.get("to")) : LocalDate.MAX;
            if (post.path("title").asText().isBlank() || from == null || to == null || to.isBefore(from)
                    || from.isBefore(previous) || post.size() != (post.has("to") ? 3 : 2)) {
                problems.add(id + ": post " + post);
            }
            previous = from == null ? previous : from;
        }
        return problems;
    }

    /**
     * @param dataset a dataset with {@code leaders}
     * @return the counts of the README: leaders, of districts, women, with overlapping posts, by number of awards
     *         (0, 1, 2, 3), with only the commune chairman's Giấy khen, without achievements, with a serious incident,
     *         prosecuted, in compulsory education, holding the Kỷ niệm chương, holding a Huy chương, with a social-evil
     *         hotspot, with cases not recorded, with a pending case or a discipline
     */
    static Map<String, Long> tally(JsonNode dataset) {
        List<JsonNode> leaders = new ArrayList<>();
        dataset.get("leaders").forEach(leaders::add);
        Map<String, JsonNode> units = new LinkedHashMap<>();
        dataset.get("units").forEach(unit -> units.put(unit.get("id").asText(), unit));
        Map<String, Long> tally = new LinkedHashMap<>();
        tally.put("leaders", (long) leaders.size());
        tally.put("of districts", leaders.stream().filter(l -> units.get(l.get("unit").asText()).get("kind").asText()
                .equals("DISTRICT")).count());
        tally.put("women", leaders.stream().filter(l -> l.get("gender").asText().equals("FEMALE")).count());
        tally.put("overlapping posts", leaders.stream().filter(LeaderChecks::overlapping).count());
        for (int n = 0; n <= 3; n++) {
            int count = n;
            tally.put(n + " awards", leaders.stream().filter(l -> l.get("awards").size() == count).count());
        }
        tally.put("only the commune's Giấy khen", leaders.stream().filter(l -> !l.get("awards").isEmpty()
                && codes(l.get("awards")).stream().allMatch(a -> a.contains("GIAY_KHEN_CHU_TICH_XA"))).count());
        tally.put("no achievement", leaders.stream().filter(l -> !l.get("movementAchievement").asBoolean()).count());
        tally.put("serious incidents", leaders.stream().filter(l -> l.get("seriousIncidents").asBoolean()).count());
        tally.put("prosecuted", leaders.stream().filter(l -> l.get("prosecuted").asBoolean()).count());
        tally.put("compulsory education", leaders.stream().filter(l -> l.get("compulsoryEducation").asBoolean())
                .count());
        tally.put("Kỷ niệm chương held", leaders.stream().filter(l -> codes(l.path("decorations"))
                .contains("KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC")).count());
        tally.put("Huy chương held", leaders.stream().filter(l -> codes(l.path("decorations")).stream()
                .anyMatch(c -> c.startsWith("HUY_CHUONG"))).count());
        tally.put("social-evil hotspot", leaders.stream().filter(l -> l.get("socialEvilHotspot").asBoolean()).count());
        tally.put("cases not recorded", leaders.stream().filter(l -> !l.has("cases")).count());
        tally.put("a case or a discipline", leaders.stream().filter(l -> DutyAndServiceChecks.anyCase(l.path("cases")))
                .count());
        return tally;
    }

    /** @return whether two posts of the leader share a day */
    private static boolean overlapping(JsonNode leader) {
        LocalDate end = LocalDate.MIN;
        for (JsonNode post : leader.get("posts")) {
            LocalDate from = LocalDate.parse(post.get("from").asText());
            if (!from.isAfter(end)) {
                return true;
            }
            LocalDate to = post.has("to") ? LocalDate.parse(post.get("to").asText()) : LocalDate.MAX;
            end = to.isAfter(end) ? to : end;
        }
        return false;
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(node -> codes.add(node.isTextual() ? node.asText() : node.toString()));
        return codes;
    }

    private static LocalDate date(JsonNode node) {
        try {
            return node == null ? null : LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
