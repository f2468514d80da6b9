package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
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
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;

/** Collective award proposals (domain.md §6): criteria, blocks, ranking and quotas. antq proposes; people decide. */
class KhenThuongTest {

    /** A residential area achieving the standard, rated Xuất sắc (92), achieved last year too. */
    private static Fixture candidate() {
        return new Fixture().commune("c1").residentialArea("r1", "c1").set("r1", "movementScore", num("92"))
                .history("r1", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
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
    @ValueSource(strings = {"pendingDiscipline", "pendingInspection", "pendingComplaint"})
    void aPendingCaseBlocksTheProposalAndSaysWhy(String pending) {
        List<Proposal> p = proposals(candidate().set("r1", pending, flag(true)), "r1");
        assertEquals(ProposalStatus.BLOCKED, p.get(0).status());
        assertTrue(p.get(0).reasons().stream().anyMatch(r -> r.startsWith("Chưa đề nghị: ")), p.get(0).reasons()::toString);
    }

    @Test
    void aBlockNamesNd98Until30June2025AndNd152From1July2025() {
        Fixture f = candidate().set("r1", "pendingComplaint", flag(true))
                .history("r1", 2024, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        List<Proposal> in2024 = proposals(f, "r1");
        assertTrue(in2024.get(0).reasons().contains("Chưa đề nghị: " + KnownIndicator.labelOf("pendingComplaint")
                + " (NĐ 98/2023/NĐ-CP (trước 01/7/2025))"), in2024.get(0).reasons()::toString);
        Dataset d = f.dataset();
        Dataset in2025 = new Dataset(d.title(), 2025, LocalDate.of(2025, 11, 15), d.units(), List.of(),
                d.budgetLines(), d.history(), d.securityTeams(), d.leaders(), d.medalProposalDate(), d.warnings());
        Proposal p = Fixture.EVALUATOR.evaluate(in2025).proposals().stream()
                .filter(x -> x.unitId().equals("r1")).findFirst().orElseThrow();
        assertEquals(ProposalStatus.BLOCKED, p.status());
        assertTrue(p.reasons().contains("Chưa đề nghị: " + KnownIndicator.labelOf("pendingComplaint")
                + " (NĐ 152/2025/NĐ-CP Điều 4)"), p.reasons()::toString);
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
        Fixture f = candidate().residentialArea("r2", "c1").set("r2", "movementScore", num("91"))
                .history("r2", 2023, StandardStatus.ACHIEVED, MovementLevel.EXCELLENT);
        List<Proposal> p = withQuota.evaluate(f.dataset()).proposals();
        assertEquals(List.of(ProposalStatus.PROPOSED, ProposalStatus.OVER_QUOTA), p.stream().map(Proposal::status).toList());
        assertEquals(List.of("r1", "r2"), p.stream().map(Proposal::unitId).toList());
    }

    @Test
    void proposalsNeverIncludeABlockedCandidateAndDoNotDependOnTheOrderOfTheUnits() {
        qt().withFixedSeed(152L).withExamples(40).forAll(integers().between(0, 1_000_000)).checkAssert(seed -> {
            Random random = new Random(seed);
            Fixture f = new Fixture().commune("c1");
            for (int i = 1; i <= 8; i++) {
                String id = "r" + i;
                f.residentialArea(id, "c1").set(id, "movementScore", num(String.valueOf(85 + random.nextInt(15))))
                        .history(id, 2023, random.nextBoolean() ? StandardStatus.ACHIEVED : StandardStatus.NOT_ACHIEVED,
                                MovementLevel.EXCELLENT);
                if (random.nextInt(4) == 0) {
                    f.set(id, "pendingComplaint", flag(true));
                }
            }
            Dataset d = f.dataset();
            List<Proposal> before = Fixture.EVALUATOR.evaluate(d).proposals();
            for (Proposal p : before) {
                boolean blocked = Boolean.TRUE.equals(d.unit(p.unitId()).orElseThrow().indicators().flag("pendingComplaint"));
                assertTrue(!blocked || p.status() == ProposalStatus.BLOCKED, p::toString);
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
    void theReportListsTheProvisionalCommendationParameters() {
        EvaluationReport report = candidate().evaluate();
        assertTrue(report.provisionalParameters().contains("kt.minConsecutiveYears"), report.provisionalParameters()::toString);
    }
}
