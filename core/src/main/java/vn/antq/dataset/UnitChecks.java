package vn.antq.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * Checks one unit on its own: a well-formed id, a name that is not blank, a type allowed for the kind,
 * a validity interval that does not end before it starts, a last valid day when a successor is named, and
 * its indicators ({@link IndicatorChecks}).
 */
final class UnitChecks {
    /** What a valid name looks like, as a problem's {@code expected}. */
    static final String NAME_EXPECTED = "a name (text, not blank)";

    private UnitChecks() {
    }

    /**
     * @param unit     the unit
     * @param findings where problems and warnings go
     * @param declared the indicators the rule pack declares beside the national catalogue, by name
     */
    static void check(UnitDraft unit, Findings findings, Map<String, DeclaredIndicator> declared) {
        String location = unit.location();
        if (unit.id() != null && !UnitDraft.isWellFormedId(unit.id())) {
            findings.problem(location, "id", UnitDraft.ID_EXPECTED, JsonValues.quote(unit.id()));
        }
        if (unit.name() != null && unit.name().isBlank()) {
            findings.problem(location, "name", NAME_EXPECTED, JsonValues.quote(unit.name()));
        }
        int forbidden = unit.name() == null ? -1 : ForbiddenCharacters.firstIn(unit.name());
        if (forbidden >= 0) {
            findings.problem(location, "name", JsonValues.PLAIN_TEXT_EXPECTED, JsonValues.forbidden(unit.name(), forbidden));
        }
        if (unit.type() != null && unit.kind() != null && unit.type().kind() != unit.kind()) {
            findings.problem(location, "type", typesOf(unit.kind()), unit.type().name());
        }
        if (unit.validFrom() != null && unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
            findings.problem(location, "validTo", "a date on or after validFrom (" + unit.validFrom() + ")",
                    unit.validTo().toString());
        }
        if (unit.successorId() != null && unit.validTo() == null) {
            findings.problem(location, "validTo", "validTo when a successor is named",
                    "nothing (successor " + JsonValues.quote(unit.successorId()) + ")");
        }
        IndicatorChecks.check(unit, findings, declared);
    }

    private static String typesOf(UnitKind kind) {
        List<String> types = Arrays.stream(UnitType.values()).filter(t -> t.kind() == kind).map(Enum::name).toList();
        return types.isEmpty()
                ? "no type for a " + kind
                : "for a " + kind + ", one of " + String.join(", ", types);
    }
}
