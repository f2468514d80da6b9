package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.MedalStatus;
import vn.antq.commendation.Proposal;
import vn.antq.commendation.ProposalStatus;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.TeamResult;
import vn.antq.samples.Samples;
import vn.antq.standard.CriterionResult;
import vn.antq.verdict.Verdict;

/**
 * The cases planted in the bundled samples (examples/samples/README.md) come out of the engine as the law says:
 * in 2024 no Tổ has its 9 months and the medal follows TT 11/2021; in 2026 the ratings, the quota ties, the
 * joining days, the areas that keep their own rating, and the medal under TT 20/2025.
 */
class SampleGrassrootsTest {
    private static EvaluationReport y2024;
    private static EvaluationReport y2026;

    @BeforeAll
    static void evaluateBothSamples() throws Exception {
        y2024 = evaluate(Samples::thanhHoa2024);
        y2026 = evaluate(Samples::thanhHoa2026);
    }

    private static EvaluationReport evaluate(Supplier<InputStream> sample) throws IOException, InvalidDatasetException {
        try (InputStream in = sample.get()) {
            return Fixture.EVALUATOR.evaluate(DatasetReader.read(in));
        }
    }

    private static Map<String, RatingResult> ratings(EvaluationReport report) {
        Map<String, RatingResult> byId = new HashMap<>();
        for (TeamResult t : report.securityTeams()) {
            byId.put(t.teamId(), t.rating());
            for (MemberResult m : t.members()) {
                byId.put(m.memberId(), m.rating());
            }
        }
        return byId;
    }

    private static Map<String, MedalResult> medals(EvaluationReport report) {
        Map<String, MedalResult> byId = new HashMap<>();
        report.medals().results().forEach(m -> byId.put(m.personId(), m));
        return byId;
    }

    @Test
    void in2024NoTeamOrMemberHasNineMonthsOfActivity() {
        assertTrue(ratings(y2024).values().stream().allMatch(r -> r.status() == RatingStatus.NOT_RATED));
    }

    @Test
    void in2024TheMedalFollowsTt11() {
        Map<String, MedalResult> m = medals(y2024);
        assertEquals(Verdict.MET, m.get("TV-14758-T01-3").eligible(), "a woman at exactly 10 years");
        assertNull(m.get("TV-14773-T01-1"), "a woman a day short is counted, not listed");
        assertEquals(Verdict.MET, m.get("TV-14845-T01-1").eligible(), "doubled time");
        assertEquals(Verdict.MET, m.get("TV-16537-T01-1").eligible(), "TT 11 does not ask the assessment");
        assertEquals(Verdict.MET, m.get("LD-14761-01").eligible(), "a leader at exactly 5 years");
        assertEquals(Verdict.NOT_MET, m.get("LD-15970-01").eligible(), "a leader a day short");
        assertEquals(Verdict.NOT_MET, m.get("LD-14902-01").eligible(), "a commune Giấy khen only");
        assertTrue(m.get("LD-14761-01").source().startsWith("TT 11/2021/TT-BCA"));
        assertEquals(11_439, y2024.medals().membersShortOfTime());
        assertEquals(MedalStatus.NOT_ELIGIBLE, m.get("LD-15751-01").status(), "a social-evil hotspot, under TT 11 too");
        assertEquals(MedalStatus.DEFERRED, m.get("LD-399-01").status(), "serving a discipline");
        assertEquals(MedalStatus.NEEDS_CONFIRMATION, m.get("LD-400-01").status(), "cases not recorded");
        assertEquals(MedalStatus.DEFERRED, m.get("TV-14872-T01-1").status(), "a complaint not concluded");
    }

