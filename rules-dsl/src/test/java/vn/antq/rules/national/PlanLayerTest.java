package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.LayerInfo;
import vn.antq.pack.RulePack;
import vn.antq.plan.TargetResult;
import vn.antq.samples.Samples;
import vn.antq.verdict.Verdict;

/**
 * A layer may extend a plan (by its plan id) and override one of the plan's parameters: the plan's targets use the
 * new value, the national units do not change, and the report names the layer.
 */
class PlanLayerTest {

    @Test
    void aLayerOnAPlanOverridesOneOfItsTargetsAndNothingElse() throws Exception {
        Dataset dataset;
        try (InputStream in = Samples.thanhHoa2024()) {
            dataset = DatasetReader.read(in);
        }
        Evaluator layered = Evaluator.builder()
                .layer(RulePack.directory(LayeredPackTest.PACKS.resolve("th-kh67-nang-chi-tieu"))).build();

        EvaluationReport plan = Fixture.EVALUATOR.evaluate(dataset, "TH-KH67-2024");
        EvaluationReport raised = layered.evaluate(dataset, "TH-KH67-2024");

        assertEquals(Verdict.MET, t5(plan).status(), "84 % is above 80 %");
        assertEquals(Verdict.NOT_MET, t5(raised).status(), "84 % is not above 95 %");
        assertEquals(plan.units(), raised.units(), "a layer on a plan changes no unit");
        for (int i = 0; i < plan.targets().size(); i++) {
            TargetResult before = plan.targets().get(i);
            if (!before.id().equals("KH67-T5")) {
                assertEquals(before, raised.targets().get(i));
            }
        }
        assertEquals(List.of("th-kh67-nang-chi-tieu"), raised.pack().layers().stream().map(LayerInfo::id).toList());
        assertEquals("TH-KH67-2024", raised.pack().layers().get(0).extendsId());
        assertEquals(List.of(), layered.pack().layers(), "the national pack itself has no layer");
    }

    private static TargetResult t5(EvaluationReport report) {
        return report.targets().stream().filter(t -> t.id().equals("KH67-T5") && t.scope().equals("38")).findFirst()
                .orElseThrow();
    }
}
