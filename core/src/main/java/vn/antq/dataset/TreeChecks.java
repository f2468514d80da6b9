package vn.antq.dataset;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.antq.unit.UnitKind;

/**
 * Checks the relations between units: unique ids; a parent for every unit but a province, naming a unit of
 * the dataset that can contain it; no cycle of parents; {@code managedBy} and {@code successor} naming units
 * of the dataset, a successor other than the unit itself, and no loop of successors. The tree has no fixed
 * depth: a unit's parent only has to be of a higher level (PROVINCE above DISTRICT above COMMUNE above the
 * assessed units), so only a province, a district or a commune can be a parent, and a commune or a khu dân
 * cư may sit directly under a province. Which units exist at the reference date is left to
 * {@link ReferenceDateChecks}.
 */
final class TreeChecks {
    /** What a reference to another unit looks like, as a problem's {@code expected}. */
    static final String UNIT_ID_EXPECTED = "the id of a unit of this dataset";
    /** The kinds of unit that can manage (recognise) another: the administrative levels. */
    private static final Set<UnitKind> MANAGERS = EnumSet.of(UnitKind.COMMUNE, UnitKind.DISTRICT, UnitKind.PROVINCE);

    private TreeChecks() {
    }

    /**
     * @param units    every unit of the dataset, in dataset order
     * @param byId     the units by id ({@link UnitDraft#byId})
     * @param findings where problems go
     */
    static void check(List<UnitDraft> units, Map<String, UnitDraft> byId, Findings findings) {
        checkIds(units, byId, findings);
        for (UnitDraft unit : units) {
            checkParent(unit, byId, findings);
            checkReference(unit, "managedBy", unit.managedById(), byId, findings);
            checkReference(unit, "successor", unit.successorId(), byId, findings);
        }
        checkLoops(byId, findings);
    }

    private static void checkIds(List<UnitDraft> units, Map<String, UnitDraft> byId, Findings findings) {
        for (UnitDraft unit : units) {
            UnitDraft first = unit.id() == null ? unit : byId.get(unit.id());
            if (first != unit) {
                findings.problem(unit.location(), "id", "an id that no other unit has",
                        JsonValues.quote(unit.id()) + " at units[" + unit.index() + "], already used at units["
                                + first.index() + "]");
            }
        }
    }

    /** Reports each cycle of parents and each loop of successors once, at its member that comes first. */
    private static void checkLoops(Map<String, UnitDraft> byId, Findings findings) {
        for (List<UnitDraft> cycle : Loops.find(byId, UnitDraft::parentId)) {
            findings.problem(cycle.get(0).location(), "parent",
                    "a chain of parents that ends at a unit without parent", "a cycle " + Loops.describe(cycle));
        }
        for (List<UnitDraft> loop : Loops.find(byId, UnitDraft::successorId)) {
            // a unit that is its own successor is already reported by checkReference
            if (loop.size() > 1) {
                findings.problem(loop.get(0).location(), "successor",
                        "a chain of successors that ends at a unit without successor",
                        "a loop " + Loops.describe(loop));
            }
        }
    }

    private static void checkParent(UnitDraft unit, Map<String, UnitDraft> byId, Findings findings) {
        String parentId = unit.parentId();
        if (unit.kind() == UnitKind.PROVINCE) {
            if (parentId != null) {
                findings.problem(unit.location(), "parent", "no parent: a PROVINCE is the top of the tree",
                        JsonValues.quote(parentId));
            }
            return;
        }
        if (parentId == null) {
            if (unit.kind() != null) {
                findings.problem(unit.location(), "parent", "the id of the unit that contains this " + unit.kind(),
                        "nothing");
            }
            return;
        }
        UnitDraft parent = byId.get(parentId);
        if (parent == null) {
            findings.problem(unit.location(), "parent", UNIT_ID_EXPECTED, JsonValues.quote(parentId)
                    + ", which no unit has");
        } else if (unit.kind() != null && parent.kind() != null && parent != unit
                && level(parent.kind()) >= level(unit.kind())) {
            findings.problem(unit.location(), "parent", "the id of a unit that can contain a " + unit.kind() + " ("
                            + containersOf(unit.kind()) + ")",
                    JsonValues.quote(parentId) + ", a " + parent.kind());
        }
    }

    private static void checkReference(UnitDraft unit, String field, String id, Map<String, UnitDraft> byId,
                                       Findings findings) {
        if (id == null) {
            return;
        }
        if (!byId.containsKey(id)) {
            findings.problem(unit.location(), field, UNIT_ID_EXPECTED, JsonValues.quote(id) + ", which no unit has");
        } else if (field.equals("managedBy") && !MANAGERS.contains(byId.get(id).kind())) {
            findings.problem(unit.location(), field, "the id of the commune, district or province that recognises it",
                    JsonValues.quote(id) + ", a " + byId.get(id).kind());
        } else if (field.equals("successor") && id.equals(unit.id())) {
            findings.problem(unit.location(), field, "the id of another unit", JsonValues.quote(id) + ", itself");
        }
    }

    private static int level(UnitKind kind) {
        return switch (kind) {
            case PROVINCE -> 0;
            case DISTRICT -> 1;
            case COMMUNE -> 2;
            case RESIDENTIAL_AREA, AGENCY, ENTERPRISE, SCHOOL -> 3;
        };
    }

    private static String containersOf(UnitKind kind) {
        return Arrays.stream(UnitKind.values()).filter(k -> level(k) < level(kind)).map(Enum::name)
                .collect(Collectors.joining(" or "));
    }
}
