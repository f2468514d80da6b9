package vn.antq.benchmarks;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.samples.Samples;

/**
 * Prints how long after the JVM started the first result was ready: build the evaluator with the
 * bundled national pack, evaluate one commune with one residential area, print its status; then the
 * same for the whole bundled Thanh Hóa sample. Run it in a fresh JVM each time (docs/performance.md).
 */
public final class StartupProbe {
    private static final String ONE_COMMUNE = """
            {"format":"antq-dataset/1","year":2024,"units":[
             {"id":"38","kind":"PROVINCE","name":"Tỉnh Thanh Hóa"},
             {"id":"380","kind":"DISTRICT","type":"THANH_PHO","name":"Thành phố Thanh Hóa","parent":"38"},
             {"id":"14755","kind":"COMMUNE","type":"PHUONG","name":"Phường Hàm Rồng","parent":"380","events":[],
              "indicators":{"partyResolutionQ1":true,"peoplesCommitteePlanQ1":true,"registeredForStandard":true,
               "effectiveModels":1,"policiesImplemented":true,"policeProactive":true,"policeDisciplined":0}},
             {"id":"14755-T01","kind":"RESIDENTIAL_AREA","type":"TO_DAN_PHO","name":"Tổ dân phố 1","parent":"14755",
              "events":[],"indicators":{"partyResolutionQ1":true,"registeredForStandard":true}}]}
            """;

    private StartupProbe() {
    }

    /**
     * @param args ignored
     * @throws Exception when a dataset cannot be read
     */
    public static void main(String[] args) throws Exception {
        Evaluator evaluator = Evaluator.builder().build();
        long built = uptime();
        EvaluationReport first = evaluator.evaluate(DatasetReader.read(ONE_COMMUNE));
        long firstResult = uptime();
        Dataset sample;
        try (InputStream in = Samples.thanhHoa2024()) {
            sample = DatasetReader.read(in);
        }
        EvaluationReport whole = evaluator.evaluate(sample);
        long sampleDone = uptime();
        System.out.printf("evaluator built: %d ms after JVM start%n", built);
        System.out.printf("first result (%s %s): %d ms after JVM start%n", first.units().get(2).id(),
                first.units().get(2).standard().status(), firstResult);
        System.out.printf("bundled sample (%d units) read and evaluated: %d ms after JVM start%n",
                whole.units().size(), sampleDone);
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
