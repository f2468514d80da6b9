package vn.antq.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.dataset.Dataset;
import vn.antq.event.Event;
import vn.antq.event.EventType;
import vn.antq.indicator.IndicatorValue;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * A plain-Java oracle for the national pack, written from domain.md §2–§4 and contract.md §1 without looking at
 * the rule vocabulary ({@code vn.antq.rules.Check}): thresholds are the legal values written here, not read from
 * the parameter files, and the three-valued logic is its own ({@link Tri}).
 *
 * <p>Where domain.md leaves a choice open, the oracle takes the reading the pack documents: an absent
 * {@code hasPartyOrganization} means there is one; a share whose whole is 0 does not apply, but an absent part
 * or whole is unknown; parent coordination is unknown while the school's level is; a unit whose scope (armed
 * forces, size, level) is unknown gets an UNKNOWN scope criterion (ANTT-PV-*), is judged on the rest and counts
 * in its commune's ANTT-XA-4 pool as a member that may leave it (it might be excluded); a security force rated NONE
 * makes ANTT-CQDN-4 (the pack's default reading cqdn.securityForce.absentReading) / ANTT-CSGD-5 not applicable; a commune managing no unit has ANTT-XA-4 not applicable;
 * excluded units get no movement level. A commune's territory-wide event criteria are decided by a known
 * disqualifying event anywhere on the territory, and are otherwise unknown while a unit on it has no events array.
 */
final class ReferenceStandard {

    /** What the oracle concludes for every unit of a dataset, by unit id. */
    record Result(Map<String, StandardStatus> status, Map<String, Map<String, Verdict>> criteria,
                  Map<String, MovementLevel> movement) {
    }

    /** Three-valued truth plus "does not apply", with Kleene's conjunction. */
    enum Tri {
        YES, NO, UNKNOWN, NOT_APPLICABLE;

        static Tri of(Boolean b) {
            return b == null ? UNKNOWN : b ? YES : NO;
        }

        Tri and(Tri o) {
            if (this == NO || o == NO) {
                return NO;
            }
            if (this == UNKNOWN || o == UNKNOWN) {
                return UNKNOWN;
            }
            return this == YES || o == YES ? YES : NOT_APPLICABLE;
        }

        /** Kleene's disjunction over YES/NO/UNKNOWN. */
        Tri or(Tri o) {
            if (this == YES || o == YES) {
                return YES;
            }
            return this == UNKNOWN || o == UNKNOWN ? UNKNOWN : NO;
        }

        Verdict verdict() {
            return switch (this) {
                case YES -> Verdict.MET;
                case NO -> Verdict.NOT_MET;
                case UNKNOWN -> Verdict.UNKNOWN;
                case NOT_APPLICABLE -> Verdict.NOT_APPLICABLE;
            };
        }
    }

    // Điều 4 khoản 3 a–g; Điều 6 khoản 3; Điều 7 khoản 3–4 (contract.md event types)
    private static final Set<EventType> SECURITY = EnumSet.of(EventType.ANTI_STATE_ACTIVITY,
            EventType.SABOTAGE_KEY_TARGET, EventType.ILLEGAL_RELIGION_PROPAGANDA,
            EventType.EXPLOITING_RELIGION_ETHNICITY, EventType.SEPARATISM, EventType.PROLONGED_INTERNAL_DISPUTE,
            EventType.INCITING_MASS_COMPLAINTS);
    private static final Set<EventType> ACCIDENTS = EnumSet.of(EventType.SERIOUS_FIRE_EXPLOSION,
            EventType.FATAL_LABOUR_ACCIDENT, EventType.SERIOUS_INCIDENT);
    private static final Set<EventType> ORG_ACCIDENTS = EnumSet.of(EventType.SERIOUS_FIRE_EXPLOSION,
            EventType.FATAL_LABOUR_ACCIDENT, EventType.SERIOUS_INCIDENT, EventType.SERIOUS_ENVIRONMENT_FOOD_VIOLATION);
    private static final Set<EventType> SCHOOL_FORBIDDEN = EnumSet.of(EventType.ILLEGAL_RELIGION_PROPAGANDA,
            EventType.EXPLOITING_RELIGION_ETHNICITY, EventType.INCITING_MASS_COMPLAINTS,
            EventType.STATE_SECRET_VIOLATION);
    private static final Set<EventType> ORG_FORBIDDEN = EnumSet.of(EventType.ILLEGAL_RELIGION_PROPAGANDA,
            EventType.EXPLOITING_RELIGION_ETHNICITY, EventType.INCITING_MASS_COMPLAINTS, EventType.ILLEGAL_STRIKE,
            EventType.STATE_SECRET_VIOLATION, EventType.STAFF_SANCTIONED);
    private static final Set<EventType> SCHOOL_VIOLENCE = EnumSet.of(EventType.SCHOOL_VIOLENCE,
            EventType.PERSON_DISCIPLINED_CRIME_OR_EVIL);

    private static final List<String> TEAM_OK = List.of("EXCELLENT", "GOOD", "COMPLETED");
    private static final List<String> FORCE_OK = List.of("ADVANCED_COLLECTIVE", "GOOD", "EXCELLENT");
    private static final List<String> GENERAL_EDUCATION = List.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
            "MULTI_LEVEL_GENERAL");

    private Dataset dataset;
    private Map<String, Unit> byId;
    private final Map<String, List<Unit>> onTerritoryOf = new HashMap<>();
    private final Map<String, List<Unit>> managedBy = new HashMap<>();

    private ReferenceStandard() {
    }

    static Result evaluate(Dataset dataset) {
        return new ReferenceStandard().run(dataset);
    }

    private Result run(Dataset d) {
        this.dataset = d;
        this.byId = new LinkedHashMap<>();
        d.units().forEach(u -> byId.put(u.id(), u));
        for (Unit u : d.units()) {
            if (exists(u)) {
                String commune = communeOf(u);
                if (commune != null) {
                    onTerritoryOf.computeIfAbsent(commune, k -> new ArrayList<>()).add(u);
                }
                managedBy.computeIfAbsent(u.managedById() != null ? u.managedById() : String.valueOf(u.parentId()),
                        k -> new ArrayList<>()).add(u);
            }
        }
        Map<String, StandardStatus> status = new LinkedHashMap<>();
        Map<String, Map<String, Verdict>> criteria = new LinkedHashMap<>();
        Map<String, MovementLevel> movement = new LinkedHashMap<>();
        List<Unit> communes = new ArrayList<>();
        for (Unit u : d.units()) {
            movement.put(u.id(), movement(u));
            if (u.kind() == UnitKind.COMMUNE && exists(u)) {
                communes.add(u);
                continue;
            }
            Map<String, Tri> c = exists(u) && !excluded(u) ? criteriaOf(u) : Map.of();
            criteria.put(u.id(), verdicts(c));
            status.put(u.id(), c.isEmpty() ? StandardStatus.NOT_APPLICABLE : statusOf(c));
        }
        for (Unit commune : communes) {
            Map<String, Tri> c = communeCriteria(commune, status);
            criteria.put(commune.id(), verdicts(c));
            status.put(commune.id(), statusOf(c));
        }
        return new Result(status, criteria, movement);
    }

    // ---- scope (Điều 1) -------------------------------------------------------------------------------------

    private boolean exists(Unit u) {
        LocalDate ref = dataset.referenceDate();
        return (u.validFrom() == null || !ref.isBefore(u.validFrom()))
                && (u.validTo() == null || !ref.isAfter(u.validTo()));
    }

    private static boolean excluded(Unit u) {
        return switch (u.kind()) {
            case AGENCY -> Boolean.TRUE.equals(flag(u, "armedForces"));
            case ENTERPRISE -> code(u, "size") != null && List.of("MICRO", "SMALL").contains(code(u, "size"));
            case SCHOOL -> code(u, "level") != null
                    && List.of("NURSERY", "KINDERGARTEN", "PRIMARY").contains(code(u, "level"));
            default -> false;
        };
    }

    private static boolean judged(Unit u) {
        return u.kind() == UnitKind.RESIDENTIAL_AREA || u.kind() == UnitKind.AGENCY || u.kind() == UnitKind.ENTERPRISE
                || u.kind() == UnitKind.SCHOOL;
    }

    // ---- criteria ------------------------------------------------------------------------------------------

    private Map<String, Tri> criteriaOf(Unit u) {
        Map<String, Tri> c = new LinkedHashMap<>();
        switch (u.kind()) {
            case RESIDENTIAL_AREA -> residentialArea(u, c);
            case AGENCY, ENTERPRISE -> agencyOrEnterprise(u, c);
            case SCHOOL -> school(u, c);
            default -> {
                // provinces and districts are not judged
            }
        }
        return c;
    }

    private void residentialArea(Unit u, Map<String, Tri> c) {
        List<Event> ev = eventsInWindow(u, windowOf(u));
        c.put("ANTT-KDC-1", isTrue(u, "partyResolutionQ1").and(isTrue(u, "registeredForStandard"))
                .and(share(u, "householdsRegistered", "householdsResident", 100)));
        c.put("ANTT-KDC-2", isTrue(u, "policiesImplemented"));
        c.put("ANTT-KDC-3", noneOf(ev, SECURITY, false, false));
        c.put("ANTT-KDC-4a", restrained(u));
        c.put("ANTT-KDC-4b", noneOf(ev, EnumSet.of(EventType.SERIOUS_CRIME), true, true));
        c.put("ANTT-KDC-4c", socialOrder(u));
        c.put("ANTT-KDC-4d", noneOf(ev, ACCIDENTS, true, false));
        c.put("ANTT-KDC-5", oneOf(u, "securityTeamRating", TEAM_OK).and(zero(u, "securityTeamDisciplined")));
    }

    private void agencyOrEnterprise(Unit u, Map<String, Tri> c) {
        List<Event> ev = eventsInWindow(u, windowOf(u));
        scopeUnknown(u, c);
        c.put("ANTT-CQDN-1", preparation(u));
        c.put("ANTT-CQDN-2", isTrue(u, "policiesImplemented"));
        c.put("ANTT-CQDN-3", noneOf(ev, ORG_FORBIDDEN, false, false)
                .and(noneOf(ev, EnumSet.of(EventType.SERIOUS_CRIME), true, true))
                .and(noneOf(ev, ORG_ACCIDENTS, true, false)));
        c.put("ANTT-CQDN-4", securityForce(u));
        c.put("ANTT-CQDN-5", share(u, "subUnitsAdvanced", "subUnitsTotal", 70).and(zero(u, "subUnitsDisciplined")));
    }

    private void school(Unit u, Map<String, Tri> c) {
        List<Event> ev = eventsInWindow(u, windowOf(u));
        scopeUnknown(u, c);
        c.put("ANTT-CSGD-1", preparation(u));
        String level = code(u, "level");
        Tri parents = level == null ? Tri.UNKNOWN
                : GENERAL_EDUCATION.contains(level) ? isTrue(u, "parentCoordination") : Tri.NOT_APPLICABLE;
        c.put("ANTT-CSGD-2", isTrue(u, "policiesImplemented").and(parents));
        c.put("ANTT-CSGD-3", noneOf(ev, SCHOOL_FORBIDDEN, false, false)
                .and(noneOf(ev, EnumSet.of(EventType.SERIOUS_CRIME), true, true))
                .and(noneOf(ev, ORG_ACCIDENTS, true, false)));
        c.put("ANTT-CSGD-4", noneOf(ev, SCHOOL_VIOLENCE, false, false));
        c.put("ANTT-CSGD-5", securityForce(u));
        c.put("ANTT-CSGD-6", share(u, "subUnitsAdvanced", "subUnitsTotal", 70).and(zero(u, "subUnitsDisciplined")));
    }

    private static void scopeUnknown(Unit u, Map<String, Tri> c) {
        switch (u.kind()) {
            case AGENCY -> {
                if (flag(u, "armedForces") == null) {
                    c.put("ANTT-PV-CQ", Tri.UNKNOWN);
                }
            }
            case ENTERPRISE -> {
                if (code(u, "size") == null) {
                    c.put("ANTT-PV-DN", Tri.UNKNOWN);
                }
            }
            default -> {
                if (code(u, "level") == null) {
                    c.put("ANTT-PV-CSGD", Tri.UNKNOWN);
                }
            }
        }
    }

    /** Điều 6 / Điều 7 khoản 1. */
    private static Tri preparation(Unit u) {
        Tri resolution = Boolean.FALSE.equals(flag(u, "hasPartyOrganization")) ? Tri.NOT_APPLICABLE
                : isTrue(u, "partyResolutionQ1");
        return resolution.and(isTrue(u, "planQ1")).and(isTrue(u, "registeredForStandard"))
                .and(isTrue(u, "internalRules")).and(share(u, "staffBriefed", "staffTotal", 100))
                .and(atLeastOne(u, "effectiveModels"));
    }

    private static Tri securityForce(Unit u) {
        if ("NONE".equals(code(u, "securityForceRating"))) {
            return Tri.NOT_APPLICABLE;
        }
        return oneOf(u, "securityForceRating", FORCE_OK).and(zero(u, "securityForceDisciplined"));
    }

    private static Tri restrained(Unit u) {
        Tri t = Tri.NOT_APPLICABLE;
        for (String name : List.of("crimeCount", "socialEvilCount", "otherViolationCount")) {
            Long now = count(u, name);
            Long before = count(u, name + "Previous");
            t = t.and(now == null || before == null ? Tri.UNKNOWN : Tri.of(now <= before)); // equal holds [P]
        }
        return t;
    }

    private static Tri socialOrder(Unit u) {
        return zero(u, "newSocialOrderHotspots").and(zero(u, "newSocialEvilPersons"))
                .and(isTrue(u, "supervisedPersonsManaged"));
    }

    /** Điều 5, with ANTT-XA-4 over the standings of the units the commune manages. */
    private Map<String, Tri> communeCriteria(Unit commune, Map<String, StandardStatus> status) {
        Map<String, Tri> c = new LinkedHashMap<>();
        List<Event> own = eventsInWindow(commune, windowOf(commune));
        c.put("ANTT-XA-1", isTrue(commune, "partyResolutionQ1").and(isTrue(commune, "peoplesCommitteePlanQ1"))
                .and(isTrue(commune, "registeredForStandard")).and(atLeastOne(commune, "effectiveModels")));
        c.put("ANTT-XA-2.2", isTrue(commune, "policiesImplemented"));
        List<List<Event>> territory = new ArrayList<>();
        for (Unit u : onTerritoryOf.getOrDefault(commune.id(), List.of())) {
            territory.add(u == commune ? own : eventsInWindow(u, windowOf(commune)));
        }
        c.put("ANTT-XA-2.3", onTerritory(territory, SECURITY, false, false));
        c.put("ANTT-XA-2.4a", restrained(commune));
        c.put("ANTT-XA-2.4b", onTerritory(territory, EnumSet.of(EventType.SERIOUS_CRIME), true, true));
        c.put("ANTT-XA-2.4c", socialOrder(commune));
        c.put("ANTT-XA-2.4d", onTerritory(territory, ACCIDENTS, true, false));
        c.put("ANTT-XA-3", isTrue(commune, "policeProactive").and(zero(commune, "policeDisciplined")));
        c.put("ANTT-XA-4", managedUnits(commune, status));
        return c;
    }

    private Tri managedUnits(Unit commune, Map<String, StandardStatus> status) {
        Share registered = new Share();
        Share achieved = new Share();
        for (Unit u : managedBy.getOrDefault(commune.id(), List.of())) {
            if (!judged(u) || status.get(u.id()) == StandardStatus.NOT_APPLICABLE) {
                continue;
            }
            boolean certain = !scopeUndecided(u);
            Boolean reg = flag(u, "registeredForStandard");
            registered.count(reg == null ? Tri.UNKNOWN : reg ? Tri.YES : Tri.NO, certain);
            StandardStatus st = status.get(u.id());
            achieved.count(st == StandardStatus.ACHIEVED ? Tri.YES
                    : st == StandardStatus.NOT_ACHIEVED ? Tri.NO : Tri.UNKNOWN, certain);
        }
        if (registered.members.isEmpty()) {
            return Tri.NOT_APPLICABLE;
        }
        return registered.atLeast(100).and(achieved.atLeast(70));
    }

    private static boolean scopeUndecided(Unit u) {
        return switch (u.kind()) {
            case AGENCY -> flag(u, "armedForces") == null;
            case ENTERPRISE -> code(u, "size") == null;
            case SCHOOL -> code(u, "level") == null;
            default -> false;
        };
    }

    /**
     * A share over units whose outcome may be unknown and whose membership may be uncertain (scope unknown).
     * The lowest share possible takes every unknown outcome as a failure, keeps every uncertain member that
     * fails or may fail and drops every uncertain member that succeeds; the highest does the opposite.
     * YES when even the lowest reaches the percentage, NO when not even the highest does.
     */
    private static final class Share {
        private final List<Tri> outcomes = new ArrayList<>();
        private final List<Boolean> members = new ArrayList<>();

        void count(Tri outcome, boolean certainMember) {
            outcomes.add(outcome);
            members.add(certainMember);
        }

        Tri atLeast(int percent) {
            long lowYes = 0;
            long lowTotal = 0;
            long highYes = 0;
            long highTotal = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                Tri o = outcomes.get(i);
                boolean certain = members.get(i);
                if (certain || o != Tri.YES) {
                    lowTotal++;
                    lowYes += o == Tri.YES ? 1 : 0;
                }
                if (certain || o != Tri.NO) {
                    highTotal++;
                    highYes += o != Tri.NO ? 1 : 0;
                }
            }
            if (reaches(lowYes, lowTotal, percent)) {
                return Tri.YES;
            }
            return reaches(highYes, highTotal, percent) ? Tri.UNKNOWN : Tri.NO;
        }

        private static boolean reaches(long yes, long total, int percent) {
            return total == 0 || 100L * yes >= (long) percent * total;
        }
    }

    private String communeOf(Unit u) {
        Unit current = u;
        for (int i = 0; current != null && i <= byId.size(); i++) {
            if (current.kind() == UnitKind.COMMUNE) {
                return current.id();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    // ---- events ---------------------------------------------------------------------------------------------

    private static LocalDate[] windowOf(Unit u) {
        int y = Fixture.YEAR;
        return u.kind() == UnitKind.RESIDENTIAL_AREA
                ? new LocalDate[] {LocalDate.of(y - 1, 11, 1), LocalDate.of(y, 10, 31)}
                : new LocalDate[] {LocalDate.of(y - 1, 11, 16), LocalDate.of(y, 11, 15)};
    }

    /** @return the unit's events inside the window, or null when it reported no events array */
    private static List<Event> eventsInWindow(Unit u, LocalDate[] window) {
        if (u.events() == null) {
            return null;
        }
        return u.events().stream().filter(e -> !e.date().isBefore(window[0]) && !e.date().isAfter(window[1])).toList();
    }

    private static Tri noneOf(List<Event> events, Set<EventType> types, boolean forceMajeureExcuses,
                              boolean handlingExcuses) {
        if (events == null) {
            return Tri.UNKNOWN;
        }
        Tri t = Tri.YES;
        for (Event e : events) {
            if (types.contains(e.type())) {
                Tri excused = Tri.NO;
                if (forceMajeureExcuses) {
                    excused = excused.or(Tri.of(e.forceMajeure()));
                }
                if (handlingExcuses) {
                    excused = excused.or(Tri.of(e.handledPromptly()));
                }
                t = t.and(excused);
            }
        }
        return t;
    }

    /** A known disqualifying event anywhere on the territory decides; a unit without events array makes it unknown. */
    private static Tri onTerritory(List<List<Event>> territory, Set<EventType> types, boolean forceMajeure,
                                   boolean handling) {
        Tri t = Tri.YES;
        for (List<Event> events : territory) {
            t = t.and(noneOf(events, types, forceMajeure, handling));
        }
        return t;
    }

    // ---- indicators -----------------------------------------------------------------------------------------

    private static Tri isTrue(Unit u, String name) {
        return Tri.of(flag(u, name));
    }

    private static Tri zero(Unit u, String name) {
        Long v = count(u, name);
        return v == null ? Tri.UNKNOWN : Tri.of(v == 0);
    }

    private static Tri atLeastOne(Unit u, String name) {
        Long v = count(u, name);
        return v == null ? Tri.UNKNOWN : Tri.of(v >= 1);
    }

    private static Tri share(Unit u, String part, String whole, int percent) {
        Long p = count(u, part);
        Long w = count(u, whole);
        if (p == null || w == null) {
            return Tri.UNKNOWN;
        }
        return w == 0 ? Tri.NOT_APPLICABLE : Tri.of(100 * p >= percent * w);
    }

    private static Tri oneOf(Unit u, String name, List<String> accepted) {
        String v = code(u, name);
        return v == null ? Tri.UNKNOWN : Tri.of(accepted.contains(v));
    }

    private static Boolean flag(Unit u, String name) {
        return u.indicators().asMap().get(name) instanceof IndicatorValue.Flag f ? f.value() : null;
    }

    private static Long count(Unit u, String name) {
        return u.indicators().asMap().get(name) instanceof IndicatorValue.Count c ? c.value() : null;
    }

    private static String code(Unit u, String name) {
        return u.indicators().asMap().get(name) instanceof IndicatorValue.Code c ? c.value() : null;
    }

    // ---- results --------------------------------------------------------------------------------------------

    private static StandardStatus statusOf(Map<String, Tri> criteria) {
        Tri all = Tri.NOT_APPLICABLE;
        for (Tri t : criteria.values()) {
            all = all.and(t);
        }
        return switch (all) {
            case YES -> StandardStatus.ACHIEVED;
            case NO -> StandardStatus.NOT_ACHIEVED;
            default -> StandardStatus.INSUFFICIENT_DATA;
        };
    }

    private static Map<String, Verdict> verdicts(Map<String, Tri> criteria) {
        Map<String, Verdict> v = new LinkedHashMap<>();
        criteria.forEach((rule, t) -> v.put(rule, t.verdict()));
        return v;
    }

    /** QĐ 510: Xuất sắc ≥ 90, Khá ≥ 70, Trung bình ≥ 50, else Yếu [P]; provinces and excluded units unclassified. */
    private MovementLevel movement(Unit u) {
        if (u.kind() == UnitKind.PROVINCE || !exists(u) || excluded(u)) {
            return MovementLevel.NOT_APPLICABLE;
        }
        IndicatorValue v = u.indicators().asMap().get("movementScore");
        BigDecimal score = v instanceof IndicatorValue.Number n ? n.value()
                : v instanceof IndicatorValue.Count c ? BigDecimal.valueOf(c.value()) : null;
        if (score == null) {
            return MovementLevel.INSUFFICIENT_DATA;
        }
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return MovementLevel.EXCELLENT;
        }
        if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return MovementLevel.GOOD;
        }
        return score.compareTo(BigDecimal.valueOf(50)) >= 0 ? MovementLevel.AVERAGE : MovementLevel.WEAK;
    }
}
