package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.funding.BudgetCapFinding;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;
import vn.antq.pack.RuleInfo;
import vn.antq.verdict.Verdict;

/**
 * Budget lines against the spending norms of TT 40/2023/TT-BTC, each exactly at and just over its norm (visits per
 * model per commune), and the yearly caps over all the lines of one spender, at, just over and just under them.
 */
class Tt40DinhMucTest {
    private static final String READING = "tt40.yearCap.reading";

    private static EvaluationReport evaluate(BudgetLine... lines) {
        Dataset d = new Fixture().commune("c1").dataset();
        Dataset withBudget = new Dataset(d.title(), d.year(), d.referenceDate(), d.units(), d.campaigns(),
                List.of(lines), List.of(), List.of(), List.of(), null, d.warnings());
        return Fixture.EVALUATOR.evaluate(withBudget);
    }

    private static BudgetFinding check(BudgetLine line) {
        List<BudgetFinding> budget = evaluate(line).budget();
        assertEquals(1, budget.size());
        return budget.get(0);
    }

    private static BudgetCapFinding cap(String rule, BudgetLine... lines) {
        List<BudgetCapFinding> caps = evaluate(lines).budgetCaps().stream().filter(c -> c.rule().equals(rule)).toList();
        assertEquals(1, caps.size(), () -> "caps " + rule);
        return caps.get(0);
    }

    private static BudgetLine line(SpenderLevel spender, BudgetCategory category, long amount, Long models,
                                   Long communes, Long people, Long km, Long localities) {
        return new BudgetLine("NS-1", "380", spender, category, BigDecimal.valueOf(amount), models, communes, people,
                km, localities);
    }

    @ParameterizedTest(name = "{0} {1}: {2} đồng, models {3}, communes {4}, people {5}, km {6}, localities {7} → {8}")
    @CsvSource(nullValues = "-", value = {
        "PROVINCE, MODEL_BUILDING,    60000000, 3, -, -, -, -, MET",
        "DISTRICT, MODEL_BUILDING,    60000001, 3, -, -, -, -, NOT_MET",
        "PROVINCE, MOBILISATION_FUEL,  1200000, -, -, -, 100, -, MET",
        "PROVINCE, MOBILISATION_FUEL,  1200001, -, -, -, 100, -, NOT_MET",
        "PROVINCE, VISIT_MODELS,      30000000, 3, 1, -, -, -, MET",
        "PROVINCE, VISIT_MODELS,      30000001, 3, 1, -, -, -, NOT_MET",
        "PROVINCE, VISIT_MODELS,      29999999, 3, 1, -, -, -, MET",
        "PROVINCE, VISIT_MODELS,     300000000, 30, 30, -, -, -, MET",
        "PROVINCE, VISIT_MODELS,     300000001, 30, 30, -, -, -, NOT_MET",
        "DISTRICT, VISIT_MODELS,      15000000, 3, 1, -, -, -, MET",
        "DISTRICT, VISIT_MODELS,      15000001, 3, 1, -, -, -, NOT_MET",
        "CENTRAL,  VISIT_MODELS,      60000000, 3, -, -, -, 1, MET",
        "CENTRAL,  VISIT_MODELS,      60000001, 3, -, -, -, 1, NOT_MET",
        "PROVINCE, VISIT_PEOPLE,     300000000, -, -, 100, -, -, MET",
        "PROVINCE, VISIT_PEOPLE,     300000001, -, -, 100, -, -, NOT_MET",
        "DISTRICT, VISIT_PEOPLE,      50000000, -, -, 50, -, -, MET",
        "DISTRICT, VISIT_PEOPLE,      50000001, -, -, 50, -, -, NOT_MET",
        "CENTRAL,  VISIT_PEOPLE,      50000000, -, -, 10, -, 2, MET",
        "CENTRAL,  VISIT_PEOPLE,      50000001, -, -, 10, -, 2, NOT_MET"
    })
    void aLineIsWithinItsNormExactlyAtItAndOverItJustAbove(SpenderLevel spender, BudgetCategory category, long amount,
                                                           Long models, Long communes, Long people, Long km,
                                                           Long localities, Verdict expected) {
        BudgetFinding f = check(line(spender, category, amount, models, communes, people, km, localities));
        assertEquals(expected, f.status(), f::toString);
        assertTrue(f.source().startsWith("TT 40/2023/TT-BTC"), f.source());
    }

