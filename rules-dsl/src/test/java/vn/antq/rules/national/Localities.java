package vn.antq.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.event.Event;
import vn.antq.event.EventType;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * Random localities for the property tests: province 38, district 380 and one to {@code maxCommunes} communes,
 * each with 0–30 units of random kinds under it (a few directly under the district or the province, a few managed
 * by another commune or by the district). Every indicator is randomly present or absent and, when present, just
 * passing or just failing its threshold; events fall on the edges of the windows, with random excuse flags, and
 * some units report no events array at all. Each locality draws a quality that sets how many of its units are
 * clean, so that the pooled 70% rule of the communes lands on both sides of its threshold.
 */
final class Localities {
    private static final List<LocalDate> EVENT_DAYS = List.of("2022-12-01", "2023-10-31", "2023-11-01", "2023-11-15",
            "2023-11-16", "2024-03-10", "2024-10-31", "2024-11-01", "2024-11-15", "2024-11-16").stream()
            .map(LocalDate::parse).toList();
    private static final String[] SCORES = {"0", "49.99", "50", "69.99", "70", "89.99", "90", "100", "75.5"};
    private static final String[] COUNTS = {"crimeCount", "socialEvilCount", "otherViolationCount"};

    private final Draw draw;
    private int failPercent;
    private int missingPercent;

    private Localities(Draw draw) {
        this.draw = draw;
    }

    /** @return localities with one or two communes */
    static Gen<Locality> localities() {
        return in -> new Localities(Draw.of(in)).locality(2);
    }

    /** @return a locality drawn from a seeded random source, with two to {@code maxCommunes} (at least 3) communes */
    static Locality seeded(long seed, int maxCommunes) {
        return new Localities(Draw.seeded(seed)).locality(maxCommunes);
    }

    /** A generated locality: its units in dataset order. */
    record Locality(List<Unit> units) {
        Locality {
            units = List.copyOf(units);
        }

        Dataset dataset() {
            try {
                return Dataset.of("generated", Fixture.YEAR, null, units);
            } catch (InvalidDatasetException e) {
                throw new IllegalStateException("the generator made an invalid dataset", e);
            }
        }

        /** @return the same locality with {@code replacement} in place of the unit with its id */
        Locality with(Unit replacement) {
            return new Locality(units.stream().map(u -> u.id().equals(replacement.id()) ? replacement : u).toList());
        }

