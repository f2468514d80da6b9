package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.period.AssessmentWindow;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * Every comparison an author writes has a strict and a non-strict form in the law's words — "trên" (&gt;), "từ … trở
 * lên" (≥), "dưới" (&lt;), "không quá" (≤) — for counts, shares of two indicators, pooled shares and counts against
 * the year before; shares compare exactly, as fractions.
 */
class CheckComparisonTest {
    private static final AssessmentWindow WINDOW = new AssessmentWindow(LocalDate.of(2023, 11, 1),
            LocalDate.of(2024, 10, 31));

    private static Param param(String value) {
        return new Param(new ResolvedParameter("test.threshold", "test", new BigDecimal(value),
                LocalDate.of(2022, 1, 1), "test", false));
    }

    private static UnitFact unit(Object... nameThenCount) {
        Map<String, IndicatorValue> values = new HashMap<>();
        for (int i = 0; i < nameThenCount.length; i += 2) {
            values.put((String) nameThenCount[i], new IndicatorValue.Count(((Number) nameThenCount[i + 1]).longValue()));
        }
        return new UnitFact("u1", UnitKind.RESIDENTIAL_AREA, null, "c1", WINDOW, Indicators.of(values), List.of(),
                List.of(), true, List.of(), null);
    }

    private static Check check(UnitFact u) {
        return Check.of("TEST", u);
    }

    private static CriterionFact share(Comparison op, long num, long den, String threshold) {
        return check(unit("alleysWithCamera", num, "alleysTotal", den))
                .share("alleysWithCamera", "alleysTotal", op, param(threshold)).done();
    }

    @ParameterizedTest(name = "{1}/{2} {0} {3} → {4}")
    @CsvSource({
            // 4/8 against 50%: at the threshold only the non-strict forms hold
            "ABOVE,    4, 8, 0.5, NOT_MET",
            "AT_LEAST, 4, 8, 0.5, MET",
            "BELOW,    4, 8, 0.5, NOT_MET",
            "AT_MOST,  4, 8, 0.5, MET",
            // just above: 5/8
            "ABOVE,    5, 8, 0.5, MET",
            "AT_LEAST, 5, 8, 0.5, MET",
            "BELOW,    5, 8, 0.5, NOT_MET",
            "AT_MOST,  5, 8, 0.5, NOT_MET",
            // just below: 3/8
            "ABOVE,    3, 8, 0.5, NOT_MET",
            "AT_LEAST, 3, 8, 0.5, NOT_MET",
            "BELOW,    3, 8, 0.5, MET",
            "AT_MOST,  3, 8, 0.5, MET",
            // exact fractions: 1/3 is exactly 1/3 of 3, not 0.3333
            "AT_LEAST, 1, 3, 0.3333, MET",
            "ABOVE,    2, 3, 0.6667, NOT_MET",
            "AT_MOST,  2, 3, 0.6667, MET"})
    void aShareOfTwoIndicatorsComparesExactlyInEachForm(Comparison op, long num, long den, String threshold,
                                                        Verdict expected) {
        assertEquals(expected, share(op, num, den, threshold).verdict());
    }

    @Test
    void theNamedShareStepsAreTheFourForms() {
        UnitFact u = unit("alleysWithCamera", 4, "alleysTotal", 8);
        Param half = param("0.5");
        assertEquals(Verdict.NOT_MET, check(u).shareAbove("alleysWithCamera", "alleysTotal", half).done().verdict());
        assertEquals(Verdict.MET, check(u).shareAtLeast("alleysWithCamera", "alleysTotal", half).done().verdict());
        assertEquals(Verdict.NOT_MET, check(u).shareBelow("alleysWithCamera", "alleysTotal", half).done().verdict());
        assertEquals(Verdict.MET, check(u).shareAtMost("alleysWithCamera", "alleysTotal", half).done().verdict());
    }

