package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
        line(w, heading + " (Luật 30/2023/QH15)");
        line(w, "  Tổ: " + report.securityTeams().size() + " — đúng định biên " + teams[0] + ", không đúng " + teams[1]
                + ", thiếu số liệu " + teams[2]);
        line(w, "  Thành viên: đủ điều kiện " + members[0] + ", không đủ " + members[1] + ", thiếu số liệu " + members[2]);
        line(w, "  Tổng mức hỗ trợ hằng tháng: " + money(support) + " đồng");
        int listed = 0;
        for (TeamResult t : report.securityTeams()) {
            boolean teamProblem = t.staffed() != Verdict.MET;
            boolean memberProblem = t.members().stream().anyMatch(m -> m.eligible() != Verdict.MET);
            if (!teamProblem && !memberProblem) {
                continue;
            }
            if (++listed > LISTED) {
                line(w, "  … và các tổ khác (xem báo cáo JSON)");
                break;
            }
            line(w, "");
            line(w, "  " + t.teamId() + " (" + String.join(", ", t.areaIds()) + ")"
                    + (teamProblem ? " — định biên: " + t.actual() + "; quy định: " + t.required() : ""));
            for (MemberResult m : t.members()) {
                if (m.eligible() != Verdict.MET) {
                    line(w, "    " + m.role().labelVi() + " " + m.name() + " (" + m.memberId() + "): "
                            + String.join("; ", m.reasons()));
                }
            }
        }
    }

    private static int index(Verdict v) {
        return v == Verdict.MET ? 0 : v == Verdict.NOT_MET ? 1 : 2;
    }

    private static String money(BigDecimal value) {
        String plain = value.setScale(0, RoundingMode.HALF_UP).toPlainString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }

    private static void line(Writer w, String text) throws IOException {
        w.write(text);
        w.write('\n');
    }
}
