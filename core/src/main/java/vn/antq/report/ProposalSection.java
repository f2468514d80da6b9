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

/** The commendation part of the text report: per award, the candidates in rank order, with their reasons. */
final class ProposalSection {

    private ProposalSection() {
    }

    static void write(Writer w, EvaluationReport report, String heading) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (UnitAssessment u : report.units()) {
            names.put(u.id(), u.name());
        }
        Lines.line(w, heading + " (antq đề xuất, người có thẩm quyền quyết định; tiêu chí tạm thời)");
        Map<Award, List<Proposal>> byAward = new LinkedHashMap<>();
        for (Proposal p : report.proposals()) {
            byAward.computeIfAbsent(p.award(), a -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<Award, List<Proposal>> e : byAward.entrySet()) {
            long proposed = e.getValue().stream().filter(p -> p.status() == ProposalStatus.PROPOSED).count();
            Lines.line(w, "");
            Lines.line(w, "  " + e.getKey().labelVi() + ": " + proposed + " đề nghị / " + e.getValue().size() + " ứng viên");
            for (Proposal p : e.getValue()) {
                Lines.line(w, "    " + p.rank() + ". " + p.unitId() + " · " + names.getOrDefault(p.unitId(), "") + " — "
                        + p.status().labelVi() + (p.score() == null ? "" : ", " + p.score().toPlainString().replace('.', ',') + " điểm"));
                Lines.line(w, "       " + String.join("; ", p.reasons()));
            }
        }
    }
}
