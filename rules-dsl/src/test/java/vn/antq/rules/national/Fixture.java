package vn.antq.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.event.Event;
import vn.antq.event.EventType;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.standard.CriterionResult;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;
import vn.antq.verdict.Verdict;

/**
 * Builds small localities for scenario tests: a province, a district, a commune and the units under it,
 * each unit starting from indicators that pass every criterion, so a test changes only what it pins.
 */
final class Fixture {
    static final int YEAR = 2024;
    static final Evaluator EVALUATOR = Evaluator.builder().build();

    private final List<Unit.Builder> units = new ArrayList<>();
    private final Map<String, Map<String, IndicatorValue>> indicators = new LinkedHashMap<>();
    private final Map<String, List<Event>> events = new LinkedHashMap<>();

    Fixture() {
        add(Unit.builder("38", UnitKind.PROVINCE, "Tỉnh Thanh Hóa"), Map.of());
        add(Unit.builder("380", UnitKind.DISTRICT, "Thành phố Thanh Hóa").type(UnitType.THANH_PHO).parent("38"),
                Map.of("movementScore", num("80")));
    }

    /** A commune passing every own criterion, under district 380. */
    Fixture commune(String id) {
        add(Unit.builder(id, UnitKind.COMMUNE, "Phường " + id).type(UnitType.PHUONG).parent("380"), communeOk());
        events.put(id, new ArrayList<>());
        return this;
    }

    /** A residential area passing every criterion, under the commune. */
    Fixture residentialArea(String id, String commune) {
        add(Unit.builder(id, UnitKind.RESIDENTIAL_AREA, "Tổ dân phố " + id).type(UnitType.TO_DAN_PHO).parent(commune),
                residentialOk());
        events.put(id, new ArrayList<>());
        return this;
    }

    /** An agency, enterprise or school passing every criterion, under the commune. */
    Fixture organisation(String id, UnitKind kind, String commune) {
        Map<String, IndicatorValue> values = organisationOk();
        switch (kind) {
            case AGENCY -> values.put("armedForces", flag(false));
            case ENTERPRISE -> values.put("size", code("MEDIUM"));
            case SCHOOL -> {
                values.put("level", code("LOWER_SECONDARY"));
                values.put("parentCoordination", flag(true));
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        add(Unit.builder(id, kind, kind.labelVi() + " " + id).parent(commune), values);
        events.put(id, new ArrayList<>());
        return this;
    }

    Fixture set(String id, String indicator, IndicatorValue value) {
        indicators.get(id).put(indicator, value);
        return this;
    }

    Fixture remove(String id, String indicator) {
        indicators.get(id).remove(indicator);
        return this;
    }

    Fixture event(String id, EventType type, String date, Boolean forceMajeure, Boolean handledPromptly) {
        events.get(id).add(new Event(type, LocalDate.parse(date), forceMajeure, handledPromptly));
        return this;
    }

    Fixture eventsNotReported(String id) {
        events.put(id, null);
        return this;
    }

    Dataset dataset() {
        List<Unit> built = new ArrayList<>();
        for (Unit.Builder b : units) {
            Unit probe = b.build();
            built.add(b.indicators(Indicators.of(indicators.get(probe.id())))
                    .events(events.containsKey(probe.id()) ? events.get(probe.id()) : List.of()).build());
        }
        try {
            return Dataset.of("fixture", YEAR, null, built);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException(e);
        }
    }

    EvaluationReport evaluate() {
        return EVALUATOR.evaluate(dataset());
    }

    static UnitAssessment unit(EvaluationReport report, String id) {
        return report.unit(id).orElseThrow();
    }

    static Verdict criterion(EvaluationReport report, String id, String rule) {
        return criterionResult(report, id, rule).status();
    }

    static CriterionResult criterionResult(EvaluationReport report, String id, String rule) {
        return unit(report, id).standard().criteria().stream().filter(c -> c.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + rule + " for " + id));
    }

    static IndicatorValue flag(boolean value) {
        return new IndicatorValue.Flag(value);
    }

    static IndicatorValue count(long value) {
        return new IndicatorValue.Count(value);
    }

    static IndicatorValue num(String value) {
        return new IndicatorValue.Number(new BigDecimal(value));
    }

    static IndicatorValue code(String value) {
        return new IndicatorValue.Code(value);
    }

    private void add(Unit.Builder builder, Map<String, IndicatorValue> values) {
        units.add(builder);
        indicators.put(builder.build().id(), new LinkedHashMap<>(values));
    }

    private static Map<String, IndicatorValue> communeOk() {
        Map<String, IndicatorValue> m = new LinkedHashMap<>();
        m.put("partyResolutionQ1", flag(true));
        m.put("peoplesCommitteePlanQ1", flag(true));
        m.put("registeredForStandard", flag(true));
        m.put("effectiveModels", count(1));
        m.put("policiesImplemented", flag(true));
        counts(m);
        m.put("policeProactive", flag(true));
        m.put("policeDisciplined", count(0));
        m.put("movementScore", num("92"));
        return m;
    }

    private static Map<String, IndicatorValue> residentialOk() {
        Map<String, IndicatorValue> m = new LinkedHashMap<>();
        m.put("partyResolutionQ1", flag(true));
        m.put("registeredForStandard", flag(true));
        m.put("householdsResident", count(420));
        m.put("householdsRegistered", count(420));
        m.put("policiesImplemented", flag(true));
        counts(m);
        m.put("securityTeamRating", code("GOOD"));
        m.put("securityTeamDisciplined", count(0));
        m.put("movementScore", num("85"));
        return m;
    }

    private static Map<String, IndicatorValue> organisationOk() {
        Map<String, IndicatorValue> m = new LinkedHashMap<>();
        m.put("partyResolutionQ1", flag(true));
        m.put("planQ1", flag(true));
        m.put("registeredForStandard", flag(true));
        m.put("internalRules", flag(true));
        m.put("staffTotal", count(40));
        m.put("staffBriefed", count(40));
        m.put("effectiveModels", count(1));
        m.put("policiesImplemented", flag(true));
        m.put("securityForceRating", code("GOOD"));
        m.put("securityForceDisciplined", count(0));
        m.put("subUnitsTotal", count(25));
        m.put("subUnitsAdvanced", count(18));
        m.put("subUnitsDisciplined", count(0));
        m.put("movementScore", num("75"));
        return m;
    }

    private static void counts(Map<String, IndicatorValue> m) {
        m.put("crimeCount", count(2));
        m.put("crimeCountPrevious", count(3));
        m.put("socialEvilCount", count(1));
        m.put("socialEvilCountPrevious", count(1));
        m.put("otherViolationCount", count(4));
        m.put("otherViolationCountPrevious", count(5));
        m.put("newSocialOrderHotspots", count(0));
        m.put("newSocialEvilPersons", count(0));
        m.put("supervisedPersonsManaged", flag(true));
    }
}