        @Override
        public String toString() {
            return units.stream().map(u -> u.id() + " " + u.kind() + " parent=" + u.parentId()
                            + (u.managedById() == null ? "" : " managedBy=" + u.managedById()) + " "
                            + u.indicators().asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().raw())
                            .collect(Collectors.joining(",", "{", "}"))
                            + " events=" + u.events())
                    .collect(Collectors.joining("\n  ", "Locality[\n  ", "]"));
        }
    }

    private Locality locality(int maxCommunes) {
        List<Unit> units = new ArrayList<>();
        units.add(Unit.builder("38", UnitKind.PROVINCE, "Tỉnh Thanh Hóa").noEvents().build());
        units.add(Unit.builder("380", UnitKind.DISTRICT, "Thành phố Thanh Hóa").type(UnitType.THANH_PHO).parent("38")
                .indicators(Indicators.of(movementOnly())).noEvents().build());
        int communes = maxCommunes > 2 ? draw.between(2, maxCommunes) : draw.chance(70) ? 1 : maxCommunes;
        int quality = draw.between(0, 3);
        for (int c = 1; c <= communes; c++) {
            String commune = "c" + c;
            profile(quality);
            units.add(unit(commune, UnitKind.COMMUNE, "380", null));
            int children = draw.between(0, 30);
            for (int i = 1; i <= children; i++) {
                profile(quality);
                UnitKind kind = draw.pick(UnitKind.RESIDENTIAL_AREA, UnitKind.RESIDENTIAL_AREA, UnitKind.AGENCY,
                        UnitKind.ENTERPRISE, UnitKind.SCHOOL);
                String parent = draw.chance(92) ? commune : draw.pick("380", "38");
                String managedBy = null;
                if (draw.chance(15)) {
                    managedBy = draw.pick(commune, "380", "c" + draw.between(1, communes));
                }
                units.add(unit(commune + "-" + i, kind, parent, managedBy));
            }
        }
        return new Locality(units);
    }

    /** Sets the chances that an indicator is absent or failing, from the locality's quality (0 worst … 3 best). */
    private void profile(int quality) {
        int cleanPercent = new int[] {30, 55, 75, 92}[quality];
        if (draw.chance(cleanPercent)) {
            failPercent = 0;
            missingPercent = 0;
        } else {
            failPercent = draw.pick(0, 4, 10, 30);
            missingPercent = draw.pick(0, 3, 10, 25);
        }
    }

    private Unit unit(String id, UnitKind kind, String parent, String managedBy) {
        Map<String, IndicatorValue> m = new LinkedHashMap<>();
        switch (kind) {
            case COMMUNE -> {
                flags(m, "partyResolutionQ1", "peoplesCommitteePlanQ1", "registeredForStandard", "policiesImplemented",
                        "supervisedPersonsManaged", "policeProactive");
                put(m, "effectiveModels", count(fails() ? 0 : draw.between(1, 2)));
                zeros(m, "newSocialOrderHotspots", "newSocialEvilPersons", "policeDisciplined");
                crimeCounts(m);
            }
            case RESIDENTIAL_AREA -> {
                flags(m, "partyResolutionQ1", "registeredForStandard", "policiesImplemented",
                        "supervisedPersonsManaged");
                long resident = draw.pick(0L, 1L, 2L, 420L, 420L);
                put(m, "householdsResident", count(resident));
                put(m, "householdsRegistered", count(fails() && resident > 0 ? resident - 1 : resident));
                zeros(m, "newSocialOrderHotspots", "newSocialEvilPersons", "securityTeamDisciplined");
                crimeCounts(m);
                put(m, "securityTeamRating",
                        code(fails() ? "NOT_COMPLETED" : draw.pick("EXCELLENT", "GOOD", "COMPLETED")));
            }
            default -> organisation(m, kind);
        }
        if (!draw.chance(8)) {
            put(m, "movementScore", score());
        }
        Unit.Builder b = Unit.builder(id, kind, kind.labelVi() + " " + id).parent(parent).managedBy(managedBy)
                .indicators(Indicators.of(m)).events(events());
        if (kind == UnitKind.COMMUNE) {
            b.type(draw.pick(UnitType.XA, UnitType.PHUONG, UnitType.THI_TRAN));
        } else if (kind == UnitKind.RESIDENTIAL_AREA) {
            b.type(draw.pick(UnitType.THON, UnitType.TO_DAN_PHO));
        }
        return b.build();
    }

    private void organisation(Map<String, IndicatorValue> m, UnitKind kind) {
        switch (kind) {
            case AGENCY -> {
                if (!draw.chance(5)) {
                    m.put("armedForces", flag(draw.chance(10)));
                }
            }
            case ENTERPRISE -> {
                if (!draw.chance(5)) {
                    m.put("size", code(draw.pick("MICRO", "SMALL", "MEDIUM", "LARGE", "MEDIUM", "LARGE")));
                }
            }
            default -> {
                if (!draw.chance(5)) {
                    m.put("level", code(draw.pick("NURSERY", "KINDERGARTEN", "PRIMARY", "LOWER_SECONDARY",
                            "UPPER_SECONDARY", "MULTI_LEVEL_GENERAL", "VOCATIONAL", "HIGHER", "LOWER_SECONDARY",
                            "UPPER_SECONDARY")));
                }
                flags(m, "parentCoordination");
            }
        }
        int party = draw.between(0, 9);
        if (party < 3) {
            m.put("hasPartyOrganization", flag(party == 0));
        }
        flags(m, "partyResolutionQ1", "planQ1", "registeredForStandard", "internalRules", "policiesImplemented");
        long staff = draw.pick(0L, 1L, 40L, 40L);
        put(m, "staffTotal", count(staff));
        put(m, "staffBriefed", count(fails() && staff > 0 ? staff - 1 : staff));
        put(m, "effectiveModels", count(fails() ? 0 : draw.between(1, 2)));
        put(m, "securityForceRating", code(fails() ? draw.pick("COMPLETED", "NOT_COMPLETED")
                : draw.pick("ADVANCED_COLLECTIVE", "GOOD", "EXCELLENT", "NONE")));
        long subUnits = draw.pick(0L, 3L, 10L, 25L);
        long needed = (subUnits * 7 + 9) / 10;
        put(m, "subUnitsTotal", count(subUnits));
        put(m, "subUnitsAdvanced", count(fails() && needed > 0 ? needed - 1 : draw.chance(50) ? needed : subUnits));
        zeros(m, "securityForceDisciplined", "subUnitsDisciplined");
    }

    private void crimeCounts(Map<String, IndicatorValue> m) {
        for (String name : COUNTS) {
            long previous = draw.between(0, 4);
            long current = fails() ? previous + 1 : Math.max(0, previous - draw.between(0, 1));
            put(m, name, count(current));
            put(m, name + "Previous", count(previous));
        }
    }

    private List<Event> events() {
        if (draw.chance(Math.max(4, missingPercent))) {
            return null;
        }
        int n = fails() ? draw.between(1, 3) : draw.chance(15) ? 1 : 0;
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new Event(draw.pick(EventType.values()), draw.pick(EVENT_DAYS), excuse(), excuse()));
        }
        return events;
    }

    private Boolean excuse() {
        return draw.pick(null, Boolean.TRUE, Boolean.FALSE);
    }

    private Map<String, IndicatorValue> movementOnly() {
        Map<String, IndicatorValue> m = new LinkedHashMap<>();
        if (!draw.chance(10)) {
            m.put("movementScore", score());
        }
        return m;
    }

    private IndicatorValue score() {
        if (draw.chance(20)) {
            return count(draw.between(0, 100));
        }
        return new IndicatorValue.Number(new BigDecimal(draw.pick(SCORES)));
    }

    private boolean fails() {
        return failPercent > 0 && draw.chance(failPercent);
    }

    private void flags(Map<String, IndicatorValue> m, String... names) {
        for (String name : names) {
            put(m, name, flag(!fails()));
        }
    }

    private void zeros(Map<String, IndicatorValue> m, String... names) {
        for (String name : names) {
            put(m, name, count(fails() ? draw.between(1, 2) : 0));
        }
    }

    /** Puts the value unless the profile drops it (an absent indicator: no data). */
    private void put(Map<String, IndicatorValue> m, String name, IndicatorValue value) {
        if (missingPercent == 0 || !draw.chance(missingPercent)) {
            m.put(name, value);
        }
    }

    private static IndicatorValue flag(boolean v) {
        return new IndicatorValue.Flag(v);
    }

    private static IndicatorValue count(long v) {
        return new IndicatorValue.Count(v);
    }

    private static IndicatorValue code(String v) {
        return new IndicatorValue.Code(v);
    }
}
