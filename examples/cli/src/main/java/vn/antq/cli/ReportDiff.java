package vn.antq.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.Proposal;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.TeamResult;
import vn.antq.plan.TargetResult;

/**
 * What changes between two reports of one dataset (a what-if's {@code --diff}): the units whose standard status or
 * movement level changes, the teams and members whose rating changes, the award proposals and Kỷ niệm chương
 * verdicts whose status changes, and the plan targets whose status changes. It compares outcomes only; which
 * parameter moved them is the caller's to say.
 */
final class ReportDiff {
    /** Shown for a result one report has and the other does not. */
    static final String NONE = "—";

    /**
     * One result that changes.
     *
     * @param what   what the result is, in Vietnamese (e.g. "Tiêu chuẩn ANTT", "Xếp loại Tổ")
     * @param id     the id of its subject (a unit, a team, a member, a target and its scope)
     * @param name   the subject's name, or null
     * @param before the result without the changes, in Vietnamese, or {@link #NONE}
     * @param after  the result with them
     */
    record Change(String what, String id, String name, String before, String after) {
    }

    private record Result(String name, String text) {
    }

    private ReportDiff() {
    }

    /**
     * @param before the report without the changes
     * @param after  the report with them
     * @return the changes, grouped by kind of result, each group in the order of {@code after} (then the results
     *     only {@code before} has); empty when nothing changes
     */
    static List<Change> between(EvaluationReport before, EvaluationReport after) {
        List<Change> changes = new ArrayList<>();
        compare("Tiêu chuẩn ANTT", standards(before), standards(after), changes);
        compare("Phong trào", movements(before), movements(after), changes);
        compare("Xếp loại Tổ", teamRatings(before), teamRatings(after), changes);
        compare("Xếp loại thành viên", memberRatings(before), memberRatings(after), changes);
        compare("Đề xuất khen thưởng", proposals(before), proposals(after), changes);
        compare("Kỷ niệm chương", medals(before), medals(after), changes);
        compare("Chỉ tiêu", targets(before), targets(after), changes);
        return changes;
    }

    private static void compare(String what, Map<String, Result> before, Map<String, Result> after,
                                List<Change> changes) {
        Map<String, Result> all = new LinkedHashMap<>(after);
        before.forEach(all::putIfAbsent);
        all.forEach((id, r) -> {
            String was = text(before.get(id));
            String is = text(after.get(id));
            if (!was.equals(is)) {
                changes.add(new Change(what, id, r.name(), was, is));
            }
        });
    }

    private static String text(Result r) {
        return r == null ? NONE : r.text();
    }

    private static Map<String, Result> standards(EvaluationReport report) {
        Map<String, Result> m = new LinkedHashMap<>();
        for (UnitAssessment u : report.units()) {
            m.put(u.id(), new Result(u.name(), u.standard().status().labelVi()));
        }
        return m;
    }

    private static Map<String, Result> movements(EvaluationReport report) {
        Map<String, Result> m = new LinkedHashMap<>();
        for (UnitAssessment u : report.units()) {
            m.put(u.id(), new Result(u.name(), u.movement().level() == null ? NONE : u.movement().level().labelVi()));
        }
        return m;
    }

    private static Map<String, Result> teamRatings(EvaluationReport report) {
        Map<String, Result> m = new LinkedHashMap<>();
        for (TeamResult t : report.securityTeams()) {
            m.put(t.teamId(), new Result(null, rating(t.rating())));
        }
        return m;
    }

    private static Map<String, Result> memberRatings(EvaluationReport report) {
        Map<String, Result> m = new LinkedHashMap<>();
        for (TeamResult t : report.securityTeams()) {
            for (MemberResult member : t.members()) {
                m.put(t.teamId() + "/" + member.memberId(), new Result(member.name(), rating(member.rating())));
            }
        }
        return m;
    }

    private static String rating(RatingResult r) {
        return r.rating() != null ? r.rating().labelVi() : r.status().labelVi();
    }

    private static Map<String, Result> proposals(EvaluationReport report) {
        Map<String, String> names = new LinkedHashMap<>();
        report.units().forEach(u -> names.put(u.id(), u.name()));
        Map<String, Result> m = new LinkedHashMap<>();
        for (Proposal p : report.proposals()) {
            m.put(p.unitId() + "/" + p.award().name(), new Result(names.get(p.unitId()) + " — " + p.award().labelVi(),
                    p.status().labelVi()));
        }
        return m;
    }

    private static Map<String, Result> medals(EvaluationReport report) {
        Map<String, Result> m = new LinkedHashMap<>();
        if (report.medals() != null) {
            for (MedalResult r : report.medals().results()) {
                m.put(r.personId() + "/" + r.candidate().name(), new Result(r.name(), r.status().labelVi()));
            }
        }
        return m;
    }

    private static Map<String, Result> targets(EvaluationReport report) {
        Map<String, Result> m = new LinkedHashMap<>();
        for (TargetResult t : report.targets()) {
            m.put(t.id() + " @ " + t.scope(), new Result(t.scopeName() + ": " + t.label(), t.status().labelVi()));
        }
        return m;
    }
}
