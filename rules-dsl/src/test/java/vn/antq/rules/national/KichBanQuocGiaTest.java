package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePack;
import vn.antq.scenario.CaseResult;
import vn.antq.scenario.ScenarioCase;
import vn.antq.scenario.ScenarioFormatException;
import vn.antq.scenario.ScenarioRun;
import vn.antq.scenario.ScenarioRunner;

/**
 * The national pack's scenarios ({@code rules-dsl/scenarios/}, antq-scenario/1): one dynamic test per case, and every
 * national rule covered by at least one case.
 */
class KichBanQuocGiaTest {
    /** The scenarios of the national pack, from the module's directory (where surefire runs). */
    static final Path SCENARIOS = Path.of("scenarios");

    @TestFactory
    Stream<DynamicNode> everyNationalScenarioPasses() {
        ScenarioRunner runner = new ScenarioRunner();
        return ScenarioRunner.files(List.of(SCENARIOS)).stream().map(file -> {
            String name = file.getFileName().toString();
            List<ScenarioCase> cases;
            try {
                cases = runner.load(file);
            } catch (ScenarioFormatException e) {
                return DynamicTest.dynamicTest(name, () -> fail(e.getMessage()));
            }
            return DynamicContainer.dynamicContainer(name, cases.stream().map(c ->
                    DynamicTest.dynamicTest(c.name(), () -> {
                        CaseResult result = runner.run(c);
                        assertTrue(result.passed(), result::describe);
                    })));
        });
    }

    /** The bundled plans' packs, whose rules the scenarios cover too. */
    private static final List<String> PLAN_PACKS = List.of("vn/antq/plans/th_kh67_2024/pack.yaml",
            "vn/antq/plans/th_2026/pack.yaml");

    @Test
    void everyNationalAndPlanRuleIsCoveredByAScenario() {
        // Given every rule of the national pack and of the bundled plans
        List<String> rules = new ArrayList<>();
        for (RuleInfo r : Fixture.EVALUATOR.rules()) {
            rules.add(r.id());
        }
        for (String plan : PLAN_PACKS) {
            Evaluator.builder().rulePack(RulePack.classpath(plan)).bundledPlans(false).build().rules()
                    .forEach(r -> rules.add(r.id()));
        }
        assertTrue(rules.contains("KH67-T1") && rules.contains("TH26-T1"), "the plans' rules are read");
        // When every national scenario runs
        ScenarioRun run = new ScenarioRunner().run(List.of(SCENARIOS));
        // Then each rule fired in at least one case
        assertEquals(List.of(), run.problems());
        Set<String> uncovered = run.uncovered(rules);
        assertEquals(new TreeSet<>(), uncovered, "luật chưa có kịch bản / rules no scenario covers");
    }
}
