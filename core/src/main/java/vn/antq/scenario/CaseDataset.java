package vn.antq.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.antq.dataset.Dataset;
import vn.antq.unit.UnitKind;

/**
 * Builds the {@code antq-dataset/1} document of one case: the file's shared units, then the case's own (a case unit
 * with the id of a shared one replaces it), each unit, team, member and leader completed with the pack's scenario
 * defaults for what it does not give, and the other records as the case writes them. A field written {@code null}
 * (YAML {@code ~}) stays absent: that is how a case says "no data". Ids written as numbers are read as text.
 */
final class CaseDataset {
    /** The fields of a unit in {@code antq-dataset/1}. */
    static final Set<String> UNIT_FIELDS = Set.of("id", "kind", "name", "parent", "type", "managedBy", "validFrom",
            "validTo", "successor", "indicators", "events");
    /** The case keys copied into the dataset as they are (after defaults for teams and leaders). */
    static final List<String> RECORDS = List.of("campaigns", "budgetLines", "history", "securityTeams", "leaders",
            "medalProposalDate");
    private static final Set<String> ID_FIELDS = Set.of("id", "parent", "managedBy", "successor", "unit");
    private static final Set<String> ID_LISTS = Set.of("areas", "expected");

    private final ScenarioDefaults defaults;
    /** By the defaults taken (as one text), who took them, in dataset order. */
    private final Map<String, List<String>> used = new LinkedHashMap<>();

    private CaseDataset(ScenarioDefaults defaults) {
        this.defaults = defaults;
    }

    /**
     * The built dataset and where each of its units came from.
     *
     * @param json         the dataset document
     * @param defaultsUsed one line per set of defaults taken: the units, teams, members or leaders that took it, and
     *                     each default
     * @param unitPaths    by unit id, the pointer of the unit in the scenario file
     */
    record Built(ObjectNode json, List<String> defaultsUsed, Map<String, String> unitPaths) {
    }

    /**
     * @param file        the file's root: its {@code units} are shared by every case, its {@code medalProposalDate}
     *                    is the default of a case that gives none
     * @param caseNode    the case, at {@code casePath}
     * @param casePath    the case's pointer
     * @param title       the dataset title
     * @param year        the assessment year
     * @param referenceDate the reference date as written, or null
     * @param defaults    the pack's scenario defaults
     * @return the dataset
     */
    static Built build(JsonNode file, JsonNode caseNode, String casePath, String title, int year,
                       String referenceDate, ScenarioDefaults defaults) {
        CaseDataset builder = new CaseDataset(defaults);
        ObjectNode json = YamlTree.empty();
        json.put("format", Dataset.FORMAT);
        json.put("title", title);
        json.put("year", year);
        if (referenceDate != null) {
            json.put("referenceDate", referenceDate);
        }
        Map<String, JsonNode> units = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        collect(file.path("units"), "/units", units, paths);
        collect(caseNode.path("units"), casePath + "/units", units, paths);
        ArrayNode out = json.putArray("units");
        units.values().forEach(u -> out.add(builder.unit(u)));
        for (String key : RECORDS) {
            JsonNode value = caseNode.has(key) || !key.equals("medalProposalDate") ? caseNode.get(key) : file.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            JsonNode copy = ids(value.deepCopy());
            if (key.equals("securityTeams") && copy.isArray()) {
                copy.forEach(builder::team);
            } else if (key.equals("leaders") && copy.isArray()) {
                copy.forEach(l -> builder.complete(l, defaults.record("leaders"), "người lãnh đạo / leader"));
            }
            json.set(key, copy);
        }
        return new Built(json, builder.used.entrySet().stream()
                .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey()).toList(), paths);
    }

    private static void collect(JsonNode list, String path, Map<String, JsonNode> units, Map<String, String> paths) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode u = list.get(i);
            // a unit without an id is kept by its place in the file (the dataset reader then reports the missing id)
            String id = u.hasNonNull("id") ? u.get("id").asText() : path + "/" + i;
            units.remove(id);
            units.put(id, u);
            paths.put(id, path + "/" + i);
        }
    }

    private JsonNode unit(JsonNode given) {
        ObjectNode unit = (ObjectNode) ids(given.deepCopy());
        UnitKind kind = kind(unit.path("kind").asText(""));
        if (kind == null) {
            return unit;
        }
        JsonNode byKind = defaults.unit(kind);
        List<String> taken = new ArrayList<>();
        JsonNode indicators = byKind.path("indicators");
        if (indicators.isObject() && indicators.size() > 0) {
            JsonNode mine = unit.get("indicators");
            ObjectNode target = mine instanceof ObjectNode o ? o : unit.putObject("indicators");
            indicators.fields().forEachRemaining(e -> {
                if (!target.has(e.getKey())) {
                    target.set(e.getKey(), e.getValue().deepCopy());
                    taken.add(e.getKey() + "=" + text(e.getValue()));
                }
            });
            dropNulls(target);
        }
        JsonNode events = byKind.get("events");
        if (events != null && !unit.has("events")) {
            unit.set("events", events.deepCopy());
            taken.add("events=" + text(events));
        }
        dropNulls(unit);
        note(unit.path("id").asText("?"), taken);
        return unit;
    }

    private void team(JsonNode team) {
        complete(team, defaults.record("securityTeams"), "Tổ / team");
        team.path("members").forEach(m -> complete(m, defaults.record("members"), "thành viên / member"));
    }

    private void complete(JsonNode record, JsonNode fields, String what) {
        if (!(record instanceof ObjectNode object)) {
            return;
        }
        List<String> taken = new ArrayList<>();
        fields.fields().forEachRemaining(e -> {
            if (!object.has(e.getKey())) {
                object.set(e.getKey(), e.getValue().deepCopy());
                taken.add(e.getKey() + "=" + text(e.getValue()));
            }
        });
        dropNulls(object);
        note(what + " " + object.path("id").asText("?"), taken);
    }

    private void note(String who, List<String> taken) {
        if (!taken.isEmpty()) {
            used.computeIfAbsent(String.join(", ", new TreeSet<>(taken)), k -> new ArrayList<>()).add(who);
        }
    }

    private static void dropNulls(ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            if (it.next().getValue().isNull()) {
                it.remove();
            }
        }
    }

    /** Writes ids given as YAML numbers ({@code parent: 380}) as text, everywhere in the tree. */
    private static JsonNode ids(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if (ID_FIELDS.contains(e.getKey()) && e.getValue().isNumber()) {
                    e.setValue(TextNode.valueOf(e.getValue().asText()));
                } else if (ID_LISTS.contains(e.getKey()) && e.getValue() instanceof ArrayNode list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i).isNumber()) {
                            list.set(i, TextNode.valueOf(list.get(i).asText()));
                        }
                    }
                } else {
                    ids(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode list) {
            list.forEach(CaseDataset::ids);
        }
        return node;
    }

    private static UnitKind kind(String name) {
        try {
            return UnitKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
