package vn.antq.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.antq.commendation.YearResult;
import vn.antq.event.Event;
import vn.antq.indicator.Indicators;
import vn.antq.indicator.KnownIndicator;
import vn.antq.period.AssessmentWindow;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * A unit as the rules see it: identity, kind, managing unit, assessment window, indicators, and the
 * events that fall inside its window. The evaluator builds one per unit; rules only read it.
 *
 * <p>In DRL: {@code $u : UnitFact( kind == UnitKind.COMMUNE )}, {@code $u.flag("policeProactive")}.
 *
 * @since 0.1
 */
public final class UnitFact {
    private final String id;
    private final UnitKind kind;
    private final UnitType type;
    private final String managerId;
    private final AssessmentWindow window;
    private final Indicators indicators;
    private final List<Event> events;
    private final List<Event> territoryEvents;
    private final boolean territoryReported;
    private final List<YearResult> history;
    private final TeamStanding securityTeam;
    private final Map<String, String> labels;

    /**
     * @param id              unit id
     * @param kind            unit kind
     * @param type            unit type or null
     * @param managerId       id of the unit that manages its recognition, or null
     * @param window          its assessment window
     * @param indicators      its indicators
     * @param events          its events inside the window, or null when the dataset reported none
     * @param territoryEvents   for a commune, the known events inside its window of the commune and of
     *                          every unit on its territory, sorted by date and type; for other kinds,
     *                          the same as {@code events} (empty when not reported)
     * @param territoryReported true when every unit on the territory reported its events
     * @param history           the unit's results of earlier years, latest first
     */
    public UnitFact(String id, UnitKind kind, UnitType type, String managerId, AssessmentWindow window,
                    Indicators indicators, List<Event> events, List<Event> territoryEvents,
                    boolean territoryReported, List<YearResult> history) {
        this(id, kind, type, managerId, window, indicators, events, territoryEvents, territoryReported, history,
                null);
    }

    /**
     * @param id                unit id
     * @param kind              unit kind
     * @param type              unit type or null
     * @param managerId         id of the unit that manages its recognition, or null
     * @param window            its assessment window
     * @param indicators        its indicators
     * @param events            its events inside the window, or null when the dataset reported none
     * @param territoryEvents   the known events of its territory inside the window
     * @param territoryReported true when every unit on the territory reported its events
     * @param history           the unit's results of earlier years, latest first
     * @param securityTeam      for a khu dân cư, what the team covering it gives ANTT-KDC-5, or null
     */
    public UnitFact(String id, UnitKind kind, UnitType type, String managerId, AssessmentWindow window,
                    Indicators indicators, List<Event> events, List<Event> territoryEvents,
                    boolean territoryReported, List<YearResult> history, TeamStanding securityTeam) {
        this(id, kind, type, managerId, window, indicators, events, territoryEvents, territoryReported, history,
                securityTeam, Map.of());
    }

    /**
     * @param id                unit id
     * @param kind              unit kind
     * @param type              unit type or null
     * @param managerId         id of the unit that manages its recognition, or null
     * @param window            its assessment window
     * @param indicators        its indicators
     * @param events            its events inside the window, or null when the dataset reported none
     * @param territoryEvents   the known events of its territory inside the window
     * @param territoryReported true when every unit on the territory reported its events
     * @param history           the unit's results of earlier years, latest first
     * @param securityTeam      for a khu dân cư, what the team covering it gives ANTT-KDC-5, or null
     * @param labels            the Vietnamese labels of the indicators the rule pack declares, by name (not copied)
     * @since 0.3
     */
    public UnitFact(String id, UnitKind kind, UnitType type, String managerId, AssessmentWindow window,
                    Indicators indicators, List<Event> events, List<Event> territoryEvents,
                    boolean territoryReported, List<YearResult> history, TeamStanding securityTeam,
                    Map<String, String> labels) {
        this.labels = labels;
        this.securityTeam = securityTeam;
        this.id = id;
        this.kind = kind;
        this.type = type;
        this.managerId = managerId;
        this.window = window;
        this.indicators = indicators;
        this.events = events == null ? null : List.copyOf(events);
        this.territoryEvents = List.copyOf(territoryEvents);
        this.territoryReported = territoryReported;
        this.history = List.copyOf(history);
    }

    /**
     * @param indicator an indicator name
     * @return its Vietnamese label: the national catalogue's, the rule pack's for an indicator it declares, or the
     *     name itself
     */
    public String label(String indicator) {
        String own = labels.get(indicator);
        return own != null ? own : KnownIndicator.labelOf(indicator);
    }

    /** @return the unit id */
    public String getId() {
        return id;
    }

    /** @return the unit kind */
    public UnitKind getKind() {
        return kind;
    }

    /** @return the unit type, or null */
    public UnitType getType() {
        return type;
    }

    /** @return the id of the unit that manages its recognition, or null */
    public String getManagerId() {
        return managerId;
    }

    /** @return the assessment window */
    public AssessmentWindow getWindow() {
        return window;
    }

    /** @return the events inside the window, or null when not reported */
    public List<Event> getEvents() {
        return events;
    }

    /** @return the territory's known events inside the window, sorted by date and type; never null */
    public List<Event> getTerritoryEvents() {
        return territoryEvents;
    }

    /** @return the unit's results of earlier years, latest first */
    public List<YearResult> getHistory() {
        return history;
    }

    /** @return for a khu dân cư, the rating and discipline of the team covering it, or null */
    public TeamStanding getSecurityTeam() {
        return securityTeam;
    }

    /** @return true when every unit on the territory reported its events */
    public boolean isTerritoryReported() {
        return territoryReported;
    }

    /** @param name indicator name @return its boolean value, or null when absent */
    public Boolean flag(String name) {
        return indicators.flag(name);
    }

    /** @param name indicator name @return its count, or null when absent */
    public Long count(String name) {
        return indicators.count(name);
    }

    /** @param name indicator name @return its number, or null when absent */
    public BigDecimal number(String name) {
        return indicators.number(name);
    }

    /** @param name indicator name @return its code, or null when absent */
    public String code(String name) {
        return indicators.code(name);
    }

    /**
     * @param name  indicator name of a code
     * @param codes accepted codes
     * @return true when the code is present and one of {@code codes}
     */
    public boolean codeIn(String name, Collection<String> codes) {
        String value = indicators.code(name);
        return value != null && codes.contains(value);
    }

    @Override
    public String toString() {
        return "UnitFact[" + id + ", " + kind + "]";
    }
}
