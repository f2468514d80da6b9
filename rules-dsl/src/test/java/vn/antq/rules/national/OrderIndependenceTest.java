package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.event.EventType;
import vn.antq.rules.national.Localities.Locality;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardAssessment;
import vn.antq.unit.Unit;

/**
 * Property (b): the order of the units in a dataset does not matter. Shuffling the units gives every unit an
 * equal {@link UnitAssessment} (status, window, exclusion, movement, and every criterion with its verdict, label,
 * required, source and parameters), and the report lists the units in the shuffled order. The one exception,
 * reported as a bug below, is the wording of a commune's territory-wide event criteria, which lists the events in
 * dataset order.
 */
class OrderIndependenceTest {
    private static final Set<String> TERRITORY_EVENT_RULES = Set.of("ANTT-XA-2.3", "ANTT-XA-2.4b", "ANTT-XA-2.4d");

    @Test
    void shufflingTheUnitsGivesEveryUnitTheSameAssessment() {
        qt().withFixedSeed(19_082_024L).withExamples(150).withShrinkCycles(100)
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
                        UnitAssessment r = Fixture.unit(reordered, u.id());
                        assertEquals(withoutTerritoryWording(u), withoutTerritoryWording(r), () -> "unit " + u.id());
                    }
                    assertEquals(original.provisionalParameters(), reordered.provisionalParameters());
                });
    }

    @Test
    @Disabled("bug: Check.events words a commune's territory events in the order FactBuilder collects them (dataset"
            + " order of the units), so the same locality listed in another order gets a different ANTT-XA-2.3 text")
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

    private static UnitAssessment withoutTerritoryWording(UnitAssessment u) {
        List<CriterionResult> criteria = u.standard().criteria().stream()
                .map(c -> TERRITORY_EVENT_RULES.contains(c.rule())
                        ? new CriterionResult(c.rule(), c.status(), c.label(), null, c.required(), c.source(),
                                c.provisional(), c.parameters())
                        : c)
                .toList();
        return new UnitAssessment(u.id(), u.kind(), u.type(), u.name(), u.parentId(),
                new StandardAssessment(u.standard().status(), u.standard().window(),
                        u.standard().exclusion(), criteria), u.movement());
    }
}