    @Test
    void theExplanationWordsEachFormAsTheLawDoes() {
        assertTrue(share(Comparison.ABOVE, 4, 8, "0.5").required().endsWith(": trên 50%"));
        assertTrue(share(Comparison.AT_LEAST, 4, 8, "0.5").required().endsWith(": từ 50% trở lên"));
        assertTrue(share(Comparison.BELOW, 4, 8, "0.5").required().endsWith(": dưới 50%"));
        assertTrue(share(Comparison.AT_MOST, 4, 8, "0.5").required().endsWith(": không quá 50%"));
        assertTrue(share(Comparison.ABOVE, 4, 8, "0.5").actual().endsWith(": 4/8 (50%)"));
    }

    @Test
    void aShareWithoutDataIsUnknownAndAnEmptyDenominatorDoesNotApply() {
        for (Comparison op : Comparison.values()) {
            CriterionFact missing = check(unit("alleysTotal", 8)).share("alleysWithCamera", "alleysTotal", op,
                    param("0.5")).done();
            assertEquals(Verdict.UNKNOWN, missing.verdict(), op.name());
            assertEquals(Verdict.NOT_APPLICABLE, share(op, 0, 0, "0.5").verdict(), op.name());
        }
    }

    @ParameterizedTest(name = "{1} {0} 3 → {2}")
    @CsvSource({
            "ABOVE, 3, NOT_MET", "ABOVE, 4, MET", "ABOVE, 2, NOT_MET",
            "AT_LEAST, 3, MET", "AT_LEAST, 4, MET", "AT_LEAST, 2, NOT_MET",
            "BELOW, 3, NOT_MET", "BELOW, 4, NOT_MET", "BELOW, 2, MET",
            "AT_MOST, 3, MET", "AT_MOST, 4, NOT_MET", "AT_MOST, 2, MET"})
    void aCountComparesWithItsThresholdInEachForm(Comparison op, long count, Verdict expected) {
        CriterionFact c = check(unit("effectiveModels", count)).compare("effectiveModels", op, param("3")).done();
        assertEquals(expected, c.verdict());
        assertTrue(c.required().endsWith(op.words("3")), c.required());
    }

    @Test
    void theNamedCountStepsAreTheFourForms() {
        UnitFact u = unit("effectiveModels", 3);
        Param three = param("3");
        assertEquals(Verdict.NOT_MET, check(u).above("effectiveModels", three).done().verdict());
        assertEquals(Verdict.MET, check(u).atLeast("effectiveModels", three).done().verdict());
        assertEquals(Verdict.NOT_MET, check(u).below("effectiveModels", three).done().verdict());
        assertEquals(Verdict.MET, check(u).atMost("effectiveModels", three).done().verdict());
        assertEquals(Verdict.UNKNOWN, check(unit()).below("effectiveModels", three).done().verdict());
    }

    @ParameterizedTest(name = "{1} against {2} last year, {0} → {3}")
    @CsvSource({
            "BELOW, 5, 5, NOT_MET", "BELOW, 4, 5, MET", "BELOW, 6, 5, NOT_MET",
            "AT_MOST, 5, 5, MET", "AT_MOST, 4, 5, MET", "AT_MOST, 6, 5, NOT_MET",
            "ABOVE, 5, 5, NOT_MET", "ABOVE, 6, 5, MET", "ABOVE, 4, 5, NOT_MET",
            "AT_LEAST, 5, 5, MET", "AT_LEAST, 6, 5, MET", "AT_LEAST, 4, 5, NOT_MET"})
    void aCountComparesWithTheSameWindowOneYearEarlierInEachForm(Comparison op, long now, long before,
                                                                 Verdict expected) {
        CriterionFact c = check(unit("crimeCount", now, "crimeCountPrevious", before))
                .comparedWithPrevious(op, "crimeCount", "crimeCountPrevious").done();
        assertEquals(expected, c.verdict());
        assertTrue(c.required().contains(op.wordsThan("kỳ 01/11/2022–31/10/2023")), c.required());
    }

