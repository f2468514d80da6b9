package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.antq.verdict.Verdict;

/** The one accumulator: its verdict is the Kleene conjunction of its parts, whatever they are and in any order. */
class FindingTest {
    private static final Gen<List<Verdict>> PARTS = lists().of(arbitrary().enumValues(Verdict.class))
            .ofSizeBetween(0, 12);

    private static Finding finding(List<Verdict> parts) {
        Finding t = new Finding();
        parts.forEach(t::add);
        return t;
    }

    @Test
    void theVerdictIsTheConjunctionOfTheParts() {
        qt().forAll(PARTS).check(parts -> finding(parts).verdict() == Verdict.all(parts)
                && new Finding().addAll(parts).verdict() == Verdict.all(parts));
    }

    @Test
    void theOrderOfThePartsDoesNotMatter() {
        qt().forAll(PARTS, integers().all()).check((parts, seed) -> {
            List<Verdict> shuffled = new ArrayList<>(parts);
            Collections.shuffle(shuffled, new Random(seed));
            return finding(shuffled).verdict() == finding(parts).verdict();
        });
    }

    @Test
    void aKnownFailureBeatsMissingData() {
        qt().forAll(PARTS, PARTS).check((before, after) -> {
            List<Verdict> parts = new ArrayList<>(before);
            parts.add(Verdict.UNKNOWN);
            parts.add(Verdict.NOT_MET);
            parts.addAll(after);
            return finding(parts).verdict() == Verdict.NOT_MET && finding(parts).verdictOrMet() == Verdict.NOT_MET;
        });
    }

    @Test
    void missingDataBeatsMetAndNotApplicableWhenNothingFailed() {
        qt().forAll(PARTS).check(parts -> {
            List<Verdict> known = new ArrayList<>(parts.stream().filter(v -> v != Verdict.NOT_MET).toList());
            known.add(Verdict.UNKNOWN);
            return finding(known).verdict() == Verdict.UNKNOWN && finding(known).verdictOrMet() == Verdict.UNKNOWN;
        });
    }

    @Test
    void aConclusionNoConditionDecidedDoesNotApply() {
        qt().forAll(integers().between(0, 10)).check(n ->
                finding(Collections.nCopies(n, Verdict.NOT_APPLICABLE)).verdict() == Verdict.NOT_APPLICABLE);
        assertEquals(Verdict.NOT_APPLICABLE, new Finding().verdict());
    }

    @Test
    void holdingUnlessSomethingStandsAgainstItIsTheSameConjunctionAndMet() {
        // what the vocabularies that started from MET up to 0.8 computed, folded from MET
        qt().forAll(PARTS).check(parts -> {
            Verdict fromMet = Verdict.MET;
            for (Verdict v : parts) {
                fromMet = fromMet.and(v);
            }
            return finding(parts).verdictOrMet() == fromMet
                    && finding(parts).verdictOrMet() == Verdict.all(parts).and(Verdict.MET)
                    && finding(parts).verdictOrMet() != Verdict.NOT_APPLICABLE;
        });
    }

    @Test
    void theWordingKeepsOnePartPerConditionInOrder() {
        Finding t = new Finding().add(Verdict.MET, "a: 1", "a: ≥ 1")
                .add(Verdict.UNKNOWN, "b: thiếu số liệu", "b: có");
        t.actual.add("c: không áp dụng");
        assertEquals("a: 1; b: thiếu số liệu; c: không áp dụng", t.actual());
        assertEquals("a: ≥ 1; b: có", t.required());
        assertEquals(Verdict.UNKNOWN, t.verdict());
        assertEquals("", new Finding().actual());
    }

    @Test
    void everyConclusionFactHasTheOneShape() {
        for (Class<?> c : List.of(CriterionFact.class, RatingFact.class, GrassrootsFact.class,
                MedalEligibilityFact.class, ProposalFact.class, BudgetFindingFact.class, BudgetCapFact.class,
                TargetFact.class)) {
            assertTrue(Conclusion.class.isAssignableFrom(c), c.getSimpleName());
            assertTrue(c.getSimpleName().endsWith("Fact"), c.getSimpleName());
        }
    }
}