    @Test
    void in2024TheProposalsHoldBackTheNewCasesAndListTheUnitsToConfirm() {
        Map<ProposalStatus, Long> byStatus = y2024.proposals().stream()
                .collect(Collectors.groupingBy(Proposal::status, Collectors.counting()));
        assertTrue(byStatus.getOrDefault(ProposalStatus.NEEDS_CONFIRMATION, 0L) > 0, byStatus::toString);
        for (String label : new String[] {"Đang bị điều tra", "Có vấn đề tham nhũng, tiêu cực được báo chí nêu"}) {
            assertTrue(y2024.proposals().stream().anyMatch(p -> p.status() == ProposalStatus.BLOCKED
                    && p.reasons().stream().anyMatch(r -> r.startsWith("Chưa đề nghị: " + label))), label);
        }
        assertTrue(y2024.proposals().stream().filter(p -> p.status() == ProposalStatus.NEEDS_CONFIRMATION)
                .allMatch(p -> p.reasons().stream().anyMatch(r -> r.startsWith("Cần xác nhận, chưa có thông tin: "))));
    }

    @Test
    void in2026TheRatingsMeetTheirPlantedBoundaries() {
        Map<String, RatingResult> r = ratings(y2026);
        assertEquals(Rating.EXCELLENT, r.get("TBV-14818-T01").rating(), "951/1000");
        assertEquals(Rating.GOOD, r.get("TBV-14818-T05").rating(), "190/200 is 95 % exactly");
        assertEquals(Rating.EXCELLENT, r.get("TBV-14869-T03").rating(), "a tie decided by id");
        assertEquals(Rating.GOOD, r.get("TBV-14869-T04").rating());
        assertEquals(Rating.EXCELLENT, r.get("TBV-14896-T04").rating(), "a tie decided by tasks done");
        assertEquals(Rating.GOOD, r.get("TBV-14896-T03").rating());
        assertEquals(RatingStatus.RATED, r.get("TV-15211-T02-2").status(), "joined 15/02/2026");
        assertEquals(RatingStatus.NOT_RATED, r.get("TV-15286-T01-2").status(), "joined 16/02/2026");
    }

    @Test
    void in2026TheAreasOwnRatingWinsAndTheOthersReadTheirTeam() {
        assertEquals(Verdict.NOT_MET, kdc5("15091-T25").status(), "the area says NOT_COMPLETED, its Tổ GOOD");
        assertEquals(Verdict.MET, kdc5("15013-T01").status(), "the area says GOOD, its Tổ NOT_COMPLETED");
        long fromTeams = y2026.units().stream()
                .filter(u -> u.standard().criteria().stream().anyMatch(c -> c.rule().equals("ANTT-KDC-5")
                        && c.actual().contains("antq xếp loại Tổ")))
                .count();
        assertTrue(fromTeams > 4_000, fromTeams + " areas read their Tổ's rating");
    }

    @Test
    void in2026TheMedalFollowsTt20() {
        Map<String, MedalResult> m = medals(y2026);
        assertEquals(Verdict.MET, m.get("TV-14797-T02-1").eligible(), "a woman at exactly 10 years");
        assertEquals(Verdict.NOT_MET, m.get("TV-15163-T01-1").eligible(), "not assessed good in service");
        assertEquals(Verdict.MET, m.get("LD-14812-01").eligible(), "a leader at exactly 10 years");
        assertEquals(Verdict.NOT_MET, m.get("LD-14869-01").eligible(), "a leader a day short");
        assertEquals(Verdict.MET, m.get("LD-15031-01").eligible(), "a commune Giấy khen counts from TT 20");
        assertEquals(Verdict.NOT_MET, m.get("LD-15499-01").eligible(), "a serious incident");
        assertEquals(MedalStatus.DEFERRED, m.get("LD-16438-01").status(), "serving a discipline");
        assertEquals(MedalStatus.NEEDS_CONFIRMATION, m.get("LD-16645-01").status(), "cases not recorded");
        assertTrue(m.get("TV-15382-T01-1").reasons().get(0).endsWith("(NĐ 152/2025/NĐ-CP Điều 4 khoản 4)"),
                m.get("TV-15382-T01-1").reasons()::toString);
        assertEquals("TT 20/2025/TT-BCA Điều 4", m.get("LD-14812-01").source());
        assertEquals(LocalDate.of(2026, 5, 30), m.get("LD-14812-01").deadline());
    }

    private static CriterionResult kdc5(String area) {
        return y2026.unit(area).orElseThrow().standard().criteria().stream()
                .filter(c -> c.rule().equals("ANTT-KDC-5")).findFirst().orElseThrow();
    }
}
