package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.commendation.Award;
import vn.antq.commendation.AwardReceived;
import vn.antq.commendation.Decoration;
import vn.antq.commendation.Leader;
import vn.antq.commendation.LeaderCategory;
import vn.antq.commendation.PersonCases;
import vn.antq.commendation.Post;

/**
 * Reads and checks the top-level {@code leaders} array (people considered for the Kỷ niệm chương): a leader's
 * {@code id} (well-formed, unique among the leaders) and {@code name} (not blank) are required; {@code gender},
 * {@code unit} (a unit of the dataset), {@code posts} (title, from, optional to on or after from),
 * {@code awards} (award code, date), {@code movementAchievement}, {@code seriousIncidents}, {@code prosecuted},
 * {@code compulsoryEducation} (booleans), {@code decorations} (codes), {@code category} (a {@link LeaderCategory}
 * code), {@code socialEvilHotspot} (boolean) and {@code cases} ({@link CasesParser}) are optional. Problems name
 * the leader id, or {@code leaders[i]}.
 */
final class LeaderParser {
    /** The top-level field holding the leaders. */
    static final String FIELD = "leaders";

    private static final Set<String> FIELDS = Set.of("id", "name", "gender", "unit", "posts", "awards",
            "movementAchievement", "seriousIncidents", "prosecuted", "compulsoryEducation", "decorations", "category",
            "socialEvilHotspot", CasesParser.FIELD);
    private static final Set<String> POST_FIELDS = Set.of("title", "from", "to");
    private static final Set<String> AWARD_FIELDS = Set.of("award", "date");

    /** The codes of {@code gender}. */
    private enum Gender {
        MALE, FEMALE
    }

    private LeaderParser() {
    }

    /**
     * @param dataset  the top-level fields
     * @param unitIds  the ids of the dataset's units
     * @param findings where problems and warnings go
     * @return the leaders that could be read whole, in dataset order; empty when the field is absent
     */
    static List<Leader> parseAll(FieldReader dataset, Set<String> unitIds, Findings findings) {
        JsonNode leaders = dataset.value(FIELD);
        if (leaders == null) {
            return List.of();
        }
        if (!leaders.isArray()) {
            dataset.problem(FIELD, "an array of leaders", JsonValues.describe(leaders));
            return List.of();
        }
        List<Leader> parsed = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < leaders.size(); i++) {
            JsonNode leader = leaders.get(i);
            String field = FIELD + "[" + i + "]";
            if (!leader.isObject()) {
                findings.problem(field, "leader", "an object with id and name", JsonValues.describe(leader));
                continue;
            }
            Leader read = parse(field, i, leader, unitIds, ids, findings);
            if (read != null) {
                parsed.add(read);
            }
        }
        return parsed;
    }

    private static Leader parse(String field, int index, JsonNode leader, Set<String> unitIds,
                                Map<String, Integer> ids, Findings findings) {
        JsonNode idNode = leader.get("id");
        String given = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
        FieldReader fields = new FieldReader(leader, UnitDraft.isWellFormedId(given) ? given : field, "", findings);
        int before = findings.problemCount();
        String id = fields.text("id", true, UnitDraft.ID_EXPECTED);
        if (id != null && !UnitDraft.isWellFormedId(id)) {
            fields.problem("id", UnitDraft.ID_EXPECTED, JsonValues.quote(id));
        }
        Integer first = id == null ? null : ids.putIfAbsent(id, index);
        if (first != null) {
            fields.problem("id", "an id that no other leader has",
                    JsonValues.quote(id) + " at " + field + ", already used at " + FIELD + "[" + first + "]");
        }
        String name = fields.text("name", true, UnitChecks.NAME_EXPECTED);
        if (name != null && name.isBlank()) {
            fields.problem("name", UnitChecks.NAME_EXPECTED, JsonValues.quote(name));
        }
        Gender gender = fields.oneOf("gender", false, Gender.class);
        String unit = fields.text("unit", false, "the id of a unit of this dataset");
        if (unit != null && !unitIds.contains(unit)) {
            fields.problem("unit", "the id of a unit of this dataset", JsonValues.quote(unit) + ", which no unit has");
        }
        List<Post> posts = posts(fields);
        List<AwardReceived> awards = awards(fields);
        Boolean achievement = fields.flag("movementAchievement");
        Boolean incidents = fields.flag("seriousIncidents");
        Boolean prosecuted = fields.flag("prosecuted");
        Boolean compulsory = fields.flag("compulsoryEducation");
        List<Decoration> decorations = fields.codes("decorations", Decoration.class);
        LeaderCategory category = fields.oneOf("category", false, LeaderCategory.class);
        Boolean hotspot = fields.flag("socialEvilHotspot");
        PersonCases cases = CasesParser.parse(fields);
        fields.warnUnknownFields(FIELDS, "antq-dataset/1 leader");
        if (findings.problemCount() > before) {
            return null;
        }
        return new Leader(id, name, gender == null ? null : gender == Gender.FEMALE, unit, posts, awards,
                achievement, incidents, prosecuted, compulsory, decorations, category, hotspot, cases);
    }

    private static List<Post> posts(FieldReader leader) {
        List<Post> posts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : leader.objects("posts")) {
            FieldReader fields = leader.nested(element);
            String title = fields.text("title", true, "the post, as text");
            LocalDate from = fields.date("from", true);
            LocalDate to = fields.date("to", false);
            fields.warnUnknownFields(POST_FIELDS, "antq-dataset/1 post");
            if (from != null && to != null && to.isBefore(from)) {
                fields.problem("to", "a day on or after from " + from, to.toString());
            } else if (title != null && from != null) {
                posts.add(new Post(title, from, to));
            }
        }
        return posts;
    }

    private static List<AwardReceived> awards(FieldReader leader) {
        List<AwardReceived> awards = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : leader.objects("awards")) {
            FieldReader fields = leader.nested(element);
            Award award = fields.oneOf("award", true, Award.class);
            LocalDate date = fields.date("date", true);
            fields.warnUnknownFields(AWARD_FIELDS, "antq-dataset/1 award");
            if (award != null && date != null) {
                awards.add(new AwardReceived(award, date));
            }
        }
        return awards;
    }
}
