package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;
import vn.antq.verdict.Verdict;

/**
 * A what-if: a parameter overridden from a date changes the conclusions that join it on or after that date, and
 * only those; an override the pack cannot take is a pack problem naming the parameter.
 */
class ParameterOverrideTest {
    private static Parameter share(String from, String value) {
        return new Parameter("xa.managedUnits.recognisedShare.min", "",
                List.of(new ParameterValue(LocalDate.parse(from), new BigDecimal(value), "what-if", false)));
    }

    private static Dataset commune72Percent() {
        // 25 areas under one commune, 18 achieved (72 %)
        Fixture f = new Fixture().commune("c1").residentialAreas("c1", 25);
        for (int i = 19; i <= 25; i++) {
            f.failing("c1-r" + i);
        }
        return f.dataset();
    }

    @Test
    void aRaisedShareFromBeforeTheReferenceDateFailsTheCommune() {
        Evaluator raised = Evaluator.builder().parameterOverrides(List.of(share("2024-01-01", "0.75"))).build();
        assertEquals(Verdict.MET, Fixture.criterion(Fixture.EVALUATOR.evaluate(commune72Percent()), "c1", "ANTT-XA-4"));
        assertEquals(Verdict.NOT_MET, Fixture.criterion(raised.evaluate(commune72Percent()), "c1", "ANTT-XA-4"));
        assertEquals(0, new BigDecimal("0.75").compareTo((BigDecimal) raised.parameters()
                .get("xa.managedUnits.recognisedShare.min").orElseThrow().valueAt(LocalDate.parse("2024-11-15"))
                .orElseThrow().value()));
    }

    @Test
    void anOverrideFromAfterTheReferenceDateChangesNothing() {
        Evaluator later = Evaluator.builder().parameterOverrides(List.of(share("2025-01-01", "0.75"))).build();
        assertEquals(Fixture.EVALUATOR.evaluate(commune72Percent()), later.evaluate(commune72Percent()));
    }

    @Test
    void anUnknownIdOrAnotherKindOfValueIsAPackProblem() {
        Parameter unknown = new Parameter("xa.noSuchParameter", "",
                List.of(new ParameterValue(LocalDate.parse("2024-01-01"), BigDecimal.ONE, "what-if", false)));
        RulePackException e = assertThrows(RulePackException.class,
                () -> Evaluator.builder().parameterOverrides(List.of(unknown)).build());
        assertTrue(e.getMessage().contains("xa.noSuchParameter"), e.getMessage());
        Parameter wrongKind = new Parameter("xa.managedUnits.recognisedShare.min", "",
                List.of(new ParameterValue(LocalDate.parse("2024-01-01"), "HIGH", "what-if", false)));
        RulePackException kind = assertThrows(RulePackException.class,
                () -> Evaluator.builder().parameterOverrides(List.of(wrongKind)).build());
        assertTrue(kind.getMessage().contains("expected a number"), kind.getMessage());
    }
}
