package vn.antq.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.campaign.Campaign;
import vn.antq.commendation.Leader;
import vn.antq.commendation.YearResult;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.event.Event;
import vn.antq.event.EventType;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;
import vn.antq.verdict.Verdict;

/**
 * Builds small localities for scenario tests: a province, a district, a commune and the units under it,
 * each unit starting from indicators that pass every criterion, so a test changes only what it pins.
 * {@link #EVALUATOR} is the one evaluator every test of the pack shares (building it is the costly step).
 */
final class Fixture {
    static final int YEAR = 2024;
    static final Evaluator EVALUATOR = Evaluator.builder().build();

    private final Map<String, Unit.Builder> units = new LinkedHashMap<>();
    private final Map<String, Map<String, IndicatorValue>> indicators = new LinkedHashMap<>();
    private final Map<String, List<Event>> events = new LinkedHashMap<>();
    private final List<Campaign> campaigns = new ArrayList<>();
    private final List<YearResult> history = new ArrayList<>();
    private final List<SecurityTeam> teams = new ArrayList<>();
    private final List<Leader> leaders = new ArrayList<>();
    private LocalDate medalProposalDate;
    private LocalDate referenceDate;

    Fixture() {
        add(Unit.builder("38", UnitKind.PROVINCE, "Tỉnh Thanh Hóa"), Map.of());
        add(Unit.builder("380", UnitKind.DISTRICT, "Thành phố Thanh Hóa").type(UnitType.THANH_PHO).parent("38"),
                Map.of("movementScore", num("80")));
    }

    /** A commune passing every own criterion, under district 380. */
    Fixture commune(String id) {
        return communeIn(id, "380");
    }

    /** A ward (phường) passing every own criterion, under {@code district}. */
    Fixture communeIn(String id, String district) {
        add(Unit.builder(id, UnitKind.COMMUNE, "Phường " + id).type(UnitType.PHUONG).parent(district), communeOk());
        events.put(id, new ArrayList<>());
        return this;
    }

    /** Another district under the province. */
    Fixture district(String id) {
        add(Unit.builder(id, UnitKind.DISTRICT, "Huyện " + id).type(UnitType.HUYEN).parent("38"),
                Map.of("movementScore", num("80")));
        return this;
    }

    Fixture history(String id, int year, StandardStatus standard, MovementLevel movement) {
        history.add(new YearResult(id, year, standard, movement));
        return this;
    }

    Fixture team(SecurityTeam team) {
        teams.add(team);
        return this;
    }

    Fixture leader(Leader leader) {
        leaders.add(leader);
        return this;
    }

    Fixture medalProposalDate(String date) {
        medalProposalDate = LocalDate.parse(date);
        return this;
    }

    /** Sets the dataset's reference date (default 15/11 of the year). */
    Fixture referenceDate(String date) {
        referenceDate = LocalDate.parse(date);
        return this;
    }

    Fixture campaign(Campaign campaign) {
        campaigns.add(campaign);
        return this;
    }

    /** Sets an indicator on every unit of the given kind. */
    Fixture setAll(UnitKind kind, String indicator, IndicatorValue value) {
        units.forEach((id, b) -> {
            if (b.build().kind() == kind) {
                indicators.get(id).put(indicator, value);
            }
        });
        return this;
    }

    /** A residential area passing every criterion, under {@code parent} (a commune, usually). */
    Fixture residentialArea(String id, String parent) {
        add(Unit.builder(id, UnitKind.RESIDENTIAL_AREA, "Tổ dân phố " + id).type(UnitType.TO_DAN_PHO).parent(parent),
                residentialOk());
        events.put(id, new ArrayList<>());
        return this;
    }

    /** {@code n} passing residential areas {@code <commune>-r1 … <commune>-rn} under the commune. */
    Fixture residentialAreas(String commune, int n) {
        for (int i = 1; i <= n; i++) {
            residentialArea(commune + "-r" + i, commune);
        }
        return this;
    }

    /**
     * An agency (not armed forces), enterprise (MEDIUM) or school (LOWER_SECONDARY) passing every
     * criterion, under {@code parent} (a commune, usually).
     */
    Fixture organisation(String id, UnitKind kind, String parent) {
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
        add(Unit.builder(id, kind, kind.labelVi() + " " + id).parent(parent), values);
        events.put(id, new ArrayList<>());
        return this;
    }

    /** Makes {@code manager} the unit that manages {@code id}'s recognition (default: its parent). */
    Fixture managedBy(String id, String manager) {
        units.get(id).managedBy(manager);
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

    /** Makes a passing unit fail exactly one criterion (policies not implemented: KDC-2, XA-2.2, CQDN-2, CSGD-2). */
    Fixture failing(String id) {
        return set(id, "policiesImplemented", flag(false));
    }

    /** Makes a passing unit lack the data of exactly one criterion, so that it is INSUFFICIENT_DATA. */
    Fixture undecided(String id) {
        return remove(id, "policiesImplemented");
    }

    Fixture event(String id, EventType type, String date, Boolean forceMajeure, Boolean handledPromptly) {
        events.get(id).add(new Event(type, LocalDate.parse(date), forceMajeure, handledPromptly));
        return this;
    }

    Fixture event(String id, EventType type, String date) {
        return event(id, type, date, null, null);
    }

    Fixture eventsNotReported(String id) {
        events.put(id, null);
        return this;
    }

    Dataset dataset() {
        List<Unit> built = new ArrayList<>();
        units.forEach((id, b) -> built.add(b.indicators(Indicators.of(indicators.get(id)))
                .events(events.containsKey(id) ? events.get(id) : List.of()).build()));
        try {
            Dataset valid = Dataset.of("fixture", YEAR, referenceDate, built, campaigns);
            return new Dataset(valid.title(), valid.year(), valid.referenceDate(), valid.units(), valid.campaigns(),
                    valid.budgetLines(), history, teams, leaders, medalProposalDate, valid.warnings());
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException(e);
        }
    }

    EvaluationReport evaluate() {
        return EVALUATOR.evaluate(dataset());
    }

    EvaluationReport evaluate(String planId) {
        return EVALUATOR.evaluate(dataset(), planId);
    }

    static UnitAssessment unit(EvaluationReport report, String id) {
        return report.unit(id).orElseThrow(() -> new AssertionError("no unit " + id + " in the report"));
    }

    static StandardStatus status(EvaluationReport report, String id) {
        return unit(report, id).standard().status();
    }

    static MovementLevel level(EvaluationReport report, String id) {
        return unit(report, id).movement().level();
    }

    static Verdict criterion(EvaluationReport report, String id, String rule) {
        return criterionResult(report, id, rule).status();
    }

    static CriterionResult criterionResult(EvaluationReport report, String id, String rule) {
        return unit(report, id).standard().criteria().stream().filter(c -> c.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + rule + " for " + id + ": "
                        + unit(report, id).standard().criteria().stream().map(CriterionResult::rule).toList()));
    }

    static List<String> ruleIds(EvaluationReport report, String id) {
        return unit(report, id).standard().criteria().stream().map(CriterionResult::rule).toList();
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
        String id = builder.build().id();
        units.put(id, builder);
        indicators.put(id, new LinkedHashMap<>(values));
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
