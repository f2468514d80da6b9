package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.commendation.Award;
import vn.antq.commendation.Proposal;
import vn.antq.commendation.ProposalStatus;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;

/**
 * The commendation part of the text report: per award, the candidates proposed or over the quota in rank order,
 * then those to be confirmed ("cần xác nhận") and those held back by a pending case ("hoãn xét"), with reasons.
 */
final class ProposalSection {
    private static final List<ProposalStatus> PROPOSED_OR_OVER_QUOTA =
            List.of(ProposalStatus.PROPOSED, ProposalStatus.OVER_QUOTA);

    private ProposalSection() {
    }

    static void write(Writer w, EvaluationReport report, String heading) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (UnitAssessment u : report.units()) {
            names.put(u.id(), u.name());
        }
        Lines.line(w, heading + " (antq đề xuất, người có thẩm quyền quyết định; tiêu chí tạm thời)");
        Lines.basis(w, report.proposals().stream().map(Proposal::provisionalBasis));
        Map<Award, List<Proposal>> byAward = new LinkedHashMap<>();
        for (Proposal p : report.proposals()) {
            byAward.computeIfAbsent(p.award(), a -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<Award, List<Proposal>> e : byAward.entrySet()) {
            long proposed = e.getValue().stream().filter(p -> p.status() == ProposalStatus.PROPOSED).count();
            Lines.line(w, "");
            Lines.line(w, "  " + e.getKey().labelVi() + ": " + proposed + " đề nghị / " + e.getValue().size() + " ứng viên");
            list(w, e.getValue(), names, "", PROPOSED_OR_OVER_QUOTA);
            list(w, e.getValue(), names, "Cần xác nhận", List.of(ProposalStatus.NEEDS_CONFIRMATION));
            long toConfirm = e.getValue().stream().filter(p -> p.status() == ProposalStatus.NEEDS_CONFIRMATION).count();
            if (toConfirm > 0 && e.getValue().stream().anyMatch(p -> p.status() == ProposalStatus.OVER_QUOTA)) {
                Lines.line(w, "    Lưu ý: " + toConfirm + " ứng viên cần xác nhận chưa được tính vào chỉ tiêu; khi được xác"
                        + " nhận, thứ tự và đơn vị trong chỉ tiêu có thể thay đổi");
            }
            list(w, e.getValue(), names, "Hoãn xét", List.of(ProposalStatus.BLOCKED));
        }
    }

    /** Lists the candidates with one of the statuses in rank order, under a heading unless it is empty. */
    private static void list(Writer w, List<Proposal> candidates, Map<String, String> names, String heading,
                             List<ProposalStatus> statuses) throws IOException {
        List<Proposal> listed = candidates.stream().filter(p -> statuses.contains(p.status())).toList();
        if (listed.isEmpty()) {
            return;
        }
        if (!heading.isEmpty()) {
            Lines.line(w, "    " + heading + " (" + listed.size() + ")");
        }
        for (Proposal p : listed) {
            Lines.line(w, "    " + p.rank() + ". " + p.unitId() + " · " + names.getOrDefault(p.unitId(), "") + " — "
                    + p.status().labelVi() + (p.score() == null ? "" : ", " + p.score().toPlainString().replace('.', ',') + " điểm"));
            Lines.line(w, "       " + String.join("; ", p.reasons()));
        }
    }
}
