package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.antq.commendation.MedalCandidate;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.MedalReview;
import vn.antq.commendation.MedalStatus;

/**
 * The Kỷ niệm chương part of the text report: the proposal date and the regime it chooses, how many members
 * were checked and fell short of the service time, the legal basis and the deadline, then the people by status
 * (eligible, not eligible, lacking data, to be confirmed "cần xác nhận", deferred "hoãn xét"), leaders first, each
 * with the reasons.
 */
final class MedalSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MedalSection() {
    }

    /** Lists the people with one status, leaders first, at most {@link TeamSection#LISTED}. */
    private static void list(Writer w, MedalReview review, MedalStatus status) throws IOException {
        List<MedalResult> people = new ArrayList<>();
        for (MedalCandidate c : new MedalCandidate[] {MedalCandidate.LEADER, MedalCandidate.TEAM_MEMBER}) {
            review.results().stream().filter(m -> m.candidate() == c && m.status() == status).forEach(people::add);
        }
        if (people.isEmpty()) {
            return;
        }
        Lines.line(w, "");
        Lines.line(w, "  " + capitalised(status) + " (" + people.size() + ")");
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

    private static String capitalised(MedalStatus status) {
        String label = status.labelVi();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    static void write(Writer w, MedalReview review, String heading) throws IOException {
        Lines.line(w, heading + " (antq kiểm tra, Bộ Công an quyết định)");
        Lines.line(w, "  Ngày đề nghị: " + DAY.format(review.proposalDate()) + "; thành viên Tổ đã kiểm tra "
                + review.membersChecked() + ", chưa đủ thời gian công tác " + review.membersShortOfTime());
        Map<MedalStatus, Integer> counts = new EnumMap<>(MedalStatus.class);
        for (MedalResult m : review.results()) {
            counts.merge(m.status(), 1, Integer::sum);
        }
        List<String> tally = new ArrayList<>();
        for (MedalStatus s : MedalStatus.values()) {
            tally.add((tally.isEmpty() ? capitalised(s) : s.labelVi()) + " " + counts.getOrDefault(s, 0));
        }
        Lines.line(w, "  " + String.join(", ", tally));
        if (!review.results().isEmpty()) {
            MedalResult first = review.results().get(0);
            Lines.line(w, "  Căn cứ: " + first.source()
                    + (first.deadline() == null ? "" : "; hồ sơ gửi Bộ trước " + DAY.format(first.deadline())));
            if (first.lateNote() != null) {
                Lines.line(w, "  Lưu ý: " + first.lateNote());
            }
        }
        Lines.basis(w, review.results().stream().map(MedalResult::provisionalBasis));
        for (MedalStatus s : MedalStatus.values()) {
            list(w, review, s);
        }
    }
}
