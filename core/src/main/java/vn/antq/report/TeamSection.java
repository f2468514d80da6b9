package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.TeamResult;
import vn.antq.verdict.Verdict;

/**
 * The grassroots part of the text report: how many Tổ bảo vệ an ninh, trật tự are at the staffing, how
 * many members are eligible, the monthly support due, then the teams and members with a problem.
 */
final class TeamSection {
    static final int LISTED = 40;

    private TeamSection() {
    }

    static void write(Writer w, EvaluationReport report, String heading) throws IOException {
        int[] teams = new int[3];
        int[] members = new int[3];
        BigDecimal support = BigDecimal.ZERO;
        for (TeamResult t : report.securityTeams()) {
            teams[index(t.staffed())]++;
            for (MemberResult m : t.members()) {
                members[index(m.eligible())]++;
                support = m.monthlySupport() == null ? support : support.add(m.monthlySupport());
            }
        }
        Lines.line(w, heading + " (Luật 30/2023/QH15)");
        Lines.line(w, "  Tổ: " + report.securityTeams().size() + " — đúng định biên " + teams[0] + ", không đúng " + teams[1]
                + ", thiếu số liệu " + teams[2]);
        Lines.line(w, "  Thành viên: đủ điều kiện " + members[0] + ", không đủ " + members[1] + ", thiếu số liệu " + members[2]);
        Lines.line(w, "  Tổng mức hỗ trợ hằng tháng: " + Lines.money(support) + " đồng");
        int listed = 0;
        for (TeamResult t : report.securityTeams()) {
            boolean teamProblem = t.staffed() != Verdict.MET;
            boolean memberProblem = t.members().stream().anyMatch(m -> m.eligible() != Verdict.MET);
            if (!teamProblem && !memberProblem) {
                continue;
            }
            if (++listed > LISTED) {
                Lines.line(w, "  … và các tổ khác (xem báo cáo JSON)");
                break;
            }
            Lines.line(w, "");
            Lines.line(w, "  " + t.teamId() + " (" + String.join(", ", t.areaIds()) + ")"
                    + (teamProblem ? " — định biên: " + t.actual() + "; quy định: " + t.required() : ""));
            for (MemberResult m : t.members()) {
                if (m.eligible() != Verdict.MET) {
                    Lines.line(w, "    " + m.role().labelVi() + " " + m.name() + " (" + m.memberId() + "): "
                            + String.join("; ", m.reasons()));
                }
            }
        }
    }

    private static int index(Verdict v) {
        return v == Verdict.MET ? 0 : v == Verdict.NOT_MET ? 1 : 2;
    }
}