    @Test
    void aLineWithoutTheCountItsNormIsPerCannotBeDecided() {
        BudgetFinding f = check(line(SpenderLevel.PROVINCE, BudgetCategory.MOBILISATION_FUEL, 1000, null, null, null,
                null, null));
        assertEquals(Verdict.UNKNOWN, f.status());
        assertTrue(f.actual().contains("chưa có số liệu"), f.actual());
    }

    @Test
    void theAllowedAmountAndTheNormAreWordedInVietnamese() {
        BudgetFinding f = check(line(SpenderLevel.PROVINCE, BudgetCategory.MODEL_BUILDING, 60_000_001L, 3L, null, null,
                null, null));
        assertEquals(0, f.allowed().compareTo(BigDecimal.valueOf(60_000_000L)));
        assertEquals("≤ 20.000.000 đồng × mô hình = 60.000.000 đồng", f.required());
        assertEquals("số tiền 60.000.001 đồng cho 3 mô hình", f.actual());
        assertEquals("TT40-MO-HINH", f.rule());
    }

    @ParameterizedTest(name = "{0} {1} → not applicable")
    @CsvSource({"PROVINCE, OTHER", "COMMUNE, VISIT_MODELS"})
    void aLineNoNormCoversIsNotApplicable(SpenderLevel spender, BudgetCategory category) {
        BudgetFinding f = check(line(spender, category, 1_000_000L, null, 1L, 1L, null, null));
        assertEquals(Verdict.NOT_APPLICABLE, f.status());
    }

    @Test
    void visitsArePerModelPerCommuneSoThreeModelsInOneCommuneAllowThreeTimesTheNorm() {
        BudgetFinding f = check(line(SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 30_000_000L, 3L, 1L, null,
                null, null));
        assertEquals(0, f.allowed().compareTo(BigDecimal.valueOf(30_000_000L)));
        assertEquals("TT40-THAM-MO-HINH-TINH", f.rule());
    }

    @Test
    void aVisitLineWithoutItsModelsCannotBeDecided() {
        BudgetFinding f = check(line(SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 10_000_000L, null, 1L, null,
                null, null));
        assertEquals(Verdict.UNKNOWN, f.status());
    }

    private static BudgetLine visit(String id, String unit, SpenderLevel spender, BudgetCategory category, Long communes,
                                    Long people, Long localities) {
        return new BudgetLine(id, unit, spender, category, BigDecimal.ONE, communes == null ? 1L : communes, communes,
                people, null, localities);
    }

    @ParameterizedTest(name = "{0}: {2} + {3} → {4}")
    @CsvSource({
        "TT40-TRAN-NAM-XA-TINH,       PROVINCE, 20, 10, MET",
        "TT40-TRAN-NAM-XA-TINH,       PROVINCE, 20, 11, NOT_MET",
        "TT40-TRAN-NAM-XA-TINH,       PROVINCE, 20,  9, MET",
        "TT40-TRAN-NAM-XA-HUYEN,      DISTRICT,  5,  5, MET",
        "TT40-TRAN-NAM-XA-HUYEN,      DISTRICT,  5,  6, NOT_MET"
    })
    void theCommunesCapHoldsOverTheYearsLinesOfOneSpender(String rule, SpenderLevel spender, long first, long second,
                                                          Verdict expected) {
        BudgetCapFinding c = cap(rule, visit("NS-1", "380", spender, BudgetCategory.VISIT_MODELS, first, null, null),
                visit("NS-2", "380", spender, BudgetCategory.VISIT_MODELS, second, null, null));
        assertEquals(expected, c.status(), c::toString);
        assertEquals(first + second, c.total());
        assertEquals(List.of("NS-1", "NS-2"), c.lineIds());
        assertTrue(c.actual().contains("= " + (first + second)), c.actual());
    }

