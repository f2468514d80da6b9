package vn.antq.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.unit.UnitKind;

/**
 * Groups the units of a report by locality: each unit under its nearest DISTRICT ancestor (or itself
 * when it is a district), and a unit with no district ancestor under the root of its parent chain,
 * normally the province. Found through parent ids alone.
 */
final class Localities {
    private final List<UnitAssessment> units;
    private final Map<String, UnitAssessment> byId = new HashMap<>();
    private final Map<String, UnitAssessment> localityOf = new HashMap<>();

    /** @param units the report's units */
    Localities(List<UnitAssessment> units) {
        this.units = units;
        for (UnitAssessment u : units) {
            byId.put(u.id(), u);
        }
        for (UnitAssessment u : units) {
            localityOf.put(u.id(), find(u));
        }
    }

    /** @param unit a unit of the report @return the district (or root) it belongs to */
    UnitAssessment of(UnitAssessment unit) {
        return localityOf.get(unit.id());
    }

    /**
     * @return every locality with its members, localities in the order they appear in the report,
     *     members in report order
     */
    Map<UnitAssessment, List<UnitAssessment>> group() {
        Map<String, List<UnitAssessment>> members = new HashMap<>();
        for (UnitAssessment u : units) {
            members.computeIfAbsent(of(u).id(), k -> new ArrayList<>()).add(u);
        }
        Map<UnitAssessment, List<UnitAssessment>> result = new LinkedHashMap<>();
        for (UnitAssessment u : units) {
            if (members.containsKey(u.id())) {
                result.put(u, members.get(u.id()));
            }
        }
        return result;
    }

    private UnitAssessment find(UnitAssessment unit) {
        UnitAssessment current = unit;
        for (int steps = 0; steps <= byId.size(); steps++) {
            if (current.kind() == UnitKind.DISTRICT) {
                return current;
            }
            UnitAssessment parent = current.parentId() == null ? null : byId.get(current.parentId());
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }
}
