package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * A plan target compares the share or the count of the units that meet their part in the four forms ("trên", "từ …
 * trở lên", "dưới", "không quá"); undecided units make it UNKNOWN only where they could change the answer.
 */
class TargetComparisonTest {
    private static final ScopeFact SCOPE = new ScopeFact("38", "Tỉnh", true);

    private static Param param(String value) {
        return new Param(new ResolvedParameter("test.threshold", "test", new BigDecimal(value),
                LocalDate.of(2022, 1, 1), "test", false));
    }

    private static List<OutcomeFact> units(int n) {
        List<OutcomeFact> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(new OutcomeFact("u" + i, i, UnitKind.COMMUNE, null, Set.of("38"), StandardStatus.ACHIEVED, null,
                    Indicators.of(Map.of()), List.of(), List.of()));
        }
        return units;
    }

    private static TargetFact share(Comparison op, int total, int met, int notMet, String threshold) {
        List<OutcomeFact> units = units(total);
        return Target.of("T", SCOPE).each(units, units.subList(0, met), units.subList(met, met + notMet))
                .share(op, param(threshold)).done();
    }

    private static TargetFact count(Comparison op, int total, int met, int notMet, String threshold) {
        List<OutcomeFact> units = units(total);
        return Target.of("T", SCOPE).count(units, units.subList(0, met), units.subList(met, met + notMet), op,
                param(threshold)).done();
    }

    @ParameterizedTest(name = "{2} met, {3} not met of {1}: {0} 50% → {4}")
    @CsvSource({
            "ABOVE, 8, 4, 4, NOT_MET", "AT_LEAST, 8, 4, 4, MET", "BELOW, 8, 4, 4, NOT_MET", "AT_MOST, 8, 4, 4, MET",
            "ABOVE, 8, 5, 3, MET", "AT_LEAST, 8, 5, 3, MET", "BELOW, 8, 5, 3, NOT_MET", "AT_MOST, 8, 5, 3, NOT_MET",
            "ABOVE, 8, 3, 5, NOT_MET", "AT_LEAST, 8, 3, 5, NOT_MET", "BELOW, 8, 3, 5, MET", "AT_MOST, 8, 3, 5, MET",
            // one undecided: 4 or 5 of 8
            "ABOVE, 8, 4, 3, UNKNOWN", "AT_LEAST, 8, 4, 3, MET", "BELOW, 8, 4, 3, NOT_MET",
            "AT_MOST, 8, 4, 3, UNKNOWN"})
    void aShareTargetInEachForm(Comparison op, int total, int met, int notMet, Verdict expected) {
        TargetFact t = share(op, total, met, notMet, "0.5");
        assertEquals(expected, t.verdict());
        assertEquals(op.symbol() + " 0.5", t.required());
    }

    @ParameterizedTest(name = "{2} met, {3} not met of {1}: {0} 3 → {4}")
    @CsvSource({
            "ABOVE, 5, 3, 2, NOT_MET", "AT_LEAST, 5, 3, 2, MET", "BELOW, 5, 3, 2, NOT_MET", "AT_MOST, 5, 3, 2, MET",
            "ABOVE, 5, 4, 1, MET", "BELOW, 5, 2, 3, MET", "AT_MOST, 5, 4, 1, NOT_MET",
            // two undecided: 2 to 4
            "ABOVE, 5, 2, 1, UNKNOWN", "AT_LEAST, 5, 2, 1, UNKNOWN", "BELOW, 5, 2, 1, UNKNOWN",
            "AT_MOST, 5, 2, 1, UNKNOWN", "AT_MOST, 5, 0, 3, MET", "BELOW, 5, 3, 0, NOT_MET"})
    void aCountTargetInEachForm(Comparison op, int total, int met, int notMet, Verdict expected) {
        assertEquals(expected, count(op, total, met, notMet, "3").verdict());
    }

    @Test
    void theNamedStepsAreTheFourForms() {
        List<OutcomeFact> units = units(8);
        Param half = param("0.5");
        List<OutcomeFact> met = units.subList(0, 4);
        List<OutcomeFact> notMet = units.subList(4, 8);
        assertEquals(Verdict.NOT_MET, Target.of("T", SCOPE).each(units, met, notMet).shareAbove(half).done().verdict());
        assertEquals(Verdict.MET, Target.of("T", SCOPE).each(units, met, notMet).shareAtLeast(half).done().verdict());
        assertEquals(Verdict.NOT_MET, Target.of("T", SCOPE).each(units, met, notMet).shareBelow(half).done().verdict());
        assertEquals(Verdict.MET, Target.of("T", SCOPE).each(units, met, notMet).shareAtMost(half).done().verdict());
        Param four = param("4");
        assertEquals(Verdict.NOT_MET, Target.of("T", SCOPE).countAbove(units, met, notMet, four).done().verdict());
        assertEquals(Verdict.MET, Target.of("T", SCOPE).countAtLeast(units, met, notMet, four).done().verdict());
        assertEquals(Verdict.NOT_MET, Target.of("T", SCOPE).countBelow(units, met, notMet, four).done().verdict());
        assertEquals(Verdict.MET, Target.of("T", SCOPE).countAtMost(units, met, notMet, four).done().verdict());
    }

    @Test
    void aUnitSelectsByACountInEachFormOnlyWhenItHasTheCount() {
        OutcomeFact three = new OutcomeFact("u", 0, UnitKind.COMMUNE, null, Set.of(), StandardStatus.ACHIEVED, null,
                Indicators.of(Map.of("cameras", new IndicatorValue.Count(3))), List.of(), List.of());
        OutcomeFact none = units(1).get(0);
        Param p = param("3");
        assertFalse(three.countAbove("cameras", p));
        assertTrue(three.countAtLeast("cameras", p));
        assertFalse(three.countBelow("cameras", p));
        assertTrue(three.countAtMost("cameras", p));
        assertFalse(none.countAbove("cameras", p) || none.countAtLeast("cameras", p) || none.countBelow("cameras", p)
                || none.countAtMost("cameras", p));
    }
}
