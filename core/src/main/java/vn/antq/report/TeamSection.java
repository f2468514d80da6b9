package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.TeamResult;
import vn.antq.verdict.Verdict;

/**
 * The grassroots part of the text report: how many Tổ bảo vệ an ninh, trật tự are at the staffing, how
 * many members are eligible, the monthly support due (and for how many members it could not be computed), the
 * ratings, then the teams and members with a problem (off the staffing, an ineligible member, a team rated
 * "không hoàn thành nhiệm vụ").
 */
final class TeamSection {
    static final int LISTED = 40;

    private TeamSection() {
    }

    static void write(Writer w, EvaluationReport report, String heading) throws IOException {
        int[] teams = new int[3];
        int[] members = new int[3];
        BigDecimal support = BigDecimal.ZERO;
        int notComputed = 0;
        Set<String> supportBasis = new TreeSet<>();
        for (TeamResult t : report.securityTeams()) {
            teams[index(t.staffed())]++;
            for (MemberResult m : t.members()) {
                members[index(m.eligible())]++;
                support = m.monthlySupport() == null ? support : support.add(m.monthlySupport());
                notComputed += m.supportReasons().isEmpty() ? 0 : 1;
                supportBasis.addAll(m.supportProvisionalBasis());
            }
        }
        Lines.line(w, heading + " (Luật 30/2023/QH15)");
        Lines.line(w, "  Tổ: " + report.securityTeams().size() + " — đúng định biên " + teams[0] + ", không đúng " + teams[1]
                + ", thiếu số liệu " + teams[2]);
        Lines.line(w, "  Thành viên: đủ điều kiện " + members[0] + ", không đủ " + members[1] + ", thiếu số liệu " + members[2]);
        Lines.line(w, "  Tổng mức hỗ trợ hằng tháng: " + Lines.money(support) + " đồng" + (notComputed == 0 ? ""
                : " (chưa tính được cho " + notComputed + " thành viên: thiếu loại địa bàn hoặc hệ số, xem supportReasons"
                + " trong báo cáo JSON)"));
        if (!supportBasis.isEmpty()) {
            Lines.line(w, "  Mức hỗ trợ là tạm thời, dựa trên tham số chưa xác nhận: " + String.join(", ", supportBasis));
        }
        ratings(w, report);
        int listed = 0;
        for (TeamResult t : report.securityTeams()) {
            boolean teamProblem = t.staffed() != Verdict.MET;
            boolean memberProblem = t.members().stream().anyMatch(m -> m.eligible() != Verdict.MET);
            boolean ratingProblem = t.rating().rating() == Rating.NOT_COMPLETED;
            if (!teamProblem && !memberProblem && !ratingProblem) {
                continue;
            }
            if (++listed > LISTED) {
                Lines.line(w, "  … và các tổ khác (xem báo cáo JSON)");
                break;
            }
            Lines.line(w, "");
            Lines.line(w, "  " + t.teamId() + " (" + String.join(", ", t.areaIds()) + ")"
                    + (teamProblem ? " — định biên: " + t.actual() + "; quy định: " + t.required() : "")
                    + (ratingProblem ? " — " + t.rating().rating().labelVi().toLowerCase(Locale.ROOT) + ": "
                    + t.rating().actual() : ""));
            for (MemberResult m : t.members()) {
                if (m.eligible() != Verdict.MET) {
                    Lines.line(w, "    " + m.role().labelVi() + " " + m.name() + " (" + m.memberId() + "): "
                            + String.join("; ", m.reasons()));
                }
            }
        }
    }

    /** Counts of each rating, and of teams and members not rated or lacking data (Hướng dẫn 01/HD-BCA-V05). */
    private static void ratings(Writer w, EvaluationReport report) throws IOException {
        Map<String, Integer> teams = new LinkedHashMap<>();
        Map<String, Integer> members = new LinkedHashMap<>();
        int lowered = 0;
        Set<String> basis = new TreeSet<>();
        for (TeamResult t : report.securityTeams()) {
            count(teams, t.rating());
            basis.addAll(t.rating().provisionalBasis());
            for (MemberResult m : t.members()) {
                count(members, m.rating());
                basis.addAll(m.rating().provisionalBasis());
                lowered += m.rating().reasons().stream().anyMatch(r -> r.startsWith("ngoài tỷ lệ")) ? 1 : 0;
            }
            lowered += t.rating().reasons().stream().anyMatch(r -> r.startsWith("ngoài tỷ lệ")) ? 1 : 0;
        }
        Lines.line(w, "  Xếp loại Tổ (HD 01/HD-BCA-V05): " + tally(teams));
        Lines.line(w, "  Xếp loại thành viên: " + tally(members));
        if (lowered > 0) {
            Lines.line(w, "  Hạ từ xuất sắc xuống tốt do vượt tỷ lệ xuất sắc của xã: " + lowered);
        }
        Lines.basis(w, Stream.of(List.copyOf(basis)));
    }

    private static void count(Map<String, Integer> counts, RatingResult r) {
        String key = r.rating() != null ? r.rating().labelVi() : r.status().labelVi();
        counts.merge(key.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }

    private static String tally(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        for (Rating r : Rating.values()) {
            text.append(r.labelVi().toLowerCase(Locale.ROOT)).append(' ')
                    .append(counts.getOrDefault(r.labelVi().toLowerCase(Locale.ROOT), 0)).append(", ");
        }
        for (RatingStatus s : new RatingStatus[] {RatingStatus.NOT_RATED, RatingStatus.INSUFFICIENT_DATA}) {
            text.append(s.labelVi().toLowerCase(Locale.ROOT)).append(' ')
                    .append(counts.getOrDefault(s.labelVi().toLowerCase(Locale.ROOT), 0)).append(", ");
        }
        return text.substring(0, text.length() - 2);
    }

    private static int index(Verdict v) {
        return v == Verdict.MET ? 0 : v == Verdict.NOT_MET ? 1 : 2;
    }
}
