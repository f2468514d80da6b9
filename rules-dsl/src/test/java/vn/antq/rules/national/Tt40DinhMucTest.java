package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.dataset.Dataset;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetFinding;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;
import vn.antq.verdict.Verdict;

/** Budget lines against the spending norms of TT 40/2023/TT-BTC, each exactly at and just over its norm. */
class Tt40DinhMucTest {

    private static BudgetFinding check(BudgetLine line) {
        Dataset d = new Fixture().commune("c1").dataset();
        Dataset withBudget = new Dataset(d.title(), d.year(), d.referenceDate(), d.units(), d.campaigns(),
                List.of(line), List.of(), List.of(), List.of(), null, d.warnings());
        List<BudgetFinding> budget = Fixture.EVALUATOR.evaluate(withBudget).budget();
        assertEquals(1, budget.size());
        return budget.get(0);
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
        "PROVINCE, VISIT_MODELS,     300000000, -, 30, -, -, -, MET",
        "PROVINCE, VISIT_MODELS,     300000001, -, 30, -, -, -, NOT_MET",
        "PROVINCE, VISIT_MODELS,     310000000, -, 31, -, -, -, NOT_MET",
        "DISTRICT, VISIT_MODELS,      50000000, -, 10, -, -, -, MET",
        "DISTRICT, VISIT_MODELS,      55000000, -, 11, -, -, -, NOT_MET",
        "CENTRAL,  VISIT_MODELS,     600000000, -, -, -, -, 30, MET",
        "CENTRAL,  VISIT_MODELS,     620000000, -, -, -, -, 31, NOT_MET",
        "PROVINCE, VISIT_PEOPLE,     300000000, -, -, 100, -, -, MET",
        "PROVINCE, VISIT_PEOPLE,     303000000, -, -, 101, -, -, NOT_MET",
        "DISTRICT, VISIT_PEOPLE,      50000000, -, -, 50, -, -, MET",
        "DISTRICT, VISIT_PEOPLE,      50000001, -, -, 50, -, -, NOT_MET",
        "CENTRAL,  VISIT_PEOPLE,      50000000, -, -, 10, -, 2, MET",
        "CENTRAL,  VISIT_PEOPLE,      55000000, -, -, 11, -, 2, NOT_MET"
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
}
