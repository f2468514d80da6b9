package vn.antq.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.commendation.YearResult;
import vn.antq.dataset.Dataset;
import vn.antq.event.Event;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePackException;
import vn.antq.period.AssessmentWindow;
import vn.antq.rules.TeamStanding;
import vn.antq.rules.UnitFact;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;

/**
 * Turns the units valid at the reference date into rule facts: each with its window, its events
 * inside the window and, for a commune, the events of its whole territory inside the commune's window.
 */
final class FactBuilder {
    /** Territory events in an order that does not depend on the order of the units in the dataset. */
    private static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::date)
            .thenComparing(Event::type)
            .thenComparing(e -> String.valueOf(e.forceMajeure()))
            .thenComparing(e -> String.valueOf(e.handledPromptly()));
    private final Dataset dataset;
    private final Map<String, Unit> byId;
    private final Map<String, String> territoryCommune = new HashMap<>();
    private final Map<String, TeamStanding> teams;
    private final Map<UnitKind, AssessmentWindow> windows;
    private final Map<String, String> labels;

    /**
     * @param dataset the dataset
     * @param byId    its units by id
     * @param teams   by khu dân cư id, the team covering it ({@link TeamStandings})
     * @param windows by unit kind, its assessment window for the dataset's year (from the pack, see
     *                {@link #windows(LoadedPack, vn.antq.rules.Params, int)})
     * @param labels  the labels of the indicators the pack declares, by name
     */
    FactBuilder(Dataset dataset, Map<String, Unit> byId, Map<String, TeamStanding> teams,
                Map<UnitKind, AssessmentWindow> windows, Map<String, String> labels) {
        this.labels = labels;
        this.dataset = dataset;
        this.byId = byId;
        this.teams = teams;
        this.windows = windows;
    }

    /**
     * The windows the pack gives: for each unit kind its {@code windows} names, the window ending in {@code year}
     * whose first and last day are that parameter's value at the reference date.
     *
     * @param pack   the pack
     * @param params its parameters at the reference date
     * @param year   the assessment year
     * @return the windows by unit kind
     */
    static Map<UnitKind, AssessmentWindow> windows(LoadedPack pack, vn.antq.rules.Params params, int year) {
        Map<UnitKind, AssessmentWindow> windows = new EnumMap<>(UnitKind.class);
        pack.windows().forEach((kind, id) -> windows.put(kind, AssessmentWindow.endingIn(params.get(id).codes(), year)));
        return windows;
    }

    /** @return the facts of the valid units, in dataset order, keyed by unit id */
    Map<String, UnitFact> build() {
        LocalDate ref = dataset.referenceDate();
        Map<String, List<Unit>> territories = new HashMap<>();
        for (Unit u : dataset.units()) {
            if (u.isValidOn(ref)) {
                String commune = territoryCommuneOf(u);
                if (commune != null) {
                    territories.computeIfAbsent(commune, k -> new ArrayList<>()).add(u);
                }
            }
        }
        Map<String, List<YearResult>> history = new HashMap<>();
        for (YearResult r : dataset.history()) {
            history.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
        }
        history.values().forEach(list -> list.sort(Comparator.comparingInt(YearResult::year).reversed()));
        Map<String, UnitFact> facts = new LinkedHashMap<>();
        for (Unit u : dataset.units()) {
            if (!u.isValidOn(ref)) {
                continue;
            }
            AssessmentWindow window = windows.get(u.kind());
            if (window == null) {
                throw new RulePackException(List.of(new PackProblem("pack.yaml", 0, "the rule pack gives no "
                        + "assessment window for unit kind " + u.kind() + " ('windows'), which unit " + u.id() + " has")));
            }
            List<Event> own = inWindow(u, window);
            List<Unit> territory = u.kind() == UnitKind.COMMUNE ? territories.getOrDefault(u.id(), List.of(u)) : List.of(u);
            facts.put(u.id(), new UnitFact(u.id(), u.kind(), u.type(), u.managingUnitId(), window,
                    u.indicators(), own, territoryEvents(territory, window),
                    territory.stream().allMatch(Unit::eventsReported), history.getOrDefault(u.id(), List.of()),
                    teams.get(u.id()), labels));
        }
        return facts;
    }

    /** @param unitId a unit @return the nearest commune at or above it, or null */
    String territoryCommuneOf(String unitId) {
        Unit u = byId.get(unitId);
        return u == null ? null : territoryCommuneOf(u);
    }

    private String territoryCommuneOf(Unit unit) {
        String cached = territoryCommune.get(unit.id());
        if (cached != null || territoryCommune.containsKey(unit.id())) {
            return cached;
        }
        String result = null;
        Unit current = unit;
        for (int depth = 0; current != null && depth < byId.size(); depth++) {
            if (current.kind() == UnitKind.COMMUNE) {
                result = current.id();
                break;
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        territoryCommune.put(unit.id(), result);
        return result;
    }

    private static List<Event> inWindow(Unit unit, AssessmentWindow window) {
        if (!unit.eventsReported()) {
            return null;
        }
        List<Event> events = new ArrayList<>();
        for (Event e : unit.reportedEvents()) {
            if (window.contains(e.date())) {
                events.add(e);
            }
        }
        return events;
    }

    private static List<Event> territoryEvents(List<Unit> units, AssessmentWindow window) {
        List<Event> events = new ArrayList<>();
        for (Unit u : units) {
            List<Event> own = inWindow(u, window);
            if (own != null) {
                events.addAll(own);
            }
        }
        events.sort(EVENT_ORDER);
        return events;
    }
}
