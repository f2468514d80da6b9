package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.num;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.commendation.Award;
import vn.antq.commendation.Proposal;
import vn.antq.commendation.ProposalStatus;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.indicator.KnownIndicator;
import vn.antq.movement.MovementLevel;
import vn.antq.pack.RulePack;
import vn.antq.report.JsonReportWriter;
import vn.antq.report.TextReportWriter;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;

/**
 * Collective award proposals (domain.md §6): criteria, blocks (NĐ 152/2025/NĐ-CP Điều 4 khoản 4 and the texts before
 * it), case flags not recorded, ranking and quotas. antq proposes; people decide.
 */
class KhenThuongTest {

    /** The case flags of NĐ 152/2025/NĐ-CP Điều 4 khoản 4, in the order the rule reads them. */
    private static final List<String> CASES = List.of("pendingDiscipline", "underInvestigation", "pendingInspection",
            "pendingComplaint", "pressCorruption");

    /**
     * A residential area achieving the standard, rated Xuất sắc (92), achieved last year too, with every case
     * flag recorded false.
     */
    private static Fixture candidate() {
        return clear(new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"))
                .history("r1", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT), "r1");
    }

    /** Records every case flag of the unit as false (no case). */
    private static Fixture clear(Fixture f, String unit) {
        CASES.forEach(c -> f.set(unit, c, flag(false)));
        return f;
    }

    private static Dataset on(Dataset d, LocalDate referenceDate) {
        return new Dataset(d.title(), d.year(), referenceDate, d.units(), List.of(), d.budgetLines(), d.history(),
                d.securityTeams(), d.leaders(), d.medalProposalDate(), d.warnings());
    }

    private static Proposal r1(Dataset d) {
        return Fixture.EVALUATOR.evaluate(d).proposals().stream().filter(x -> x.unitId().equals("r1")).findFirst()
                .orElseThrow();
    }

    private static List<Proposal> proposals(Fixture f, String unit) {
        return f.evaluate().proposals().stream().filter(p -> p.unitId().equals(unit)).toList();
    }

    @Test
    void twoYearsAchievedAndExcellentProposeTheAreaForTheCommuneChairmansCertificate() {
        List<Proposal> p = proposals(candidate(), "r1");
        assertEquals(1, p.size());
        assertEquals(Award.GIAY_KHEN_CHU_TICH_XA, p.get(0).award());
        assertEquals(ProposalStatus.PROPOSED, p.get(0).status());
        assertEquals(2, p.get(0).yearsAchieved());
        assertTrue(p.get(0).provisional(), "the default criteria are provisional");
        assertTrue(p.get(0).reasons().contains("Đạt chuẩn 2 năm liền"), p.get(0).reasons()::toString);
    }

    @Test
    void oneYearAloneIsNotEnough() {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"));
        assertEquals(List.of(), proposals(f, "r1"));
    }

