package vn.antq.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.antq.campaign.Campaign;
import vn.antq.commendation.YearResult;
import vn.antq.funding.BudgetLine;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.unit.Unit;

/**
 * The structural checks of a dataset, shared by {@link Dataset#of} and {@link DatasetReader}: the year,
 * each unit on its own ({@link UnitChecks}, {@link IndicatorChecks}), the units together
 * ({@link TreeChecks}), the structure at the reference date ({@link ReferenceDateChecks}), the campaigns
 * ({@link CampaignChecks}), the budget lines ({@link BudgetLineChecks}), the results of earlier years
 * ({@link HistoryChecks}) and the security teams ({@link SecurityTeamChecks}). Every problem is collected
 * before anything is thrown.
 */
final class DatasetValidator {
    /** The first assessment year accepted. */
    static final int FIRST_YEAR = 1990;
    /** The last assessment year accepted. */
    static final int LAST_YEAR = 2100;
    /** What a valid year looks like, as a problem's {@code expected}. */
    static final String YEAR_EXPECTED = "a whole number from " + FIRST_YEAR + " to " + LAST_YEAR;

    /** What the units of a dataset must be, as a problem's {@code expected}. */
    static final String UNITS_EXPECTED = "at least one unit";

    private final int year;
    private final LocalDate referenceDate;

