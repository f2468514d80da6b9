package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.Award;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.Proposal;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetLine;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.TeamResult;
import vn.antq.samples.Samples;

/**
 * On both bundled samples the engine and the plain-Java references agree: {@link ReferenceTeams} on every team's
 * staffing and rating and every member's eligibility, monthly support and rating; {@link ReferenceMedals} on every
 * Kỷ niệm chương verdict; {@link ReferenceProposals} on every commendation proposal and its rank;
 * {@link ReferenceBudget} on every budget line's finding and every yearly cap.
 */
class ReferenceExtendedAgreementTest {
    private static Dataset d2024;
    private static Dataset d2026;
    private static EvaluationReport y2024;
    private static EvaluationReport y2026;

    @BeforeAll
    static void evaluateBothSamples() throws Exception {
        d2024 = read(Samples::thanhHoa2024);
        d2026 = read(Samples::thanhHoa2026);
        y2024 = Fixture.EVALUATOR.evaluate(d2024);
        y2026 = Fixture.EVALUATOR.evaluate(d2026);
    }

    private static Dataset read(Supplier<InputStream> sample) throws IOException, InvalidDatasetException {
        try (InputStream in = sample.get()) {
            return DatasetReader.read(in);
        }
    }

    /** Counts comparisons and outcomes, and keeps the disagreements. */
    static final class Tally {
        final Map<String, Integer> seen = new TreeMap<>();
        final List<String> disagreements = new ArrayList<>();
        int compared;

        void same(String what, String id, Object expected, Object actual) {
            compared++;
            if (!what.startsWith("rank") && !what.startsWith("lineId") && !what.startsWith("capTotal")) {
                seen.merge(what + ":" + actual, 1, Integer::sum);
            }
            if (!Objects.equals(expected, actual)) {
                disagreements.add(what + " " + id + ": reference " + expected + ", engine " + actual);
            }
        }

        void sameAmount(String what, String id, BigDecimal expected, BigDecimal actual) {
            compared++;
            boolean equal = expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0;
            if (!equal) {
                disagreements.add(what + " " + id + ": reference " + expected + ", engine " + actual);
            }
        }

