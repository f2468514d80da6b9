package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.PackValidation;
import vn.antq.pack.PackValidator;
import vn.antq.pack.RulePack;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;
import vn.antq.scenario.ScenarioRun;
import vn.antq.scenario.ScenarioRunner;
import vn.antq.standard.StandardStatus;
import vn.antq.verdict.Verdict;

/**
 * The rule-author guide's worked example (§7, {@code docs/rules/vi-du/camera}) does what the guide says, step by
 * step: it validates without a problem, its scenarios pass and cover its rule, layered on the national pack it
 * decides "trên 50%" strictly on its own data, and the what-if at 40% moves exactly the area the guide names.
 */
class CameraExampleTest {
    private static final Path EXAMPLE = Path.of("..", "docs", "rules", "vi-du", "camera");

    @Test
    void itValidatesWithoutAnyProblemAndItsScenariosPassAndCoverItsRule() {
        PackValidation validation = PackValidator.create()
                .withCoverage(dir -> new ScenarioRunner().run(List.of(dir)).covered()).validate(EXAMPLE);
        assertEquals(List.of(), validation.diagnostics());
        ScenarioRun run = new ScenarioRunner().run(List.of(EXAMPLE));
        assertEquals(List.of(), run.problems());
        assertEquals(3, run.passed(), run::summary);
        assertEquals(0, run.failed(), run::summary);
        assertTrue(run.covered().contains("TH-KDC-CAMERA"));
    }

    @Test
    void layeredOnTheNationalPackTheProvincesCriterionDecidesEachArea() throws Exception {
        Evaluator evaluator = Evaluator.builder().rules(RulePack.directory(EXAMPLE)).build();
        Dataset data = DatasetReader.read(EXAMPLE.resolve("du-lieu.json"), evaluator.indicators());
        EvaluationReport report = evaluator.evaluate(data);
        assertEquals(Verdict.MET, Fixture.criterion(report, "14758-T01", "TH-KDC-CAMERA"));
        assertEquals(Verdict.NOT_MET, Fixture.criterion(report, "14758-T02", "TH-KDC-CAMERA"));
        assertEquals(StandardStatus.NOT_ACHIEVED, Fixture.unit(report, "14758-T02").standard().status());
        assertEquals(Verdict.UNKNOWN, Fixture.criterion(report, "14758-T03", "TH-KDC-CAMERA"));
        assertEquals("th-camera", report.pack().layers().get(0).id());

        Parameter forty = new Parameter("tinh.kdc.camera.alleyShare.min", "", List.of(new ParameterValue(
                LocalDate.of(2026, 1, 1), new BigDecimal("0.4"), "what-if (--set)", false)));
        EvaluationReport whatIf = evaluator.withParameterOverrides(List.of(forty)).evaluate(data);
        assertEquals(StandardStatus.ACHIEVED, Fixture.unit(whatIf, "14758-T02").standard().status());
        assertEquals(StandardStatus.INSUFFICIENT_DATA, Fixture.unit(whatIf, "14758").standard().status());
    }
}
