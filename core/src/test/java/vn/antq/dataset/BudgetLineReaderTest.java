package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;

/** The {@code budgetLines} of a valid dataset read into the expected {@link BudgetLine} values, nothing guessed. */
class BudgetLineReaderTest {
    private static Dataset dataset;

    @BeforeAll
    static void readDatasetWithBudgetLines() throws Exception {
        try (InputStream in = BudgetLineReaderTest.class.getResourceAsStream("/datasets/with-budget-lines.json")) {
            dataset = DatasetReader.read(in);
        }
    }

    @Test
    void readsEveryLineInDatasetOrderWithoutWarnings() {
        assertEquals(List.of("NS-380-01", "380", "NS-14755-01"),
                dataset.budgetLines().stream().map(BudgetLine::id).toList());
        assertEquals(List.of(), dataset.warnings());
    }

    @Test
    void readsALineWithEveryField() {
        assertEquals(new BudgetLine("NS-380-01", "380", SpenderLevel.DISTRICT, BudgetCategory.MODEL_BUILDING,
                new BigDecimal("150000000"), 5L, 3L, 12L, 340L, 2L), dataset.budgetLines().get(0));
    }

    @Test
    void absentCountsStayNullAndADecimalAmountIsKept() {
        assertEquals(new BudgetLine("380", "38", SpenderLevel.PROVINCE, BudgetCategory.MOBILISATION_FUEL,
                new BigDecimal("2500000.5"), null, null, null, 340L, null), dataset.budgetLines().get(1));
    }

    @Test
    void countGivenAsNullStaysNullAndZeroAmountIsAccepted() {
        BudgetLine line = dataset.budgetLines().get(2);
        assertEquals(new BudgetLine("NS-14755-01", "14755", SpenderLevel.COMMUNE, BudgetCategory.OTHER,
                BigDecimal.ZERO, null, null, null, null, null), line);
    }

    @Test
    void datasetWithoutBudgetLinesHasNone() throws Exception {
        assertEquals(List.of(), DatasetReader.read(DatasetJson.withCampaigns(DatasetJson.CAMPAIGN)).budgetLines());
    }

    @Test
    void budgetLinesGivenAsNullMeanNone() throws Exception {
        assertEquals(List.of(), DatasetReader.read(InvalidBudgetLineTest.withLines("null")).budgetLines());
    }
}
