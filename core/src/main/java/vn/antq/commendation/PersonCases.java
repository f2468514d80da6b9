package vn.antq.commendation;

import java.util.ArrayList;
import java.util.List;

/**
 * What is pending about a person considered for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (a leader or a
 * team member): the cases that defer the proposal (NĐ 152/2025/NĐ-CP Điều 4 khoản 4, NĐ 98/2023/NĐ-CP and
 * NĐ 91/2017/NĐ-CP before it; the medal's own principles) and a discipline being served. Each flag is
 * {@code null} when the dataset does not give it: that is not known, never "no case".
 *
 * @param underDiscipline    serving a discipline whose time has not ended
 * @param pendingDiscipline  a competent body is considering a discipline
 * @param underInvestigation under investigation ("đang điều tra")
 * @param pendingInspection  under inspection or examination for signs of a violation
 * @param pendingComplaint   a complaint or denunciation not yet concluded
 * @param pressCorruption    a corruption or misconduct matter reported by the press, being verified
 * @since 0.1
 */
public record PersonCases(Boolean underDiscipline, Boolean pendingDiscipline, Boolean underInvestigation,
                          Boolean pendingInspection, Boolean pendingComplaint, Boolean pressCorruption) {

    /** Nothing known. */
    public static final PersonCases NONE = new PersonCases(null, null, null, null, null, null);

    /** No case of any kind: every flag false. */
    public static final PersonCases CLEAR = new PersonCases(false, false, false, false, false, false);

    /**
     * @return the pending cases that block a proposal (not {@link #underDiscipline}), each with its wording and
     *         flag, in dataset-format order
     */
    public List<Case> pending() {
        List<Case> cases = new ArrayList<>(5);
        cases.add(new Case("đang xem xét kỷ luật", pendingDiscipline));
        cases.add(new Case("đang bị điều tra", underInvestigation));
        cases.add(new Case("đang thanh tra, kiểm tra", pendingInspection));
        cases.add(new Case("đang có đơn thư khiếu nại, tố cáo chưa có kết luận", pendingComplaint));
        cases.add(new Case("có vấn đề tham nhũng, tiêu cực được báo chí nêu đang được xác minh",
                pressCorruption));
        return cases;
    }

    /**
     * One pending case of a person.
     *
     * @param labelVi the Vietnamese wording
     * @param pending true when pending, false when not, null when not known
     */
    public record Case(String labelVi, Boolean pending) {
    }
}