    @Test
    void aComparisonWithTheYearBeforeNeedsPairsAndBothCounts() {
        assertThrows(IllegalArgumentException.class,
                () -> check(unit()).comparedWithPrevious(Comparison.BELOW, "crimeCount"));
        assertEquals(Verdict.UNKNOWN, check(unit("crimeCount", 1))
                .comparedWithPrevious(Comparison.BELOW, "crimeCount", "crimeCountPrevious").done().verdict());
    }

    @ParameterizedTest(name = "{1} of {0} (unknown {2}) {3} 50% → {4}")
    @CsvSource({
            // 4 of 8 recognised, nothing unknown: at the threshold
            "8, 4, 0, ABOVE, NOT_MET", "8, 4, 0, AT_LEAST, MET", "8, 4, 0, BELOW, NOT_MET", "8, 4, 0, AT_MOST, MET",
            // 4 of 8 recognised, 1 unknown: the share lies between 4/8 and 5/8
            "8, 4, 1, ABOVE, UNKNOWN", "8, 4, 1, AT_LEAST, MET", "8, 4, 1, BELOW, NOT_MET",
            "8, 4, 1, AT_MOST, UNKNOWN",
            // 3 of 8, 1 unknown: between 3/8 and 4/8
            "8, 3, 1, ABOVE, NOT_MET", "8, 3, 1, AT_LEAST, UNKNOWN", "8, 3, 1, BELOW, UNKNOWN",
            "8, 3, 1, AT_MOST, MET"})
    void aPooledShareReadsItsUnknownsAtTheLowestAndTheHighestShare(long members, long yes, long unknown,
                                                                  Comparison op, Verdict expected) {
        CriterionFact c = check(unit()).poolShare("Được công nhận", members, yes, unknown, 0, 0, 0, op, param("0.5"))
                .done();
        assertEquals(expected, c.verdict());
        assertEquals("Được công nhận: " + op.words("50%"), c.required());
    }

    @Test
    void strictAndNonStrictFormsAgreeExceptExactlyAtTheThreshold() {
        qt().forAll(integers().between(0, 200), integers().between(1, 200), integers().between(0, 100))
                .check((num, den, percent) -> {
                    long n = Math.min(num, den);
                    BigDecimal t = BigDecimal.valueOf(percent, 2);
                    boolean atThreshold = BigDecimal.valueOf(n).compareTo(t.multiply(BigDecimal.valueOf(den))) == 0;
                    Verdict above = share(Comparison.ABOVE, n, den, t.toPlainString()).verdict();
                    Verdict atLeast = share(Comparison.AT_LEAST, n, den, t.toPlainString()).verdict();
                    Verdict below = share(Comparison.BELOW, n, den, t.toPlainString()).verdict();
                    Verdict atMost = share(Comparison.AT_MOST, n, den, t.toPlainString()).verdict();
                    boolean lowerAgree = above == atLeast;
                    boolean upperAgree = below == atMost;
                    boolean sidesOpposite = atLeast != below && above != atMost;
                    return sidesOpposite && (atThreshold
                            ? above == Verdict.NOT_MET && atLeast == Verdict.MET && below == Verdict.NOT_MET
                                    && atMost == Verdict.MET
                            : lowerAgree && upperAgree);
                });
    }

    @Test
    void countsToo() {
        qt().forAll(integers().between(0, 50), integers().between(0, 50)).check((count, threshold) -> {
            Param p = param(String.valueOf(threshold));
            UnitFact u = unit("effectiveModels", count);
            Verdict above = check(u).above("effectiveModels", p).done().verdict();
            Verdict atLeast = check(u).atLeast("effectiveModels", p).done().verdict();
            Verdict below = check(u).below("effectiveModels", p).done().verdict();
            Verdict atMost = check(u).atMost("effectiveModels", p).done().verdict();
            return count.equals(threshold)
                    ? above == Verdict.NOT_MET && atLeast == Verdict.MET && below == Verdict.NOT_MET
                            && atMost == Verdict.MET
                    : above == atLeast && below == atMost && above != below;
        });
    }
}
