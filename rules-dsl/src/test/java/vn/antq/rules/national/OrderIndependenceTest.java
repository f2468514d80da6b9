package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.event.EventType;
import vn.antq.rules.national.Localities.Locality;
import vn.antq.standard.CriterionResult;
import vn.antq.unit.Unit;

/**
 * Property (b): the order of the units in a dataset does not matter. Shuffling the units gives every unit an
 * equal {@link UnitAssessment} (status, window, exclusion, movement, and every criterion with its verdict and its
 * whole explanation), and the report lists the units in the shuffled order.
 */
class OrderIndependenceTest {

    @Test
    void shufflingTheUnitsGivesEveryUnitTheSameAssessment() {
        qt().withFixedSeed(19_082_024L).withExamples(300).withShrinkCycles(100)
                .forAll(Localities.localities(), longs().all())
                .checkAssert((locality, seed) -> {
                    // Given
                    List<Unit> shuffled = new ArrayList<>(locality.units());
                    Collections.shuffle(shuffled, new Random(seed));
                    // When
                    EvaluationReport original = Fixture.EVALUATOR.evaluate(locality.dataset());
                    EvaluationReport reordered = Fixture.EVALUATOR.evaluate(new Locality(shuffled).dataset());
                    // Then
                    assertEquals(shuffled.stream().map(Unit::id).toList(),
                            reordered.units().stream().map(UnitAssessment::id).toList());
                    for (UnitAssessment u : original.units()) {
                        assertEquals(u, Fixture.unit(reordered, u.id()), () -> "unit " + u.id());
                    }
                    assertEquals(original.provisionalParameters(), reordered.provisionalParameters());
                });
    }

    @Test
    void aCommunesTerritoryEventsAreWordedTheSameWhateverTheOrderOfItsUnits() {
        // Given the same two events in two residential areas, the areas listed in either order
        Fixture ab = new Fixture().commune("c1").residentialArea("a", "c1").residentialArea("b", "c1");
        Fixture ba = new Fixture().commune("c1").residentialArea("b", "c1").residentialArea("a", "c1");
        for (Fixture f : List.of(ab, ba)) {
            f.event("a", EventType.SEPARATISM, "2024-03-01").event("b", EventType.SABOTAGE_KEY_TARGET, "2024-01-01");
        }
        // When
        CriterionResult first = Fixture.criterionResult(ab.evaluate(), "c1", "ANTT-XA-2.3");
        CriterionResult second = Fixture.criterionResult(ba.evaluate(), "c1", "ANTT-XA-2.3");
        // Then
        assertEquals(first, second);
    }
}
