package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.Evaluator;
import vn.antq.verdict.Verdict;

/**
 * The evaluator's settings change how the work is split, never the result: two threads and sessions of about
 * seven units (each commune with the units it manages kept together) give reports equal to the defaults.
 */
class EvaluatorSettingsTest {
    private static final Evaluator SPLIT = Evaluator.builder().parallelism(2).chunkSize(7).build();

    @Test
    void parallelismTwoAndChunksOfSevenGiveTheDefaultReports() {
        for (long seed = 100; seed < 140; seed++) {
            // Given a locality of up to four communes
            Dataset dataset = Localities.seeded(seed, 4).dataset();
            // When / Then
            assertEquals(Fixture.EVALUATOR.evaluate(dataset), SPLIT.evaluate(dataset), "seed " + seed);
        }
    }

    @Test
    void aCommuneWithMoreUnitsThanAChunkStillSeesAllOfThem() {
        // Given 25 areas under one commune, 18 achieved (72%): one session must hold all 26 units
        Fixture f = new Fixture().commune("c1").residentialAreas("c1", 25);
        for (int i = 19; i <= 25; i++) {
            f.failing("c1-r" + i);
        }
        Dataset dataset = f.commune("c2").residentialAreas("c2", 3).dataset();
        // Then
        assertEquals(Fixture.EVALUATOR.evaluate(dataset), SPLIT.evaluate(dataset));
        assertEquals(Verdict.MET, Fixture.criterion(SPLIT.evaluate(dataset), "c1", "ANTT-XA-4"));
    }
}
