package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.antq.commendation.MedalCandidate;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.MedalReview;
import vn.antq.verdict.Verdict;

/**
 * The Kỷ niệm chương part of the text report: the proposal date and the regime it chooses, how many members
 * were checked and fell short of the service time, the legal basis and the deadline, then the people who are
 * eligible, not eligible (with the reasons) and lacking data, leaders first.
 */
final class MedalSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MedalSection() {
    }

    /** Lists the people with one verdict, leaders first, at most {@link TeamSection#LISTED}. */
    private static void list(Writer w, MedalReview review, Verdict verdict) throws IOException {
        List<MedalResult> people = new ArrayList<>();
        for (MedalCandidate c : new MedalCandidate[] {MedalCandidate.LEADER, MedalCandidate.TEAM_MEMBER}) {
            review.results().stream().filter(m -> m.candidate() == c && m.eligible() == verdict).forEach(people::add);
        }
        if (people.isEmpty()) {
            return;
        }
        Lines.line(w, "");
        Lines.line(w, "  " + (verdict == Verdict.MET ? "Đủ điều kiện" : verdict == Verdict.NOT_MET ? "Không đủ điều kiện"
                : "Thiếu số liệu") + " (" + people.size() + ")");
        for (int i = 0; i < people.size(); i++) {
            if (i == TeamSection.LISTED) {
                Lines.line(w, "    … và " + (people.size() - i) + " người khác (xem báo cáo JSON)");
                break;
            }
            MedalResult m = people.get(i);
            Lines.line(w, "    " + m.candidate().labelVi() + " " + m.name() + " (" + m.personId()
                    + (m.teamId() != null ? ", " + m.teamId() : m.unitId() != null ? ", " + m.unitId() : "") + "): "
                    + m.actual() + (m.reasons().isEmpty() ? "" : " — " + String.join("; ", m.reasons())));
        }
    }

    static void write(Writer w, MedalReview review, String heading) throws IOException {
        Lines.line(w, heading + " (antq kiểm tra, Bộ Công an quyết định)");
        Lines.line(w, "  Ngày đề nghị: " + DAY.format(review.proposalDate()) + "; thành viên Tổ đã kiểm tra "
                + review.membersChecked() + ", chưa đủ thời gian công tác " + review.membersShortOfTime());
        int[] counts = new int[3];
        for (MedalResult m : review.results()) {
            counts[m.eligible() == Verdict.MET ? 0 : m.eligible() == Verdict.NOT_MET ? 1 : 2]++;
        }
        Lines.line(w, "  Đủ điều kiện " + counts[0] + ", không đủ " + counts[1] + ", thiếu số liệu " + counts[2]);
        if (!review.results().isEmpty()) {
            MedalResult first = review.results().get(0);
            Lines.line(w, "  Căn cứ: " + first.source()
                    + (first.deadline() == null ? "" : "; hồ sơ gửi Bộ trước " + DAY.format(first.deadline())));
            if (first.lateNote() != null) {
                Lines.line(w, "  Lưu ý: " + first.lateNote());
            }
        }
        for (Verdict v : new Verdict[] {Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN}) {
            list(w, review, v);
        }
    }
}