    /**
     * @param year          the assessment year Y
     * @param referenceDate the day the administrative structure is read
     */
    DatasetValidator(int year, LocalDate referenceDate) {
        this.year = year;
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /**
     * Validates units and campaigns already in memory.
     *
     * @param title     a human title
     * @param units     the units, in dataset order
     * @param campaigns the campaigns, in dataset order
     * @return the dataset, with a warning for each indicator outside the catalogue
     * @throws InvalidDatasetException listing every problem
     */
    Dataset validate(String title, List<Unit> units, List<Campaign> campaigns) throws InvalidDatasetException {
        return validate(title, units, campaigns, List.of());
    }

    /**
     * Validates units, campaigns and budget lines already in memory.
     *
     * @param title       a human title
     * @param units       the units, in dataset order
     * @param campaigns   the campaigns, in dataset order
     * @param budgetLines the budget lines, in dataset order
     * @return the dataset, with a warning for each indicator outside the catalogue
     * @throws InvalidDatasetException listing every problem
     */
    Dataset validate(String title, List<Unit> units, List<Campaign> campaigns, List<BudgetLine> budgetLines)
            throws InvalidDatasetException {
        return validate(title, units, campaigns, budgetLines, List.of());
    }

    /**
     * Validates units, campaigns, budget lines and results of earlier years already in memory.
     *
     * @param title       a human title
     * @param units       the units, in dataset order
     * @param campaigns   the campaigns, in dataset order
     * @param budgetLines the budget lines, in dataset order
     * @param history     the units' results of earlier years, in dataset order
     * @return the dataset, with a warning for each indicator outside the catalogue
     * @throws InvalidDatasetException listing every problem
     */
    Dataset validate(String title, List<Unit> units, List<Campaign> campaigns, List<BudgetLine> budgetLines,
                     List<YearResult> history) throws InvalidDatasetException {
        return validate(title, units, campaigns, budgetLines, history, List.of());
    }

    /**
     * Validates units, campaigns, budget lines, results of earlier years and security teams already in memory.
     *
     * @param title         a human title
     * @param units         the units, in dataset order
     * @param campaigns     the campaigns, in dataset order
     * @param budgetLines   the budget lines, in dataset order
     * @param history       the units' results of earlier years, in dataset order
     * @param securityTeams the security teams and their members, in dataset order
     * @return the dataset, with a warning for each indicator outside the catalogue
     * @throws InvalidDatasetException listing every problem
     */
    Dataset validate(String title, List<Unit> units, List<Campaign> campaigns, List<BudgetLine> budgetLines,
                     List<YearResult> history, List<SecurityTeam> securityTeams) throws InvalidDatasetException {
        Findings findings = new Findings();
        checkYear(year, findings);
        if (units.isEmpty()) {
            findings.problem(Findings.DATASET, "units", UNITS_EXPECTED, "an empty list: nothing to evaluate");
        }
        List<UnitDraft> unitDrafts = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            unitDrafts.add(UnitDraft.of(i, units.get(i)));
        }
        List<CampaignDraft> campaignDrafts = new ArrayList<>(campaigns.size());
        for (int i = 0; i < campaigns.size(); i++) {
            campaignDrafts.add(CampaignDraft.of(i, campaigns.get(i)));
        }
        List<BudgetLineDraft> lineDrafts = new ArrayList<>(budgetLines.size());
        for (int i = 0; i < budgetLines.size(); i++) {
            lineDrafts.add(BudgetLineDraft.of(i, budgetLines.get(i)));
        }
        List<HistoryDraft> historyDrafts = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            historyDrafts.add(HistoryDraft.of(i, history.get(i)));
        }
        List<SecurityTeamDraft> teamDrafts = new ArrayList<>(securityTeams.size());
        for (int i = 0; i < securityTeams.size(); i++) {
            teamDrafts.add(SecurityTeamDraft.of(i, securityTeams.get(i)));
        }
        check(unitDrafts, campaignDrafts, lineDrafts, historyDrafts, teamDrafts, year, referenceDate, findings,
                Map.of());
        findings.throwIfProblems();
        return new Dataset(title, year, referenceDate, units, campaigns, budgetLines, history, securityTeams,
                List.of(), null, findings.warnings());
    }

    /**
     * @param year     an assessment year
     * @param findings where a problem goes when the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    static void checkYear(long year, Findings findings) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            findings.problem(Findings.DATASET, "year", YEAR_EXPECTED, String.valueOf(year));
        }
    }

    /**
     * The structure is read during the assessment year or soon after it: a reference date in another year is a typing
     * error (it would resolve the pack's parameters, and the units' validity, on the wrong day).
     *
     * @param year          the assessment year, or null when it could not be read
     * @param referenceDate the reference date, or null when it could not be read
     * @param findings      where the problem goes
     */
    static void checkReferenceDate(Integer year, LocalDate referenceDate, Findings findings) {
        if (year != null && referenceDate != null && year >= FIRST_YEAR && year <= LAST_YEAR
                && (referenceDate.getYear() < year || referenceDate.getYear() > year + 1)) {
            findings.problem(Findings.DATASET, "referenceDate", "a date in the assessment year " + year + " or in "
                    + (year + 1), referenceDate.toString());
        }
    }

    /**
     * @param year the assessment year, or null when it could not be read
     * @return 15/11 of the year, the default reference date; null when the year is unknown or outside
     *         {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    static LocalDate defaultReferenceDate(Integer year) {
        return year == null || year < FIRST_YEAR || year > LAST_YEAR ? null : LocalDate.of(year, 11, 15);
    }

    /**
     * Runs every check on units, campaigns, budget lines, results of earlier years and security teams, even
     * those with fields that could not be read.
     *
     * @param units         every unit, in dataset order
     * @param campaigns     every campaign, in dataset order
     * @param budgetLines   every budget line, in dataset order
     * @param history       every result of an earlier year, in dataset order
     * @param securityTeams every security team, in dataset order
     * @param year          the assessment year, or null when unknown (a result's year is then only checked
     *                      against {@value #FIRST_YEAR})
     * @param referenceDate the day the structure is read, or null when unknown (its checks, and the check of
     *                      members' birth dates, are then skipped)
     * @param findings      where problems and warnings go
     * @param declared      the indicators the rule pack declares beside the national catalogue, by name
     */
    static void check(List<UnitDraft> units, List<CampaignDraft> campaigns, List<BudgetLineDraft> budgetLines,
                      List<HistoryDraft> history, List<SecurityTeamDraft> securityTeams, Integer year,
                      LocalDate referenceDate, Findings findings, Map<String, DeclaredIndicator> declared) {
        checkReferenceDate(year, referenceDate, findings);
        for (UnitDraft unit : units) {
            UnitChecks.check(unit, findings, declared);
        }
        Map<String, UnitDraft> byId = UnitDraft.byId(units);
        TreeChecks.check(units, byId, findings);
        if (referenceDate != null) {
            ReferenceDateChecks.check(units, byId, referenceDate, findings);
        }
        CampaignChecks.check(campaigns, byId.keySet(), findings);
        BudgetLineChecks.check(budgetLines, byId.keySet(), findings);
        HistoryChecks.check(history, byId.keySet(), year, findings);
        SecurityTeamChecks.check(securityTeams, byId, referenceDate, findings);
    }
}