        void assertAgreed(int atLeast, String... outcomes) {
            System.out.println("compared " + compared + "; outcomes " + seen);
            assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements, first: "
                    + String.join("\n", disagreements.subList(0, Math.min(40, disagreements.size()))));
            assertTrue(compared >= atLeast, "compared " + compared);
            for (String o : outcomes) {
                assertTrue(seen.getOrDefault(o, 0) > 0, o + " never reached: " + seen);
            }
        }
    }

    @Test
    void teamsAndMembersAgree() {
        Tally t = new Tally();
        teams(d2024, y2024, t);
        teams(d2026, y2026, t);
        t.assertAgreed(10_000, "staffed:MET", "staffed:NOT_MET", "eligible:MET", "eligible:NOT_MET",
                "eligible:UNKNOWN", "team:NOT_RATED", "team:RATED/EXCELLENT", "team:RATED/GOOD",
                "team:RATED/COMPLETED", "team:RATED/NOT_COMPLETED",
                "member:NOT_RATED", "member:RATED/EXCELLENT", "member:RATED/GOOD", "member:RATED/COMPLETED",
                "member:RATED/NOT_COMPLETED");
    }

    private static void teams(Dataset d, EvaluationReport report, Tally t) {
        ReferenceTeams.Result ref = ReferenceTeams.evaluate(d);
        for (TeamResult team : report.securityTeams()) {
            t.same("staffed", team.teamId(), ref.staffed().get(team.teamId()).verdict(), team.staffed());
            t.same("team", team.teamId(), show(ref.teamRating().get(team.teamId())), show(team.rating()));
            for (MemberResult m : team.members()) {
                t.same("eligible", m.memberId(), ref.eligible().get(m.memberId()).verdict(), m.eligible());
                t.sameAmount("support", m.memberId(), ref.support().get(m.memberId()), m.monthlySupport());
                t.same("member", m.memberId(), show(ref.memberRating().get(m.memberId())), show(m.rating()));
            }
        }
        t.same("teams", d.title(), ref.staffed().size(), report.securityTeams().size());
    }

    private static String show(ReferenceTeams.Rated r) {
        return r == null ? null : r.rating() == null ? r.status().name() : r.status() + "/" + r.rating();
    }

    private static String show(RatingResult r) {
        return r.rating() == null ? r.status().name() : r.status() + "/" + r.rating();
    }

    @Test
    void medalsAgree() {
        Tally t = new Tally();
        medals(d2024, y2024, t);
        medals(d2026, y2026, t);
        t.assertAgreed(100, "medal:ELIGIBLE", "medal:NOT_ELIGIBLE", "medal:DEFERRED",
                "medal:NEEDS_CONFIRMATION");
    }

    private static void medals(Dataset d, EvaluationReport report, Tally t) {
        ReferenceMedals.Result ref = ReferenceMedals.evaluate(d);
        if (ref == null || report.medals() == null) {
            t.same("review", d.title(), ref == null, report.medals() == null);
            return;
        }
        t.same("membersChecked", d.title(), ref.membersChecked(), report.medals().membersChecked());
        t.same("membersShortOfTime", d.title(), ref.membersShortOfTime(), report.medals().membersShortOfTime());
        t.same("listed", d.title(), ref.status().size(), report.medals().results().size());
        for (MedalResult m : report.medals().results()) {
            t.same("medal", m.personId() + " (" + m.candidate() + ") " + m.actual() + " | " + m.required() + " | "
                    + m.reasons(), ref.status().get(m.personId()), m.status());
        }
        for (vn.antq.commendation.Leader l : d.leaders()) {
            MedalResult m = report.medals().results().stream().filter(x -> x.personId().equals(l.id())).findFirst()
                    .orElse(null);
            if (m != null && m.status() != ref.status().get(l.id())) {
                t.disagreements.add("DIAG leader " + l.id() + " posts " + l.posts() + " awards " + l.awards()
                        + " proposal " + d.medalProposalDate());
            }
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        report.medals().results().forEach(m -> listed.add(m.personId()));
        for (vn.antq.grassroots.SecurityTeam team : d.securityTeams()) {
            for (vn.antq.grassroots.TeamMember m : team.members()) {
                if (ref.status().containsKey(m.id()) && !listed.contains(m.id())) {
                    t.disagreements.add("DIAG not listed " + m.id() + " joined " + m.joined() + " female "
                            + m.female() + " area " + m.areaType() + " earlier " + m.service().earlierService()
                            + " proposal " + d.medalProposalDate());
                }
            }
        }
    }

    @Test
    void proposalsAgree() {
        Tally t = new Tally();
        proposals(d2024, y2024, t);
        proposals(d2026, y2026, t);
        t.assertAgreed(100, "proposal:PROPOSED", "proposal:BLOCKED", "proposal:NEEDS_CONFIRMATION");
    }

    private static void proposals(Dataset d, EvaluationReport report, Tally t) {
        Map<String, ReferenceProposals.Expected> ref = ReferenceProposals.evaluate(d, report);
        t.same("proposals", d.title(), ref.size(), report.proposals().size());
        for (Proposal p : report.proposals()) {
            ReferenceProposals.Expected e = ref.get(p.unitId());
            t.same("proposal", p.unitId(), e == null ? null : e.status(), p.status());
            t.same("award", p.unitId(), e == null ? null : e.award(), p.award());
            t.same("years", p.unitId(), e == null ? null : e.yearsAchieved(), p.yearsAchieved());
        }
        Map<Award, List<String>> ranking = ReferenceProposals.ranking(ref);
        ranking.forEach((award, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                int rank = report.proposals().stream().filter(p -> p.unitId().equals(id)).findFirst()
                        .map(Proposal::rank).orElse(-1);
                t.same("rank", award + " " + id, i + 1, rank);
                if (i + 1 != rank && t.disagreements.size() < 3) {
                    report.proposals().stream().filter(p -> p.award() == award && p.rank() <= rank + 1)
                            .forEach(p -> t.disagreements.add("DIAG " + p.unitId() + " " + p.status() + " rank "
                                    + p.rank() + " score " + p.score() + " years " + p.yearsAchieved()));
                }
            }
        });
    }

    @Test
    void budgetLinesAndCapsAgree() {
        Tally t = new Tally();
        budget(d2024, y2024, t);
        budget(d2026, y2026, t);
        t.assertAgreed(100, "line:MET", "line:NOT_MET", "line:UNKNOWN", "line:NOT_APPLICABLE", "cap:MET",
                "cap:NOT_MET");
    }

    private static void budget(Dataset d, EvaluationReport report, Tally t) {
        t.same("lines", d.title(), d.budgetLines().size(), report.budget().size());
        for (int i = 0; i < d.budgetLines().size() && i < report.budget().size(); i++) {
            BudgetLine l = d.budgetLines().get(i);
            BudgetFinding f = report.budget().get(i);
            ReferenceBudget.Line e = ReferenceBudget.line(l);
            t.same("lineId", l.id(), l.id(), f.lineId());
            t.same("line", l.id(), e.status(), f.status());
            if (e.rule() != null) {
                t.same("lineRule", l.id(), e.rule(), f.rule());
            }
            t.sameAmount("allowed", l.id(), e.allowed(), f.allowed());
        }
        List<ReferenceBudget.Cap> caps = ReferenceBudget.caps(d.budgetLines());
        t.same("caps", d.title(), caps.size(), report.budgetCaps().size());
        for (ReferenceBudget.Cap c : caps) {
            BudgetCapFinding f = report.budgetCaps().stream().filter(x -> x.unitId().equals(c.unitId())
                    && x.spender() == c.spender() && x.category() == c.category()).findFirst().orElse(null);
            t.same("cap", c.key(), c.status(), f == null ? null : f.status());
            t.same("capRule", c.key(), c.rule(), f == null ? null : f.rule());
            t.same("capTotal", c.key(), c.total(), f == null ? null : f.total());
            if (c.status() != vn.antq.verdict.Verdict.UNKNOWN) {
                t.sameAmount("capCap", c.key(), c.cap(), f == null ? null : f.cap());
            }
        }
    }
}
