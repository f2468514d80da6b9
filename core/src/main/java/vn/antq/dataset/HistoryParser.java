package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;

/**
 * Reads the top-level {@code history} array into drafts, recording a problem for every field that is missing
 * or has the wrong shape: {@code unit} (text), {@code year} (a whole number) and {@code standard} (a
 * {@link StandardStatus} name) are required; {@code movement} (a {@link MovementLevel} name) is optional.
 * That the unit exists, the year lies before the dataset's year and each unit has at most one entry per year
 * is left to {@link HistoryChecks}.
 */
final class HistoryParser {
    private static final Set<String> ENTRY_FIELDS = Set.of("unit", "year", "standard", "movement");

    private HistoryParser() {
    }

    /**
     * @param dataset  the top-level fields
     * @param findings where problems and warnings go
     * @return a draft for every element of {@code history} that is an object, in dataset order; empty when
     *         the field is absent
     */
    static List<HistoryDraft> parseAll(FieldReader dataset, Findings findings) {
        JsonNode entries = dataset.value(HistoryDraft.FIELD);
        if (entries == null) {
            return List.of();
        }
        if (!entries.isArray()) {
            dataset.problem(HistoryDraft.FIELD, "an array of results of earlier years",
                    JsonValues.describe(entries));
            return List.of();
        }
        List<HistoryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (entry.isObject()) {
                drafts.add(parse(i, entry, findings));
            } else {
                findings.problem(HistoryDraft.field(i), HistoryDraft.field(i),
                        "an object with unit, year and standard", JsonValues.describe(entry));
            }
        }
        return drafts;
    }

    private static HistoryDraft parse(int index, JsonNode entry, Findings findings) {
        JsonNode unitNode = entry.get("unit");
        String location = HistoryDraft.location(index, unitNode != null && unitNode.isTextual()
                ? unitNode.textValue() : null);
        FieldReader fields = new FieldReader(entry, location, HistoryDraft.field(index) + ".", findings);
        String unit = fields.text("unit", true, TreeChecks.UNIT_ID_EXPECTED);
        Integer year = year(fields);
        StandardStatus standard = fields.oneOf("standard", true, StandardStatus.class);
        MovementLevel movement = fields.oneOf("movement", false, MovementLevel.class);
        fields.warnUnknownFields(ENTRY_FIELDS, "antq-dataset/1 history entry");
        return new HistoryDraft(index, unit, year, standard, movement);
    }

    /** @return the year, or null when missing or not a whole number (a problem is then recorded) */
    private static Integer year(FieldReader fields) {
        Long year = JsonValues.wholeNumber(fields.value("year"), Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (year == null) {
            fields.problem("year", HistoryChecks.YEAR_EXPECTED, fields.describe("year"));
            return null;
        }
        return year.intValue();
    }
}
