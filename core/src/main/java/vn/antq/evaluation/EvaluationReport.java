package vn.antq.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.antq.commendation.MedalReview;
import vn.antq.commendation.Proposal;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetFinding;
import vn.antq.grassroots.TeamResult;
import vn.antq.pack.PackInfo;
import vn.antq.plan.PlanInfo;
import vn.antq.plan.TargetResult;
import vn.antq.standard.UsedParameter;

/**
 * The result of evaluating one dataset: every unit once, in dataset order, with the rule pack and
 * the provisional parameters used. Immutable; the same dataset and pack give an equal report.
 *
 * @param year                  the assessment year
 * @param referenceDate         the reference date
 * @param pack                  the rule pack
 * @param provisionalParameters ids of provisional parameters that some conclusion used, sorted
 * @param units                 one assessment per dataset unit, in dataset order
 * @param plan                  the plan evaluated, or {@code null} when none was asked for
 * @param targets               the plan's targets, each for the plan's unit and for each group; empty
 *                              without a plan
 * @param budget                every budget line of the dataset checked against its spending norm, in
 *                              dataset order
 * @param proposals             candidates for collective awards, by award then rank
 * @param securityTeams         every Tổ bảo vệ an ninh, trật tự of the dataset checked: staffing, members'
 *                              eligibility and monthly support, and both ratings
 * @param medals                the Kỷ niệm chương review, or {@code null} when the dataset gives no proposal date
 * @param warnings              non-fatal remarks from reading the dataset
 * @param budgetCaps            the yearly caps of TT 40/2023/TT-BTC, each checked over all the year's lines of one
 *                              spender in one category (since 0.2)
 * @since 0.1
 */
public record EvaluationReport(int year, LocalDate referenceDate, PackInfo pack, List<String> provisionalParameters,
                               List<UnitAssessment> units, PlanInfo plan, List<TargetResult> targets,
                               List<BudgetFinding> budget, List<Proposal> proposals,
                               List<TeamResult> securityTeams, MedalReview medals, List<String> warnings,
                               List<BudgetCapFinding> budgetCaps) {

    /** The report format id this version writes. */
    public static final String FORMAT = "antq-report/1.1";

    /** Copies the lists. */
    public EvaluationReport {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(pack, "pack");
        provisionalParameters = List.copyOf(provisionalParameters);
        units = List.copyOf(units);
        targets = List.copyOf(targets);
        budget = List.copyOf(budget);
        proposals = List.copyOf(proposals);
        securityTeams = List.copyOf(securityTeams);
        warnings = List.copyOf(warnings);
        budgetCaps = List.copyOf(budgetCaps);
    }

    /**
     * A report without yearly budget caps, as before 0.2.
     *
     * @param year                  the assessment year
     * @param referenceDate         the reference date
     * @param pack                  the rule pack
     * @param provisionalParameters ids of provisional parameters used, sorted
     * @param units                 one assessment per dataset unit
     * @param plan                  the plan evaluated, or null
     * @param targets               the plan's targets
     * @param budget                the budget lines checked
     * @param proposals             candidates for collective awards
     * @param securityTeams         the Tổ bảo vệ an ninh, trật tự checked
     * @param medals                the Kỷ niệm chương review, or null
     * @param warnings              non-fatal remarks
     */
    public EvaluationReport(int year, LocalDate referenceDate, PackInfo pack, List<String> provisionalParameters,
                            List<UnitAssessment> units, PlanInfo plan, List<TargetResult> targets,
                            List<BudgetFinding> budget, List<Proposal> proposals, List<TeamResult> securityTeams,
                            MedalReview medals, List<String> warnings) {
        this(year, referenceDate, pack, provisionalParameters, units, plan, targets, budget, proposals, securityTeams,
                medals, warnings, List.of());
    }

    /**
     * @param plan    the plan evaluated
     * @param targets its targets
     * @return this report with the plan's targets, and their provisional parameters added to the list
     */
    public EvaluationReport withTargets(PlanInfo plan, List<TargetResult> targets) {
        TreeSet<String> provisional = new TreeSet<>(provisionalParameters);
        targets.forEach(t -> t.parameters().stream().filter(UsedParameter::provisional)
                .forEach(p -> provisional.add(p.id())));
        return new EvaluationReport(year, referenceDate, pack, List.copyOf(provisional), units, plan, targets,
                budget, proposals, securityTeams, medals, warnings, budgetCaps);
    }

    /** @param id a unit id @return its assessment, if the dataset had it */
    public Optional<UnitAssessment> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