    @Test
    void aGapOrAFailureLastYearBreaksTheRun() {
        Fixture gap = new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"))
                .history("r1", 2022, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        Fixture failed = new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"))
                .history("r1", 2023, StandardStatus.NOT_ACHIEVED, MovementLevel.GOOD);
        assertEquals(List.of(), proposals(gap, "r1"));
        assertEquals(List.of(), proposals(failed, "r1"));
    }

    @Test
    void aGoodRatherThanExcellentMovementIsNotProposed() {
        assertEquals(List.of(), proposals(candidate().set("r1", "movementScore", num("89.99")), "r1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pendingDiscipline", "underInvestigation", "pendingInspection", "pendingComplaint",
            "pressCorruption"})
    void aPendingCaseBlocksTheProposalAndSaysWhy(String pending) {
        List<Proposal> p = proposals(candidate().set("r1", pending, flag(true)), "r1");
        assertEquals(ProposalStatus.BLOCKED, p.get(0).status());
        assertTrue(p.get(0).reasons().contains("Chưa đề nghị: " + KnownIndicator.labelOf(pending)
                + " (NĐ 98/2023/NĐ-CP Điều 4)"), p.get(0).reasons()::toString);
    }

    @ParameterizedTest(name = "{0} not recorded")
    @ValueSource(strings = {"pendingDiscipline", "underInvestigation", "pendingInspection", "pendingComplaint",
            "pressCorruption"})
    void aCaseFlagNotRecordedLeavesTheProposalToBeConfirmedNeverClearNorBlocked(String absent) {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"))
                .history("r1", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        CASES.stream().filter(c -> !c.equals(absent)).forEach(c -> f.set("r1", c, flag(false)));
        Proposal p = proposals(f, "r1").get(0);
        assertEquals(ProposalStatus.NEEDS_CONFIRMATION, p.status());
        assertTrue(p.reasons().contains("Cần xác nhận, chưa có thông tin: "
                + KnownIndicator.labelOf(absent).toLowerCase(Locale.ROOT) + " (NĐ 98/2023/NĐ-CP Điều 4)"),
                p.reasons()::toString);
    }

    @Test
    void aPendingCaseOutranksAFlagNotRecorded() {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"))
                .history("r1", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT)
                .set("r1", "underInvestigation", flag(true));
        assertEquals(ProposalStatus.BLOCKED, proposals(f, "r1").get(0).status());
    }

    @ParameterizedTest(name = "reference date {0} → {1}")
    @CsvSource(delimiter = '|', value = {"2023-12-31|NĐ 91/2017/NĐ-CP", "2024-01-01|NĐ 98/2023/NĐ-CP Điều 4",
            "2025-06-30|NĐ 98/2023/NĐ-CP Điều 4", "2025-07-01|NĐ 152/2025/NĐ-CP Điều 4 khoản 4"})
    void aBlockNamesTheBasisInForceOnTheReferenceDate(String day, String basis) {
        Proposal p = r1(on(candidate().set("r1", "pendingComplaint", flag(true)).dataset(), LocalDate.parse(day)));
        assertEquals(ProposalStatus.BLOCKED, p.status());
        assertTrue(p.reasons().contains("Chưa đề nghị: " + KnownIndicator.labelOf("pendingComplaint")
                + " (" + basis + ")"), p.reasons()::toString);
        assertEquals(!basis.startsWith("NĐ 152"), p.parameters().stream()
                .filter(u -> u.id().equals("kt.blockBasis")).findFirst().orElseThrow().provisional());
    }

    @Test
    void achievementsCountOnlyFromTheEndOfAnEarlierDiscipline() {
        assertEquals(List.of(), proposals(candidate().set("r1", "disciplineEndedYear", count(2023)), "r1"));
        List<Proposal> p = proposals(candidate().set("r1", "disciplineEndedYear", count(2022)), "r1");
        assertEquals(ProposalStatus.PROPOSED, p.get(0).status());
        assertTrue(p.get(0).reasons().contains("Đạt chuẩn 2 năm liền (tính từ khi chấp hành xong kỷ luật năm 2022)"));
    }

    @Test
    void aCommuneIsProposedForTheDistrictChairmansCertificateIn2024() {
        Fixture f = candidate().history("c1", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        assertEquals(Award.GIAY_KHEN_CHU_TICH_HUYEN, proposals(f, "c1").get(0).award());
    }

    @Test
    void candidatesAreRankedByScoreThenYearsThenId() {
        Fixture f = new Fixture().commune("c1");
        for (String id : List.of("r3", "r2", "r1")) {
            f.residentialArea(id, "c1").set(id, "movementScore", num("92"))
                    .history(id, 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        }
        f.set("r3", "movementScore", num("95")).history("r2", 2022, StandardStatus.ACHIEVED, MovementLevel.GOOD);
        List<String> order = f.evaluate().proposals().stream()
                .filter(p -> p.award() == Award.GIAY_KHEN_CHU_TICH_XA).map(Proposal::unitId).toList();
        assertEquals(List.of("r3", "r2", "r1"), order);
    }

    @Test
    void aQuotaLeavesTheCandidatesRankedBeyondItOverQuota(@TempDir Path dir) throws IOException {
        copy(Path.of("src/main/resources/vn/antq/rules/national"), dir);
        Path parameters = dir.resolve("parameters/khen-thuong.yaml");
        Files.writeString(parameters, Files.readString(parameters) + """
                  - id: kt.quota.GIAY_KHEN_CHU_TICH_XA
                    label: Số khu dân cư được đề nghị Giấy khen của Chủ tịch UBND cấp xã (ví dụ)
                    values:
                      - from: 2024-01-01
                        value: 1
                        source: ví dụ trong kiểm thử
                        provisional: false
                """);
        Evaluator withQuota = Evaluator.builder().rulePack(RulePack.directory(dir)).bundledPlans(false).build();
        Fixture f = clear(candidate().residentialArea("r2", "c1").set("r2", "movementScore", num("91"))
                .history("r2", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT), "r2");
        List<Proposal> p = withQuota.evaluate(f.dataset()).proposals();
        assertEquals(List.of(ProposalStatus.PROPOSED, ProposalStatus.OVER_QUOTA), p.stream().map(Proposal::status).toList());
        assertEquals(List.of("r1", "r2"), p.stream().map(Proposal::unitId).toList());
    }

    /** The national pack copied to {@code dir} with a quota of one Giấy khen of the commune chairman. */
    private static Path packWithAQuotaOfOne(Path dir) throws IOException {
        copy(Path.of("src/main/resources/vn/antq/rules/national"), dir);
        Path parameters = dir.resolve("parameters/khen-thuong.yaml");
        Files.writeString(parameters, Files.readString(parameters) + """
                  - id: kt.quota.GIAY_KHEN_CHU_TICH_XA
                    label: Số khu dân cư được đề nghị Giấy khen của Chủ tịch UBND cấp xã (ví dụ)
                    values:
                      - from: 2024-01-01
                        value: 1
                        source: ví dụ trong kiểm thử
                        provisional: false
                """);
        return dir;
    }

    /** r1 (92) to be confirmed, ranked first; r2 (91) proposed, ranked second. */
    private static Fixture firstToBeConfirmedSecondProposed() {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"))
                .history("r1", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT)
                .residentialArea("r2", "c1").set("r2", "movementScore", num("91"))
                .history("r2", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        return clear(f, "r2");
    }

    @Test
    void onlyProposedCandidatesTakeAPlaceInTheQuotaAsTheQuotaRuleSelectsThemByStatus(@TempDir Path dir)
            throws IOException {
        Evaluator withQuota = Evaluator.builder().rulePack(RulePack.directory(packWithAQuotaOfOne(dir)))
                .bundledPlans(false).build();
        Fixture blockedFirst = candidate().set("r1", "pendingComplaint", flag(true)).residentialArea("r2", "c1")
                .set("r2", "movementScore", num("91"))
                .history("r2", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        clear(blockedFirst, "r2");
        List<Proposal> blocked = withQuota.evaluate(blockedFirst.dataset()).proposals();
        assertEquals(List.of(ProposalStatus.BLOCKED, ProposalStatus.PROPOSED),
                blocked.stream().map(Proposal::status).toList());
        List<Proposal> toConfirm = withQuota.evaluate(firstToBeConfirmedSecondProposed().dataset()).proposals();
        assertEquals(List.of("r1", "r2"), toConfirm.stream().map(Proposal::unitId).toList());
        assertEquals(List.of(ProposalStatus.NEEDS_CONFIRMATION, ProposalStatus.PROPOSED),
                toConfirm.stream().map(Proposal::status).toList());
        for (Proposal p : toConfirm) {
            assertTrue(p.parameters().stream().anyMatch(u -> u.id().equals("kt.quota.GIAY_KHEN_CHU_TICH_XA")),
                    "every candidate of an award under a quota lists it: " + p);
        }
    }

    @Test
    void whichCandidatesTakeAPlaceInTheQuotaIsTheQuotaRulesChoice(@TempDir Path dir) throws IOException {
        packWithAQuotaOfOne(dir);
        Path drl = dir.resolve("khenthuong/de-xuat-khen-thuong.drl");
        String rule = Files.readString(drl);
        assertTrue(rule.contains("status == ProposalStatus.PROPOSED"), "the national quota rule selects by status");
        Files.writeString(drl, rule.replace("status == ProposalStatus.PROPOSED", "status != ProposalStatus.BLOCKED"));
        Evaluator confirmTakesAPlace = Evaluator.builder().rulePack(RulePack.directory(dir)).bundledPlans(false).build();
        List<Proposal> p = confirmTakesAPlace.evaluate(firstToBeConfirmedSecondProposed().dataset()).proposals();
        assertEquals(List.of(ProposalStatus.NEEDS_CONFIRMATION, ProposalStatus.OVER_QUOTA),
                p.stream().map(Proposal::status).toList());
    }

    @Test
    void theAwardByUnitKindIsADecisionTableWithOneRowPerKind() throws IOException {
        List<String> rows = Files.readAllLines(
                Path.of("src/main/resources/vn/antq/rules/national/khenthuong/de-xuat-theo-loai-don-vi.drl.csv"))
                .stream().filter(l -> l.startsWith("KT-DE-XUAT-")).toList();
        assertEquals(5, rows.size());
        for (String kind : List.of("RESIDENTIAL_AREA", "COMMUNE", "AGENCY", "ENTERPRISE", "SCHOOL")) {
            assertEquals(1, rows.stream().filter(r -> r.contains(",kt.award." + kind + "," + kind + ",")).count(), kind);
        }
    }

    @Test
    void aCandidateIsBlockedExactlyWhenACaseIsPendingToBeConfirmedExactlyWhenAFlagIsMissingAndOrderDoesNotMatter() {
        qt().withFixedSeed(152L).withExamples(40).forAll(integers().between(0, 1_000_000)).checkAssert(seed -> {
            Random random = new Random(seed);
            Fixture f = new Fixture().commune("c1");
            for (int i = 1; i <= 8; i++) {
                String id = "r" + i;
                f.residentialArea(id, "c1").set(id, "movementScore", num(String.valueOf(85 + random.nextInt(15))))
                        .history(id, 2023, random.nextBoolean() ? StandardStatus.ACHIEVED : StandardStatus.NOT_ACHIEVED,
                                MovementLevel.EXCELLENT);
                if (random.nextInt(3) > 0) {
                    clear(f, id);
                }
                if (random.nextInt(4) == 0) {
                    f.set(id, CASES.get(random.nextInt(CASES.size())), flag(true));
                }
            }
            Dataset d = f.dataset();
            List<Proposal> before = Fixture.EVALUATOR.evaluate(d).proposals();
            for (Proposal p : before) {
                Unit u = d.unit(p.unitId()).orElseThrow();
                boolean blocked = CASES.stream().anyMatch(c -> Boolean.TRUE.equals(u.indicators().flag(c)));
                boolean unrecorded = CASES.stream().anyMatch(c -> u.indicators().flag(c) == null);
                assertEquals(blocked, p.status() == ProposalStatus.BLOCKED, p::toString);
                assertEquals(!blocked && unrecorded, p.status() == ProposalStatus.NEEDS_CONFIRMATION, p::toString);
            }
            List<Unit> shuffled = new ArrayList<>(d.units());
            Collections.shuffle(shuffled, random);
            Dataset reordered = new Dataset(d.title(), d.year(), d.referenceDate(), shuffled, d.campaigns(),
                    d.budgetLines(), d.history(), d.securityTeams(), d.leaders(), d.medalProposalDate(), d.warnings());
            assertEquals(before, Fixture.EVALUATOR.evaluate(reordered).proposals());
        });
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void theTextReportListsTheCandidatesToConfirmAndTheDeferredOnesApartWithTheirReasons() throws Exception {
        Fixture f = candidate().residentialArea("r2", "c1").set("r2", "movementScore", num("91"))
                .history("r2", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT)
                .residentialArea("r3", "c1").set("r3", "movementScore", num("90"))
                .history("r3", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        clear(f, "r3").set("r3", "pressCorruption", flag(true));
        EvaluationReport report = f.evaluate();
        String text = new TextReportWriter().render(report);
        assertTrue(text.contains("    Cần xác nhận (1)\n    2. r2 · "), text);
        assertTrue(text.contains("Cần xác nhận, chưa có thông tin: đang xem xét kỷ luật, đang bị điều tra, "), text);
        assertTrue(text.contains("    Hoãn xét (1)\n    3. r3 · "), text);
        assertTrue(text.contains("Chưa đề nghị: " + KnownIndicator.labelOf("pressCorruption")
                + " (NĐ 98/2023/NĐ-CP Điều 4)"), text);
        JsonNode proposals = new ObjectMapper().readTree(new JsonReportWriter().render(report)).get("proposals");
        assertEquals(List.of("PROPOSED", "NEEDS_CONFIRMATION", "BLOCKED"),
                List.of(proposals.get(0).get("status").textValue(), proposals.get(1).get("status").textValue(),
                        proposals.get(2).get("status").textValue()));
    }

    @Test
    void theReportListsTheProvisionalCommendationParameters() {
        EvaluationReport report = candidate().evaluate();
        assertTrue(report.provisionalParameters().contains("kt.minConsecutiveYears"), report.provisionalParameters()::toString);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"RESIDENTIAL_AREA, KT-DE-XUAT-KDC", "COMMUNE, KT-DE-XUAT-XA", "AGENCY, KT-DE-XUAT-CQ",
            "ENTERPRISE, KT-DE-XUAT-DN", "SCHOOL, KT-DE-XUAT-GD"})
    void eachUnitKindHasAProposalRuleJoiningTheAwardOfItsKindOnly(String kind, String rule) {
        List<String> joined = Fixture.EVALUATOR.rules().stream().filter(r -> r.id().equals(rule)).findFirst()
                .orElseThrow().parameters();
        assertEquals(List.of("kt.movementLevels", "kt.minConsecutiveYears", "kt.blockBasis", "kt.award." + kind),
                joined);
    }

    @Test
    void theAreaIsProposedByTheRuleOfItsKind() {
        assertEquals("KT-DE-XUAT-KDC", proposals(candidate(), "r1").get(0).rule());
    }
}