    @ParameterizedTest(name = "{0}: {2} + {3} people → {4}")
    @CsvSource({
        "TT40-TRAN-NAM-NGUOI-TINH,  PROVINCE, 60, 40, MET",
        "TT40-TRAN-NAM-NGUOI-TINH,  PROVINCE, 60, 41, NOT_MET",
        "TT40-TRAN-NAM-NGUOI-HUYEN, DISTRICT, 25, 25, MET",
        "TT40-TRAN-NAM-NGUOI-HUYEN, DISTRICT, 25, 26, NOT_MET"
    })
    void thePeopleCapHoldsOverTheYear(String rule, SpenderLevel spender, long first, long second, Verdict expected) {
        BudgetCapFinding c = cap(rule, visit("NS-1", "380", spender, BudgetCategory.VISIT_PEOPLE, null, first, null),
                visit("NS-2", "380", spender, BudgetCategory.VISIT_PEOPLE, null, second, null));
        assertEquals(expected, c.status(), c::toString);
    }

    @ParameterizedTest(name = "central: {0} + {1} localities → {2}")
    @CsvSource({"15, 15, MET", "15, 16, NOT_MET"})
    void theCentralLocalitiesCapHoldsOverTheYear(long first, long second, Verdict expected) {
        BudgetCapFinding c = cap("TT40-TRAN-NAM-DIA-PHUONG-TW",
                new BudgetLine("NS-1", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_MODELS, BigDecimal.ONE, first,
                        null, null, null, first),
                new BudgetLine("NS-2", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_MODELS, BigDecimal.ONE, second,
                        null, null, null, second));
        assertEquals(expected, c.status(), c::toString);
    }

    @ParameterizedTest(name = "central: {0} people in {1} localities, then 5 in 1 → {2}")
    @CsvSource({"10, 2, MET", "11, 2, NOT_MET", "9, 2, MET"})
    void theCentralPeoplePerLocalityCapHoldsOverTheYear(long people, long localities, Verdict expected) {
        BudgetCapFinding c = cap("TT40-TRAN-NAM-NGUOI-TW",
                visit("NS-1", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_PEOPLE, null, people, localities),
                visit("NS-2", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_PEOPLE, null, 5L, 1L));
        assertEquals(expected, c.status(), c::toString);
        assertEquals(0, c.cap().compareTo(BigDecimal.valueOf(5 * (localities + 1))));
    }

    @Test
    void aTotalOverTheCapFromSeveralLinesRestsOnTheReadingThatTheLinesAddUp() {
        BudgetCapFinding over = cap("TT40-TRAN-NAM-XA-TINH",
                visit("NS-1", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 20L, null, null),
                visit("NS-2", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 11L, null, null));
        assertEquals(Verdict.NOT_MET, over.status());
        assertEquals(List.of(READING), over.provisionalBasis(), "the two lines may share a commune");
        assertTrue(over.actual().contains("các dòng có thể trùng nhau"), over.actual());

        BudgetCapFinding within = cap("TT40-TRAN-NAM-XA-TINH",
                visit("NS-1", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 20L, null, null),
                visit("NS-2", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 10L, null, null));
        assertEquals(List.of(), within.provisionalBasis(), "repeats could only lower a total already within the cap");

        BudgetCapFinding oneLine = cap("TT40-TRAN-NAM-XA-TINH",
                visit("NS-1", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 31L, null, null));
        assertEquals(Verdict.NOT_MET, oneLine.status());
        assertEquals(List.of(), oneLine.provisionalBasis(), "one line's 31 communes are 31 communes");
    }

    @ParameterizedTest(name = "central: {0} people in {1} localities → {2}, resting on the reading: {3}")
    @CsvSource({
        "5,  2, MET,     false",   // no locality can have more than 5
        "6,  1, NOT_MET, false",   // one locality, 6 people
        "10, 2, MET,     true",    // 5 and 5, or 8 and 2: the data does not say
        "11, 2, NOT_MET, false"    // one of the two localities has at least 6
    })
    void thePeoplePerLocalityCapRestsOnTheAverageOnlyWhereTheSplitMatters(long people, long localities,
                                                                          Verdict expected, boolean byReading) {
        BudgetCapFinding c = cap("TT40-TRAN-NAM-NGUOI-TW",
                visit("NS-1", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_PEOPLE, null, people, localities));
        assertEquals(expected, c.status(), c::toString);
        assertEquals(byReading ? List.of(READING) : List.of(), c.provisionalBasis());
    }

