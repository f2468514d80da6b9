package vn.antq.rules.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.antq.event.Event;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.movement.MovementLevel;
import vn.antq.rules.national.Localities.Locality;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;
import vn.antq.verdict.Verdict;

/** One-step changes to a generated locality for the metamorphic properties, and the orders they are judged by. */
final class Mutations {
    /** Requirement flags: true is better (not the scope flags armedForces and hasPartyOrganization). */
    static final List<String> REQUIRED_FLAGS = List.of("partyResolutionQ1", "peoplesCommitteePlanQ1", "planQ1",
            "registeredForStandard", "policiesImplemented", "supervisedPersonsManaged", "policeProactive",
            "internalRules", "parentCoordination");
    /** Counts where fewer is better. */
    static final List<String> FEWER_IS_BETTER = List.of("newSocialOrderHotspots", "newSocialEvilPersons",
            "securityTeamDisciplined", "securityForceDisciplined", "subUnitsDisciplined", "policeDisciplined",
            "crimeCount", "socialEvilCount", "otherViolationCount");
    /** Part counts where more is better, with their whole. */
    static final Map<String, String> PART_OF = Map.of("householdsRegistered", "householdsResident",
            "staffBriefed", "staffTotal", "subUnitsAdvanced", "subUnitsTotal");
    /** Each rating and the next better one. */
    static final Map<String, String> BETTER_RATING = Map.of("NOT_COMPLETED", "COMPLETED", "COMPLETED", "GOOD",
            "GOOD", "EXCELLENT");

    /** A named change and the locality it gives (made when asked for). */
    record Mutation(String description, Supplier<Locality> change) {
        Locality result() {
            return change.get();
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private Mutations() {
    }

    /** @return every single-indicator or single-event improvement of every unit of the locality */
    static List<Mutation> improvements(Locality l) {
        List<Mutation> all = new ArrayList<>();
        for (Unit u : l.units()) {
            Map<String, IndicatorValue> m = u.indicators().asMap();
            for (String name : REQUIRED_FLAGS) {
                if (m.get(name) instanceof IndicatorValue.Flag f && !f.value()) {
                    all.add(new Mutation(u.id() + "." + name + " false→true",
                            () -> indicator(l, u, name, flag(true))));
                }
            }
            for (String name : FEWER_IS_BETTER) {
                if (m.get(name) instanceof IndicatorValue.Count c && c.value() > 0) {
                    all.add(new Mutation(u.id() + "." + name + " −1",
                            () -> indicator(l, u, name, count(c.value() - 1))));
                }
            }
            PART_OF.forEach((part, whole) -> {
                if (m.get(part) instanceof IndicatorValue.Count p && m.get(whole) instanceof IndicatorValue.Count w
                        && p.value() < w.value()) {
                    all.add(new Mutation(u.id() + "." + part + " +1",
                            () -> indicator(l, u, part, count(p.value() + 1))));
                }
            });
            if (m.get("effectiveModels") instanceof IndicatorValue.Count c) {
                all.add(new Mutation(u.id() + ".effectiveModels +1", () -> indicator(l, u, "effectiveModels",
                        count(c.value() + 1))));
            }
            for (String name : List.of("securityTeamRating", "securityForceRating")) {
                if (m.get(name) instanceof IndicatorValue.Code c && BETTER_RATING.containsKey(c.value())) {
                    String better = BETTER_RATING.get(c.value());
                    all.add(new Mutation(u.id() + "." + name + " " + c.value() + "→" + better,
                            () -> indicator(l, u, name, new IndicatorValue.Code(better))));
                }
            }
            if (m.get("movementScore") != null) {
                BigDecimal score = u.indicators().number("movementScore");
                BigDecimal better = score.add(BigDecimal.TEN).min(BigDecimal.valueOf(100));
                all.add(new Mutation(u.id() + ".movementScore " + score + "→" + better,
                        () -> indicator(l, u, "movementScore", new IndicatorValue.Number(better))));
            }
            List<Event> events = u.events();
            for (int index = 0; events != null && index < events.size(); index++) {
                int i = index;
                Event e = events.get(i);
                List<Event> without = new ArrayList<>(events);
                without.remove(i);
                all.add(new Mutation(u.id() + " without " + e, () -> events(l, u, without)));
                if (!Boolean.TRUE.equals(e.forceMajeure())) {
                    Event excused = new Event(e.type(), e.date(), true, e.handledPromptly());
                    all.add(new Mutation(u.id() + " " + e + " forceMajeure→true",
                            () -> events(l, u, replace(events, i, excused))));
                }
                if (!Boolean.TRUE.equals(e.handledPromptly())) {
                    Event handled = new Event(e.type(), e.date(), e.forceMajeure(), true);
                    all.add(new Mutation(u.id() + " " + e + " handledPromptly→true",
                            () -> events(l, u, replace(events, i, handled))));
                }
            }
        }
        return all;
    }

    /** @return the locality with the unit's indicator set to {@code value}, or removed when it is null */
    static Locality indicator(Locality l, Unit u, String name, IndicatorValue value) {
        Map<String, IndicatorValue> m = new LinkedHashMap<>(u.indicators().asMap());
        if (value == null) {
            m.remove(name);
        } else {
            m.put(name, value);
        }
        return l.with(new Unit(u.id(), u.kind(), u.type(), u.name(), u.parentId(), u.managedById(), u.validFrom(),
                u.validTo(), u.successorId(), Indicators.of(m), u.events()));
    }

    /** @return the locality with the unit's events array replaced (null: not reported) */
    static Locality events(Locality l, Unit u, List<Event> events) {
        return l.with(new Unit(u.id(), u.kind(), u.type(), u.name(), u.parentId(), u.managedById(), u.validFrom(),
                u.validTo(), u.successorId(), u.indicators(), events));
    }

    /** NOT_ACHIEVED &lt; INSUFFICIENT_DATA &lt; ACHIEVED; NOT_APPLICABLE is ranked apart. */
    static int rank(StandardStatus s) {
        return switch (s) {
            case NOT_ACHIEVED -> 0;
            case INSUFFICIENT_DATA -> 1;
            case ACHIEVED -> 2;
            case NOT_APPLICABLE -> -1;
        };
    }

    /** NOT_MET &lt; UNKNOWN &lt; MET; NOT_APPLICABLE is ranked apart. */
    static int rank(Verdict v) {
        return switch (v) {
            case NOT_MET -> 0;
            case UNKNOWN -> 1;
            case MET -> 2;
            case NOT_APPLICABLE -> -1;
        };
    }

    /** WEAK &lt; AVERAGE &lt; GOOD &lt; EXCELLENT; INSUFFICIENT_DATA and NOT_APPLICABLE are ranked apart. */
    static int rank(MovementLevel level) {
        return switch (level) {
            case WEAK -> 0;
            case AVERAGE -> 1;
            case GOOD -> 2;
            case EXCELLENT -> 3;
            case INSUFFICIENT_DATA -> -1;
            case NOT_APPLICABLE -> -2;
        };
    }

    private static List<Event> replace(List<Event> events, int i, Event e) {
        List<Event> copy = new ArrayList<>(events);
        copy.set(i, e);
        return copy;
    }

    private static IndicatorValue flag(boolean v) {
        return new IndicatorValue.Flag(v);
    }

    private static IndicatorValue count(long v) {
        return new IndicatorValue.Count(v);
    }
}
