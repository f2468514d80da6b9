package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.antq.indicator.DeclaredIndicator;
import java.util.Set;
import vn.antq.event.Event;
import vn.antq.indicator.Indicators;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * Reads the {@code units} array into drafts, recording a problem for every field that is missing or has
 * the wrong shape. Relations between units and between fields are left to {@link DatasetValidator}.
 */
final class UnitParser {
    private static final String FIELD = "units";
    private static final Set<String> UNIT_FIELDS = Set.of("id", "kind", "type", "name", "parent", "managedBy",
            "validFrom", "validTo", "successor", "indicators", "events");

    private UnitParser() {
    }

    /**
     * @param dataset  the top-level fields
     * @param findings where problems and warnings go
     * @param declared the indicators the rule pack declares beside the national catalogue, by name
     * @return a draft for every element of {@code units} that is an object, in dataset order
     */
    static List<UnitDraft> parseAll(FieldReader dataset, Findings findings, Map<String, DeclaredIndicator> declared) {
        JsonNode units = dataset.value(FIELD);
        if (units == null || !units.isArray()) {
            dataset.problem(FIELD, "an array of units", dataset.describe(FIELD));
            return List.of();
        }
        if (units.isEmpty()) {
            dataset.problem(FIELD, DatasetValidator.UNITS_EXPECTED, "an empty list: nothing to evaluate");
        }
        List<UnitDraft> drafts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            JsonNode unit = units.get(i);
            if (unit.isObject()) {
                drafts.add(parse(i, unit, findings, declared));
            } else {
                findings.problem("units[" + i + "]", "unit", "an object with id, kind and name",
                        JsonValues.describe(unit));
            }
        }
        return drafts;
    }

    private static UnitDraft parse(int index, JsonNode unit, Findings findings,
                                   Map<String, DeclaredIndicator> declared) {
        JsonNode idNode = unit.get("id");
        String location = UnitDraft.location(index, idNode != null && idNode.isTextual() ? idNode.textValue() : null);
        FieldReader fields = new FieldReader(unit, location, "", findings);
        String id = fields.text("id", true, UnitDraft.ID_EXPECTED);
        UnitKind kind = fields.oneOf("kind", true, UnitKind.class);
        UnitType type = fields.oneOf("type", false, UnitType.class);
        String name = fields.text("name", true, UnitChecks.NAME_EXPECTED);
        String parent = fields.text("parent", false, TreeChecks.UNIT_ID_EXPECTED);
        String managedBy = fields.text("managedBy", false, TreeChecks.UNIT_ID_EXPECTED);
        String successor = fields.text("successor", false, TreeChecks.UNIT_ID_EXPECTED);
        LocalDate validFrom = fields.date("validFrom", false);
        LocalDate validTo = fields.date("validTo", false);
        Indicators indicators = IndicatorParser.parse(fields, declared);
        List<Event> events = EventParser.parse(fields, findings);
        fields.warnUnknownFields(UNIT_FIELDS, "antq-dataset/1 unit");
        return new UnitDraft(index, id, kind, type, name, parent, managedBy, validFrom, validTo, successor,
                indicators, events);
    }
}
