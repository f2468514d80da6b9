package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import vn.antq.commendation.PersonCases;

/**
 * Reads the optional {@code cases} object of a leader or a team member: the booleans {@code underDiscipline},
 * {@code pendingDiscipline}, {@code underInvestigation}, {@code pendingInspection}, {@code pendingComplaint} and
 * {@code pressCorruption}. An absent object or flag is not known (never "no case"); a value that is not an
 * object or not a boolean is a problem naming the person and the field (e.g. {@code cases.pendingComplaint}).
 */
final class CasesParser {
    /** The field holding the cases. */
    static final String FIELD = "cases";

    private static final Set<String> FIELDS = Set.of("underDiscipline", "pendingDiscipline", "underInvestigation",
            "pendingInspection", "pendingComplaint", "pressCorruption");

    private CasesParser() {
    }

    /**
     * @param person the leader's or member's fields
     * @return the cases read; {@link PersonCases#NONE} when absent or not an object (a problem is then recorded)
     */
    static PersonCases parse(FieldReader person) {
        JsonNode node = person.value(FIELD);
        if (node == null) {
            return PersonCases.NONE;
        }
        if (!node.isObject()) {
            person.problem(FIELD, "an object of booleans such as {\"pendingDiscipline\": false}",
                    JsonValues.describe(node));
            return PersonCases.NONE;
        }
        FieldReader fields = person.nested(Map.entry(FIELD, node));
        PersonCases cases = new PersonCases(fields.flag("underDiscipline"), fields.flag("pendingDiscipline"),
                fields.flag("underInvestigation"), fields.flag("pendingInspection"), fields.flag("pendingComplaint"),
                fields.flag("pressCorruption"));
        fields.warnUnknownFields(FIELDS, "antq-dataset/1 cases");
        return cases;
    }
}
