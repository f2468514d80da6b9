package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.num;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.plan.PlanException;
import vn.antq.plan.TargetResult;
import vn.antq.samples.Samples;
import vn.antq.verdict.Verdict;

/** How plan targets aggregate: groups add up to the whole, and more good units never lower a share. */
class Kh67TongHopTest {
    private static final String PLAN = "TH-KH67-2024";

    @Test
    void onTheBundledSampleEveryDistrictsNumbersAddUpToTheProvinces() throws Exception {
        Dataset sample;
        try (InputStream in = Samples.thanhHoa2024()) {
            sample = DatasetReader.read(in);
        }
        EvaluationReport report = Fixture.EVALUATOR.evaluate(sample, PLAN);
        assertGroupsAddUp(report);
        assertSamplesPlantedCases(report);
    }

    /** The boundary cases the 2024 sample plants for the plan (examples/samples/README.md). */
    private static void assertSamplesPlantedCases(EvaluationReport report) {
        TargetResult t1 = Kh67ChiTieuTest.target(report, "KH67-T1", "38");
        assertEquals(Verdict.NOT_MET, t1.status(), "TP Thanh Hóa 11 → 10, Bỉm Sơn 2, Sầm Sơn 2; Nghi Sơn's 6 ignored");
        assertEquals(0, t1.actual().compareTo(BigDecimal.valueOf(14)));
        assertEquals(List.of("381"), t1.against());
        TargetResult t7 = Kh67ChiTieuTest.target(report, "KH67-T7", "38");
        assertEquals(Verdict.NOT_MET, t7.status());
        assertTrue(!t7.against().isEmpty() && !t7.undecided().isEmpty(), t7.toString());
        assertTrue(report.targets().stream().noneMatch(t -> t.id().matches("KH67-T8/[A-Z_]+")),
                "every occasion the plan names has a campaign in the sample");
        assertEquals(Verdict.NOT_MET, Kh67ChiTieuTest.target(report, "KH67-T8/VAN-HOA-KDC-2024", "38").status());
    }

    @Test
    void groupsAddUpToTheWholeForRandomLocalities() {
        qt().withFixedSeed(67L).withExamples(40).forAll(integers().between(0, 1_000_000))
                .checkAssert(seed -> assertGroupsAddUp(randomLocality(seed).evaluate(PLAN)));
    }

    @Test
    void addingAUnitThatMeetsEveryTargetNeverLowersAShare() {
        qt().withFixedSeed(68L).withExamples(40).forAll(integers().between(0, 1_000_000)).checkAssert(seed -> {
            Map<String, BigDecimal> before = shares(randomLocality(seed).evaluate(PLAN));
            Fixture more = randomLocality(seed).residentialArea("extra", "d1-c1")
                    .set("extra", "documentsDeployed", flag(true)).set("extra", "propagandaTarget", count(10))
                    .set("extra", "propagandaReached", count(10)).set("extra", "movementScore", num("95"));
            Map<String, BigDecimal> after = shares(more.evaluate(PLAN));
            before.forEach((key, share) -> assertTrue(after.get(key).compareTo(share) >= 0,
                    () -> key + ": " + share + " → " + after.get(key)));
        });
    }

    @Test
    void theTwoTierPlanMirrorsThePlansTasksAllProvisional() throws Exception {
        Dataset sample;
        try (InputStream in = Samples.thanhHoa2026()) {
            sample = DatasetReader.read(in);
        }
        List<TargetResult> whole = Fixture.EVALUATOR.evaluate(sample, "TH-2026").targets().stream()
                .filter(t -> t.scope().equals("38")).toList();
        assertTrue(whole.stream().allMatch(TargetResult::provisional), () -> whole.toString());
        List<String> ids = whole.stream().map(TargetResult::id).toList();
        assertTrue(ids.containsAll(List.of("TH26-T4", "TH26-T7", "TH26-T7B", "TH26-T9")), ids::toString);
        assertTrue(ids.stream().filter(id -> id.startsWith("TH26-T8/")).count() >= 4, ids::toString);
        assertTrue(whole.stream().filter(t -> t.id().equals("TH26-T7")).allMatch(t -> t.denominator().signum() > 0));
    }

    @Test
    void aPlanIdTheEvaluatorDoesNotKnowIsRejectedNamingTheKnownOnes() {
        PlanException e = assertThrows(PlanException.class, () -> new Fixture().commune("c1").evaluate("TH-KH99"));
        assertTrue(e.getMessage().contains("TH-KH99") && e.getMessage().contains(PLAN), e.getMessage());
    }

    /** Share targets (not the city-bound count T1) over districts d1…d3 with random units. */
    private static Fixture randomLocality(int seed) {
        Random random = new Random(seed);
        Fixture f = new Fixture();
        for (int d = 1; d <= 3; d++) {
            f.district("d" + d);
            for (int c = 1; c <= 1 + random.nextInt(2); c++) {
                String commune = "d" + d + "-c" + c;
                f.communeIn(commune, "d" + d).set(commune, "documentsDeployed", flag(random.nextBoolean()))
                        .set(commune, "effectiveModels", count(random.nextInt(2)));
                for (int r = 1; r <= random.nextInt(6); r++) {
                    String area = commune + "-r" + r;
                    f.residentialArea(area, commune).set(area, "documentsDeployed", flag(random.nextInt(5) > 0))
                            .set(area, "propagandaTarget", count(10))
                            .set(area, "propagandaReached", count(8 + random.nextInt(3)));
                    switch (random.nextInt(4)) {
                        case 0 -> f.failing(area);
                        case 1 -> f.undecided(area);
                        default -> { }
                    }
                }
            }
        }
        return f;
    }

    private static void assertGroupsAddUp(EvaluationReport report) {
        Map<String, List<TargetResult>> byTarget = report.targets().stream()
                .filter(t -> !t.id().equals("KH67-T1")).collect(Collectors.groupingBy(TargetResult::id));
        byTarget.forEach((id, results) -> {
            TargetResult whole = results.stream().filter(t -> t.scope().equals("38")).findFirst().orElseThrow();
            List<TargetResult> groups = results.stream().filter(t -> !t.scope().equals("38")).toList();
            assertEquals(0, whole.numerator().compareTo(sum(groups, TargetResult::numerator)), id + " numerator");
            assertEquals(0, whole.denominator().compareTo(sum(groups, TargetResult::denominator)), id + " denominator");
            assertEquals(whole.against().size(), groups.stream().mapToInt(t -> t.against().size()).sum(), id);
        });
    }

    private static BigDecimal sum(List<TargetResult> results, Function<TargetResult, BigDecimal> f) {
        return results.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> shares(EvaluationReport report) {
        return report.targets().stream().filter(t -> !t.count() && !t.id().equals("KH67-T9")
                        && t.status() != Verdict.NOT_APPLICABLE)
                .filter(t -> t.scope().equals("38") || t.scope().equals("d1"))
                .collect(Collectors.toMap(t -> t.id() + "@" + t.scope(), TargetResult::actual));
    }
}
