package vn.antq.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.Proposal;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetFinding;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.TeamResult;
import vn.antq.plan.TargetResult;
import vn.antq.standard.CriterionResult;

/**
 * Reads one outcome from a report as the scenario format writes it ({@link Actual#NONE} when the report has none),
 * with the lines that explain it: a unit's criteria trace, the reasons of a rating, a medal verdict or a proposal, a
 * target's counts, a budget line's norm.
 */
final class Outcomes {
    private Outcomes() {
    }

    static Actual unitValue(EvaluationReport report, String id, Function<UnitAssessment, Actual> read,
                                    boolean traced) {
        Optional<UnitAssessment> unit = report.unit(id);
        if (unit.isEmpty()) {
            return new Actual(Actual.NONE, List.of("không có đơn vị " + id + " / no unit " + id));
        }
        Actual a = read.apply(unit.get());
        return traced ? new Actual(a.value(), trace(unit.get())) : a;
    }

    /** @return the unit's criteria, one line each: rule, status, actual, required */
    static List<String> trace(UnitAssessment unit) {
        List<String> lines = new ArrayList<>();
        lines.add(unit.id() + " (" + unit.name() + "): " + unit.standard().status().name()
                + (unit.standard().exclusion() == null ? "" : " — " + unit.standard().exclusion()));
        for (CriterionResult c : unit.standard().criteria()) {
            lines.add("  " + c.rule() + " " + c.status().name() + " — thực tế / actual: " + c.actual()
                    + " | yêu cầu / required: " + c.required());
        }
        return lines;
    }

    static Actual movement(UnitAssessment u) {
        String score = u.movement().score() == null ? "—" : u.movement().score().toPlainString();
        return new Actual(u.movement().level().name(), List.of("điểm / score: " + score + ", luật / rule: "
                + (u.movement().rule() == null ? "—" : u.movement().rule())));
    }

    static Actual criterion(UnitAssessment u, String rule) {
        return u.standard().criteria().stream().filter(c -> c.rule().equals(rule)).findFirst()
                .map(c -> Actual.of(c.status().name())).orElse(Actual.of(Actual.NONE));
    }

    static Actual target(EvaluationReport report, String id, String scope) {
        if (report.plan() == null) {
            return new Actual(Actual.NONE, List.of("tình huống không nêu kế hoạch (plan) / the case names no plan"));
        }
        String wanted = scope == null ? report.plan().scope() : scope;
        return report.targets().stream().filter(t -> t.id().equals(id) && t.scope().equals(wanted)).findFirst()
                .map(Outcomes::target).orElse(new Actual(Actual.NONE, List.of("chỉ tiêu có / targets: "
                        + report.targets().stream().map(t -> t.id() + "@" + t.scope()).distinct().toList())));
    }

    static Actual target(TargetResult t) {
        return new Actual(t.status().name(), List.of("thực tế / actual: " + t.numerator() + "/" + t.denominator()
                + " (" + t.actual() + ") | yêu cầu / required: " + t.required(), "không đạt / against: " + t.against()
                + "; chưa rõ / undecided: " + t.undecided()));
    }

    static Actual team(EvaluationReport report, String id, Function<TeamResult, Actual> read) {
        return report.securityTeams().stream().filter(t -> t.teamId().equals(id)).findFirst().map(read)
                .orElse(new Actual(Actual.NONE, List.of("không có Tổ " + id + " / no team " + id)));
    }

    static Actual member(EvaluationReport report, String id, Function<MemberResult, Actual> read) {
        return report.securityTeams().stream().flatMap(t -> t.members().stream())
                .filter(m -> m.memberId().equals(id)).findFirst().map(read)
                .orElse(new Actual(Actual.NONE, List.of("không có thành viên " + id + " / no member " + id)));
    }

    static Actual rating(RatingResult r) {
        List<String> details = new ArrayList<>();
        details.add("thực tế / actual: " + r.actual() + " | luật / rule: " + r.rule());
        r.reasons().forEach(reason -> details.add("lý do / reason: " + reason));
        return new Actual(r.status() == RatingStatus.RATED ? r.rating().name() : r.status().name(), details);
    }

    static Actual medal(EvaluationReport report, String id) {
        if (report.medals() == null) {
            return new Actual(Actual.NONE, List.of("không xét Kỷ niệm chương: thiếu medalProposalDate / no medal review:"
                    + " no medalProposalDate"));
        }
        Optional<MedalResult> found = report.medals().results().stream().filter(m -> m.personId().equals(id))
                .findFirst();
        return found.map(m -> {
            List<String> details = new ArrayList<>();
            details.add("thực tế / actual: " + m.actual() + " | yêu cầu / required: " + m.required() + " | luật / rule: "
                    + m.rule());
            m.reasons().forEach(reason -> details.add("lý do / reason: " + reason));
            return new Actual(m.status().name(), details);
        }).orElse(new Actual(Actual.NONE, List.of(id + " không có trong kết quả (thành viên thiếu thời gian không được liệt"
                + " kê) / not in the review (members short of time are not listed)")));
    }

    static Actual proposal(EvaluationReport report, String unitId, String award) {
        List<Proposal> found = report.proposals().stream().filter(p -> p.unitId().equals(unitId))
                .filter(p -> award == null || p.award().name().equals(award)).toList();
        if (found.isEmpty()) {
            return Actual.of(Actual.NONE);
        }
        Proposal p = found.get(0);
        List<String> details = new ArrayList<>();
        details.add(p.award().name() + ", hạng / rank " + p.rank() + ", luật / rule " + p.rule());
        p.reasons().forEach(reason -> details.add("lý do / reason: " + reason));
        return new Actual(p.status().name(), details);
    }

    static Actual budget(EvaluationReport report, String lineId) {
        return report.budget().stream().filter(b -> b.lineId().equals(lineId)).findFirst()
                .map(Outcomes::budget).orElse(Actual.of(Actual.NONE));
    }

    static Actual budget(BudgetFinding b) {
        return new Actual(b.status().name(), List.of("thực tế / actual: " + b.actual() + " | yêu cầu / required: "
                + b.required() + " | luật / rule: " + b.rule()));
    }

    static Actual budgetCap(EvaluationReport report, String unitId, String category) {
        return report.budgetCaps().stream()
                .filter(c -> c.unitId().equals(unitId) && c.category().name().equals(category)).findFirst()
                .map(Outcomes::budgetCap).orElse(Actual.of(Actual.NONE));
    }

    static Actual budgetCap(BudgetCapFinding c) {
        return new Actual(c.status().name(), List.of("thực tế / actual: " + c.actual() + " | yêu cầu / required: "
                + c.required() + " | luật / rule: " + c.rule()));
    }
}
