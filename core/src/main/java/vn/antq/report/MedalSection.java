package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.MedalReview;
import vn.antq.verdict.Verdict;

/**
 * The Kỷ niệm chương part of the text report: the proposal date and the regime it chooses, how many members
 * were checked and fell short of the service time, then each candidate with the verdict, the counted time, the
 * reasons and the deadline.
 */
final class MedalSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MedalSection() {
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
        int listed = 0;
        for (MedalResult m : review.results()) {
            if (++listed > TeamSection.LISTED) {
                Lines.line(w, "  … và những người khác (xem báo cáo JSON)");
                break;
            }
            Lines.line(w, "");
            Lines.line(w, "  " + m.candidate().labelVi() + " " + m.name() + " (" + m.personId()
                    + (m.teamId() != null ? ", " + m.teamId() : m.unitId() != null ? ", " + m.unitId() : "") + ") — "
                    + m.eligible().labelVi());
            Lines.line(w, "    " + m.actual() + "; quy định: " + m.required());
            if (!m.reasons().isEmpty()) {
                Lines.line(w, "    " + String.join("; ", m.reasons()));
            }
        }
    }
}
