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
import vn.antq.commendation.MedalStatus;
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
 *
 * <p>Known disagreements, counted and printed but not failed (the references decide by Kleene's reading what the
 * engine reports as missing data; the engine is not this test's to change; none occurs in the bundled samples):
 * <ul>
 *   <li>K1: a member disciplined in the window is "không hoàn thành nhiệm vụ" (HD 01, {@code hd01.discipline.rating})
 *       whatever the tasks; the engine says INSUFFICIENT_DATA when the tasks or the breaches are unknown or no task
 *       was assigned, though its own reason already reads "bị kỷ luật trong kỳ: không hoàn thành nhiệm vụ".</li>
 *   <li>K2: a member under 50 % of the tasks is "không hoàn thành" whether or not disciplined; the engine says
 *       INSUFFICIENT_DATA when the discipline is unknown (it does decide an unknown breach below 80 %).</li>
 *   <li>K3: Kỷ niệm chương, sex unknown: service under 10 years is short and 15 years or more is enough for either
 *       sex; the engine lists the member as MISSING_DATA without counting the service.</li>
 *   <li>K4: a period of unknown area that is short even if doubled: the engine lists the member as MISSING_DATA
 *       (it does decide MET when the time is enough undoubled).</li>
 *   <li>K5 (fixed in the engine, now held to agreement): joining day unknown and the earlier service short — the
 *       team service is unknown, so the time is; the engine counted the member as short of time (not listed).</li>
 * </ul>
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
        final Map<String, List<String>> known = new TreeMap<>();
        int compared;

        void known(String kind, String id) {
            compared++;
            known.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        }

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
            known.forEach((kind, ids) -> System.out.println("known disagreement " + kind + ": " + ids.size() + " "
                    + ids.subList(0, Math.min(5, ids.size()))));
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

    static void teams(Dataset d, EvaluationReport report, Tally t) {
        ReferenceTeams.Result ref = ReferenceTeams.evaluate(d);
        for (TeamResult team : report.securityTeams()) {
            t.same("staffed", team.teamId(), ref.staffed().get(team.teamId()).verdict(), team.staffed());
            t.same("team", team.teamId(), show(ref.teamRating().get(team.teamId())), show(team.rating()));
            for (MemberResult m : team.members()) {
                t.same("eligible", m.memberId(), ref.eligible().get(m.memberId()).verdict(), m.eligible());
                t.sameAmount("support", m.memberId(), ref.support().get(m.memberId()), m.monthlySupport());
                String expected = show(ref.memberRating().get(m.memberId()));
                String known = knownMemberDisagreement(d, m.memberId(), expected, show(m.rating()));
                if (known != null) {
                    t.known(known, m.memberId());
                } else {
                    t.same("member", m.memberId(), expected, show(m.rating()));
                    if (!Objects.equals(expected, show(m.rating()))) {
                        t.disagreements.add("DIAG " + m.memberId() + " " + d.securityTeams().stream()
                                .flatMap(x -> x.members().stream()).filter(x -> x.id().equals(m.memberId()))
                                .findFirst().orElseThrow() + " engine says " + m.rating().reasons());
                    }
                }
            }
        }
        t.same("teams", d.title(), ref.staffed().size(), report.securityTeams().size());
    }

    /**
     * The engine concludes "chưa đủ số liệu" for a member whose rating the law already fixes at "không hoàn thành"
     * (see the class comment): disciplined in the window with the tasks unknown, none assigned or the breaches unknown (K1), or the
     * discipline unknown with under 50 % of the tasks done (K2). Reported, not failed: the engine's answer is the
     * cautious one, and the engine is not this test's to change.
     */
    static String knownMemberDisagreement(Dataset d, String memberId, String expected, String actual) {
        if (!"RATED/NOT_COMPLETED".equals(expected) || !"INSUFFICIENT_DATA".equals(actual)) {
            return null;
        }
        vn.antq.grassroots.DutyRecord duty = d.securityTeams().stream().flatMap(x -> x.members().stream())
                .filter(x -> x.id().equals(memberId)).findFirst().orElseThrow().duty();
        boolean tasksKnown = duty.tasksAssigned() != null && duty.tasksDone() != null && duty.tasksAssigned() > 0;
        if (Boolean.TRUE.equals(duty.disciplined()) && (!tasksKnown || duty.breaches() == null)) {
            return "K1 disciplined, tasks or breaches unknown";
        }
        if (duty.disciplined() == null && tasksKnown && 100L * duty.tasksDone() < 50L * duty.tasksAssigned()) {
            return "K2 discipline unknown, under 50 % of tasks";
        }
        return null;
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

    static void medals(Dataset d, EvaluationReport report, Tally t) {
        ReferenceMedals.Result ref = ReferenceMedals.evaluate(d);
        if (ref == null || report.medals() == null) {
            t.same("review", d.title(), ref == null, report.medals() == null);
            return;
        }
        t.same("membersChecked", d.title(), ref.membersChecked(), report.medals().membersChecked());
        Map<String, MedalResult> listed = new java.util.HashMap<>();
        report.medals().results().forEach(m -> listed.put(m.personId(), m));
        int shortOfTime = ref.membersShortOfTime();
        for (String id : ref.notes().keySet()) {
            // a noted member the reference counts short of time and the engine lists, or the other way round
            boolean refListed = ref.status().containsKey(id);
            if (!refListed && listed.containsKey(id)) {
                shortOfTime--;
            } else if (refListed && !listed.containsKey(id)) {
                shortOfTime++;
            }
        }
        t.same("membersShortOfTime", d.title(), shortOfTime, report.medals().membersShortOfTime());
        for (var e : ref.status().entrySet()) {
            MedalResult m = listed.get(e.getKey());
            MedalStatus actual = m == null ? null : m.status();
            String note = ref.notes().get(e.getKey());
            if (note != null && actual != e.getValue()) {
                t.known(note, e.getKey());
            } else {
                t.same("medal", e.getKey(), e.getValue(), actual);
            }
        }
        for (MedalResult m : report.medals().results()) {
            if (!ref.status().containsKey(m.personId())) {
                String note = ref.notes().get(m.personId());
                if (note != null) {
                    t.known(note, m.personId());
                } else {
                    t.same("medal", m.personId() + " " + m.reasons(), null, m.status());
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

    static void proposals(Dataset d, EvaluationReport report, Tally t) {
        proposals(d, report, Map.of(), t);
    }

    static void proposals(Dataset d, EvaluationReport report, Map<Award, Integer> quotas, Tally t) {
        Map<String, ReferenceProposals.Expected> ref = ReferenceProposals.evaluate(d, report, quotas);
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

    static void budget(Dataset d, EvaluationReport report, Tally t) {
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