    @Test
    void twoSpendersOrTwoLevelsAreCappedApart() {
        List<BudgetCapFinding> caps = evaluate(
                visit("NS-1", "380", SpenderLevel.DISTRICT, BudgetCategory.VISIT_MODELS, 10L, null, null),
                visit("NS-2", "38", SpenderLevel.DISTRICT, BudgetCategory.VISIT_MODELS, 10L, null, null),
                visit("NS-3", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 10L, null, null))
                .budgetCaps();
        assertEquals(3, caps.size());
        assertTrue(caps.stream().allMatch(c -> c.status() == Verdict.MET), caps::toString);
    }

    @Test
    void aLineWithoutTheCountLeavesTheYearUndecided() {
        BudgetCapFinding c = cap("TT40-TRAN-NAM-XA-TINH",
                visit("NS-1", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, 5L, null, null),
                new BudgetLine("NS-2", "380", SpenderLevel.PROVINCE, BudgetCategory.VISIT_MODELS, BigDecimal.ONE, 1L,
                        null, null, null, null));
        assertEquals(Verdict.UNKNOWN, c.status());
        assertEquals(null, c.total());
        assertTrue(c.actual().contains("chưa có số liệu ở dòng NS-2"), c.actual());
    }

    @Test
    void aCommuneLevelSpenderHasNoYearlyCap() {
        assertTrue(evaluate(visit("NS-1", "380", SpenderLevel.COMMUNE, BudgetCategory.VISIT_MODELS, 50L, null, null))
                .budgetCaps().isEmpty());
    }

    @Test
    void aLineWithoutTheCountPerWhichThePeopleCapHoldsLeavesTheYearUndecided() {
        BudgetCapFinding c = cap("TT40-TRAN-NAM-NGUOI-TW",
                visit("NS-1", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_PEOPLE, null, 10L, 2L),
                visit("NS-2", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_PEOPLE, null, 5L, null));
        assertEquals(Verdict.UNKNOWN, c.status());
        assertEquals(null, c.total());
        assertEquals(null, c.cap());
        assertEquals("tổng người của 2 dòng trong năm = 15 (NS-1: 10 + NS-2: 5); địa phương: chưa có số liệu ở dòng NS-2",
                c.actual());

        BudgetCapFinding noPeople = cap("TT40-TRAN-NAM-NGUOI-TW",
                visit("NS-1", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_PEOPLE, null, null, 2L),
                visit("NS-2", "38", SpenderLevel.CENTRAL, BudgetCategory.VISIT_PEOPLE, null, 5L, null));
        assertEquals(Verdict.UNKNOWN, noPeople.status());
        assertEquals("người: chưa có số liệu ở dòng NS-1", noPeople.actual());
        assertEquals(List.of("NS-1", "NS-2"), noPeople.lineIds());
    }

    @Test
    void eachNormOfTheDecisionTableCarriesItsLabelSourceAndRate() {
        Map<String, RuleInfo> rules = Fixture.EVALUATOR.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, r -> r));
        Map<String, String> rates = Map.of(
                "TT40-MO-HINH", "tt40.model.perModel",
                "TT40-XANG-XE", "tt40.fuel.perKm",
                "TT40-THAM-MO-HINH-TW", "tt40.visitModels.central.perLocality",
                "TT40-THAM-MO-HINH-TINH", "tt40.visitModels.province.perCommune",
                "TT40-THAM-MO-HINH-HUYEN", "tt40.visitModels.district.perCommune",
                "TT40-THAM-CA-NHAN-TW", "tt40.visitPeople.central.perPerson",
                "TT40-THAM-CA-NHAN-TINH", "tt40.visitPeople.province.perPerson",
                "TT40-THAM-CA-NHAN-HUYEN", "tt40.visitPeople.district.perPerson");
        rates.forEach((rule, rate) -> {
            RuleInfo info = rules.get(rule);
            assertEquals(List.of(rate), info.parameters(), rule);
            assertEquals("TT 40/2023/TT-BTC, Điều 4", info.source(), rule);
            assertTrue(info.label().contains("không quá định mức"), info::label);
        });
    }
}
