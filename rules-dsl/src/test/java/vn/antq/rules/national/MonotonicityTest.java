package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.rules.national.Mutations.Mutation;
import vn.antq.standard.StandardStatus;
import vn.antq.verdict.Verdict;

/**
 * Property (c), monotonicity: one improvement anywhere in a random locality — a requirement flag false→true, a
 * count that must stay low (violations, new hotspots, disciplined people) down by one, a part of a share up by one
 * (households registered, staff briefed, sub-units advanced), one more effective model, a security rating one step
 * up, a score up by 10, an event removed or its force-majeure / prompt-handling flag set to true — never worsens
 * any unit of the locality: its status (NOT_ACHIEVED &lt; INSUFFICIENT_DATA &lt; ACHIEVED, NOT_APPLICABLE stays
 * so), any of its criteria (NOT_MET &lt; UNKNOWN &lt; MET, NOT_APPLICABLE stays so) and its movement level.
 */
class MonotonicityTest {

    @Test
    void improvingOneIndicatorOrEventNeverWorsensAnyUnit() {
        AtomicInteger checked = new AtomicInteger();
        qt().withFixedSeed(26_062_024L).withExamples(500).withShrinkCycles(100)
                .forAll(Localities.localities(), integers().between(0, Integer.MAX_VALUE - 1))
                .checkAssert((locality, pick) -> {
                    // Given one improvement chosen among all those the locality allows
                    List<Mutation> candidates = Mutations.improvements(locality);
                    if (candidates.isEmpty()) {
                        return;
                    }
                    Mutation improvement = candidates.get(pick % candidates.size());
                    // When
                    EvaluationReport before = Fixture.EVALUATOR.evaluate(locality.dataset());
                    EvaluationReport after = Fixture.EVALUATOR.evaluate(improvement.result().dataset());
                    // Then
                    for (UnitAssessment b : before.units()) {
                        assertNotWorse(b, Fixture.unit(after, b.id()), improvement);
                    }
                    checked.incrementAndGet();
                });
        assertTrue(checked.get() >= 400, "improvements checked: " + checked);
    }

    private static void assertNotWorse(UnitAssessment before, UnitAssessment after, Mutation why) {
        String where = before.id() + " after " + why;
        StandardStatus s0 = before.standard().status();
        StandardStatus s1 = after.standard().status();
        if (s0 == StandardStatus.NOT_APPLICABLE || s1 == StandardStatus.NOT_APPLICABLE) {
            assertEquals(s0, s1, where);
        } else {
            assertTrue(Mutations.rank(s1) >= Mutations.rank(s0), where + ": " + s0 + " → " + s1);
        }
        Map<String, Verdict> c0 = Agreement.verdicts(before);
        Map<String, Verdict> c1 = Agreement.verdicts(after);
        assertEquals(c0.keySet(), c1.keySet(), where);
        c0.forEach((rule, v0) -> {
            Verdict v1 = c1.get(rule);
            if (v0 == Verdict.NOT_APPLICABLE || v1 == Verdict.NOT_APPLICABLE) {
                assertEquals(v0, v1, where + " " + rule);
            } else {
                assertTrue(Mutations.rank(v1) >= Mutations.rank(v0), where + " " + rule + ": " + v0 + " → " + v1);
            }
        });
        int m0 = Mutations.rank(before.movement().level());
        int m1 = Mutations.rank(after.movement().level());
        assertTrue(m0 < 0 ? m1 == m0 : m1 >= m0,
                where + " movement: " + before.movement().level() + " → " + after.movement().level());
    }
}
