package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;

/** {@link ReportDiff} lists exactly the results that differ between two reports of one dataset. */
class ReportDiffTest {
    private static EvaluationReport short95;
    private static EvaluationReport full;
    private static EvaluationReport lowered;

    @BeforeAll
    static void evaluate() throws Exception {
        Evaluator national = Evaluator.builder().build();
        Evaluator ninety = Evaluator.builder().parameterOverrides(List.of(new Parameter(
                "kdc.households.registeredShare.min", "", List.of(new ParameterValue(LocalDate.of(2024, 1, 1),
                        new BigDecimal("0.9"), "test", false))))).build();
        short95 = national.evaluate(read(400));
        full = national.evaluate(read(420));
        lowered = ninety.evaluate(read(400));
    }

    private static Dataset read(int registered) throws Exception {
        return DatasetReader.read(new ByteArrayInputStream(TinyDataset.json(registered, "380-01")
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReportComparedWithItselfHasNoChange() {
        assertEquals(List.of(), ReportDiff.between(short95, short95));
    }

    @Test
    void theUnitsWhoseStandingChangesAreListedBeforeAndAfterWithTheirNames() {
        assertEquals(List.of(
                new ReportDiff.Change("Tiêu chuẩn ANTT", "380-01", "Phường Điện Biên", "chưa đạt chuẩn", "đạt chuẩn"),
                new ReportDiff.Change("Tiêu chuẩn ANTT", "380-01-01", "Tổ dân phố 1", "chưa đạt chuẩn", "đạt chuẩn")),
                ReportDiff.between(short95, lowered));
    }

    @Test
    void theDirectionFollowsTheArguments() {
        assertEquals(List.of(
                new ReportDiff.Change("Tiêu chuẩn ANTT", "380-01", "Phường Điện Biên", "đạt chuẩn", "chưa đạt chuẩn"),
                new ReportDiff.Change("Tiêu chuẩn ANTT", "380-01-01", "Tổ dân phố 1", "đạt chuẩn", "chưa đạt chuẩn")),
                ReportDiff.between(full, short95));
    }
}
