package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    @Test
    void in2024TheFactsOfDieu13ComeOutAsTheLawSays() {
        Map<String, MemberResult> m = members(y2024);
        assertReason(m.get("TV-14797-T02-3"), null, "chưa có số liệu về giấy chứng nhận sức khỏe");
        assertReason(m.get("TV-14776-T01-2"), Verdict.NOT_MET, "không có giấy chứng nhận đủ sức khỏe");
        assertReason(m.get("TV-14824-T05-1"), Verdict.NOT_MET, "chưa được xóa án tích");
        assertReason(m.get("TV-16396-T06-3"), Verdict.NOT_MET,
                "chưa hết thời hạn được coi là chưa bị áp dụng biện pháp xử lý hành chính");
        assertReason(m.get("TV-14773-T06-1"), Verdict.NOT_MET, "không thường xuyên sinh sống");
        assertReason(m.get("TV-15340-T02-1"), null, "trên 70 tuổi, chưa có số liệu về quyết định");
        assertReason(m.get("TV-15253-T05-3"), null, "trên 70 tuổi, chưa có số liệu về việc bảo đảm sức khỏe");
        assertReason(m.get("TV-15355-T05-1"), Verdict.NOT_MET, "trên 70 tuổi, không bảo đảm sức khỏe");
        assertTrue(m.get("TV-14833-T04-1").reasons().stream().noneMatch(r -> r.startsWith("trên 70 tuổi")),
                "over 70 with the decision and the health");
        assertTrue(m.get("TV-14776-T12-1").reasons().stream().noneMatch(r -> r.contains("án tích")),
                "a sentence served and expunged");
    }

    @Test
    void in2024TheSupportFollowsTheAreasClassAndIsNotComputedWithoutIt() {
        Map<String, MemberResult> m = members(y2024);
        assertEquals(List.of(new BigDecimal("1521000"), new BigDecimal("1404000"), new BigDecimal("1310400")),
                Stream.of("TV-14755-T04-1", "TV-14755-T04-2", "TV-14755-T04-3").map(id -> m.get(id).monthlySupport())
                        .toList(), "loại 2");
        assertEquals(List.of(new BigDecimal("1521000"), new BigDecimal("1404000"), new BigDecimal("1310400")),
                Stream.of("TV-14776-T05-1", "TV-14776-T05-2", "TV-14776-T05-3").map(id -> m.get(id).monthlySupport())
                        .toList(), "loại 3");
        TeamResult noClass = y2024.securityTeams().stream().filter(t -> t.teamId().equals("TBV-14767-T01"))
                .findFirst().orElseThrow();
        for (MemberResult member : noClass.members()) {
            assertNull(member.monthlySupport());
            assertTrue(member.supportReasons().get(0).startsWith("chưa có số liệu về loại địa bàn"));
        }
    }

    @Test
    void in2026ATeamsDeputyIsKeptNoHigherThanTheTeamUnlessNewlyTransferred() {
        List<String> capped = new ArrayList<>();
        List<String> transferred = new ArrayList<>();
        for (TeamResult t : y2026.securityTeams()) {
            for (MemberResult m : t.members()) {
                if (m.rating().reasons().stream().anyMatch(r -> r.startsWith("tổ phó không được xếp loại cao hơn"))) {
                    capped.add(m.memberId());
                    assertEquals(t.rating().rating(), m.rating().rating(), m.memberId());
                }
                if (m.rating().reasons().stream().anyMatch(r -> r.startsWith("tổ phó mới tham gia Tổ trong kỳ"))) {
                    transferred.add(m.memberId());
                    assertTrue(m.rating().rating().compareTo(t.rating().rating()) <= 0, m.memberId());
                }
            }
        }
        assertEquals("TV-14758-T06-2", capped.get(0), "a Tổ phó who did 25 of 26 tasks");
        assertTrue(transferred.contains("TV-15211-T02-2"), "a Tổ phó who joined on 15/02/2026");
        assertEquals(Rating.GOOD, ratings(y2026).get("TV-15211-T02-2").rating());
        assertEquals(Rating.COMPLETED, ratings(y2026).get("TBV-15211-T02").rating());
    }

    private static Map<String, MemberResult> members(EvaluationReport report) {
        Map<String, MemberResult> byId = new HashMap<>();
        report.securityTeams().forEach(t -> t.members().forEach(m -> byId.put(m.memberId(), m)));
        return byId;
    }

    /** The member's reasons hold one containing {@code part}; the verdict is {@code verdict}, or not MET when null. */
    private static void assertReason(MemberResult m, Verdict verdict, String part) {
        assertTrue(m.reasons().stream().anyMatch(r -> r.contains(part)), m.memberId() + " " + m.reasons());
        if (verdict == null) {
            assertTrue(m.eligible() != Verdict.MET, m.memberId());
        } else {
            assertEquals(verdict, m.eligible(), m.memberId());
        }
    }

    private static CriterionResult kdc5(String area) {
        return y2026.unit(area).orElseThrow().standard().criteria().stream()
                .filter(c -> c.rule().equals("ANTT-KDC-5")).findFirst().orElseThrow();
    }
}
