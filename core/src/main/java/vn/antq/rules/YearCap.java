package vn.antq.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary a funding rule uses to word a spender's year held to a yearly cap ("không quá 30 xã/năm",
 * "không quá 5 người/địa phương"). The rule says which spender and category the cap is for, adds the count up over
 * the year's lines with {@code accumulate}, collects the lines that lack the count, and joins the cap as a
 * {@link Param}; this class only compares the bound total with the cap, combines the verdict (UNKNOWN when a
 * line lacks the count) and words it.
 *
 * <pre>{@code
 * when
 *     $y       : BudgetYearFact( category == BudgetCategory.VISIT_MODELS, spender == SpenderLevel.PROVINCE )
 *     $max     : Param( id == "example.visitModels.province.maxCommunes" )
 *     $reading : Param( id == "example.yearCap.reading" )
 *     accumulate( $l : BudgetLineFact( unitId == $y.unitId, spender == $y.spender, category == $y.category,
 *                                      $c : communes != null );
 *                 $total : sum( $c ), $counted : collectList( $l ) )
 *     accumulate( $l : BudgetLineFact( unitId == $y.unitId, spender == $y.spender, category == $y.category,
 *                                      communes == null );
 *                 $lacking : collectList( $l ) )
 * then
 *     insert( YearCap.of(drools.getRule().getName(), $y)
 *                 .totalAtMost("communes", $total, $counted, $lacking, $max, $reading).done() );
 * }</pre>
 *
 * <p>Not thread-safe; a rule creates one per firing. One cap per rule.
 *
 * @since 0.2
 */
public final class YearCap {
    private final String ruleId;
    private final BudgetYearFact year;
    private final Finding finding = new Finding();
    private final ParameterTrail used = finding.used;
    private String required = "";
    private Long total;
    private BigDecimal cap;

    private YearCap(String ruleId, BudgetYearFact year) {
        this.ruleId = ruleId;
        this.year = year;
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param year   the spender's year the rule matched
     * @return a new check
     */
    public static YearCap of(String ruleId, BudgetYearFact year) {
        return new YearCap(ruleId, year);
    }

    /**
     * The total the rule added up must not exceed the cap; UNKNOWN when a line lacks the count. The dataset does
     * not name the communes, localities or people of a line, so a total over the cap from several lines may count
     * one of them twice: only then does the verdict rest on {@code reading}, the pack's (provisional) reading
     * that the lines add up.
     *
     * @param count   the count's name for the wording, e.g. {@code communes}
     * @param total   the count added up over the lines that give it ({@code sum} in the rule)
     * @param counted the {@link BudgetLineFact}s added up
     * @param lacking the {@link BudgetLineFact}s that lack the count
     * @param max     the yearly cap, a {@link Param} of the rule's left-hand side
     * @param reading the reading that the lines' counts add up, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public YearCap totalAtMost(String count, Number total, Collection<?> counted, Collection<?> lacking, Param max,
                               Param reading) {
        BigDecimal limit = used.get(max).decimal();
        required = Wording.countName(count) + " ≤ " + Wording.number(limit) + " mỗi năm";
        if (missing(count, lacking(lacking, count))) {
            return this;
        }
        List<BudgetLineFact> lines = ordered(counted);
        long sum = total.longValue();
        sum(count, lines, sum);
        cap = limit;
        this.total = sum;
        boolean within = atMost(sum, limit);
        if (!within && lines.size() > 1) {
            byReading(reading, "các dòng có thể trùng nhau");
        }
        finding.add(Verdict.of(within));
        return this;
    }

    /**
     * The total the rule added up must not exceed the cap times another total (e.g. at most 5 people per
     * locality); UNKNOWN when a line lacks either count. Within {@code max} in all no {@code per} can be over,
     * and over {@code max} times the {@code per} total one must be; between the two the verdict rests on
     * {@code reading}, the pack's (provisional) reading that the cap holds on average, since the dataset does not
     * say how the count splits.
     *
     * @param count    the count's name, e.g. {@code people}
     * @param per      the name of the count it is per, e.g. {@code localities}
     * @param total    {@code count} added up over the lines that give both ({@code sum} in the rule)
     * @param perTotal {@code per} added up over the same lines
     * @param counted  the {@link BudgetLineFact}s added up
     * @param lacking  the {@link BudgetLineFact}s that lack either count
     * @param max      the cap per {@code per}, a {@link Param} of the rule's left-hand side
     * @param reading  the reading that the cap holds on average over the year's lines, a {@link Param}
     * @return this
     */
    public YearCap totalPerAtMost(String count, String per, Number total, Number perTotal, Collection<?> counted,
                                  Collection<?> lacking, Param max, Param reading) {
        BigDecimal limit = used.get(max).decimal();
        required = Wording.countName(count) + " ≤ " + Wording.number(limit) + " × " + Wording.countName(per)
                + " trong năm";
        if (missing(count, lacking(lacking, count))) {
            return this;
        }
        List<BudgetLineFact> perLacking = lacking(lacking, per);
        if (!perLacking.isEmpty()) {
            List<BudgetLineFact> all = ordered(counted, lacking);
            sum(count, all, all.stream().mapToLong(l -> BudgetCounts.of(l.line(), count)).sum());
            missing(per, perLacking);
            return this;
        }
        List<BudgetLineFact> lines = ordered(counted);
        sum(count, lines, total.longValue());
        sum(per, lines, perTotal.longValue());
        cap = limit.multiply(BigDecimal.valueOf(perTotal.longValue()));
        this.total = total.longValue();
        if (!atMost(this.total, limit) && atMost(this.total, cap)) {
            byReading(reading, "không rõ số " + Wording.countName(count) + " ở từng " + Wording.countName(per));
        }
        finding.add(Verdict.of(atMost(this.total, cap)));
        required += " = " + Wording.number(cap);
        return this;
    }

    /** @return the conclusion to insert */
    public BudgetCapFact done() {
        return new BudgetCapFact(ruleId, year.unitId(), year.spender(), year.category(), finding.verdict(),
                finding.actual(), required, total, cap, year.lineIds(), finding.parameterIds(),
                finding.provisionalBasis());
    }

    private static boolean atMost(long value, BigDecimal limit) {
        return BigDecimal.valueOf(value).compareTo(limit) <= 0;
    }

    /** Notes that the verdict rests on the pack's reading of how the lines add up, and says so. */
    private void byReading(Param reading, String why) {
        used.get(reading);
        finding.actual.add(why + ": theo cách đọc tạm thời của antq (" + reading.getId() + ")");
    }

    /** @return the lines of {@code facts} that lack the count, in dataset order */
    private List<BudgetLineFact> lacking(Collection<?> facts, String count) {
        return ordered(facts).stream().filter(l -> BudgetCounts.of(l.line(), count) == null).toList();
    }

    /** Words the lines lacking the count, if any, and makes the check UNKNOWN; @return whether any lacks it */
    private boolean missing(String count, List<BudgetLineFact> lacking) {
        if (lacking.isEmpty()) {
            return false;
        }
        finding.add(Verdict.UNKNOWN);
        append(Wording.countName(count) + ": " + Wording.MISSING + " ở dòng "
                + String.join(", ", lacking.stream().map(BudgetLineFact::getId).toList()));
        return true;
    }

    /** Words the total of the count over the lines, with each line's part when there are several. */
    private void sum(String count, List<BudgetLineFact> lines, long sum) {
        StringJoiner parts = new StringJoiner(" + ");
        lines.forEach(l -> parts.add(l.getId() + ": " + BudgetCounts.of(l.line(), count)));
        append("tổng " + Wording.countName(count) + " của " + lines.size() + " dòng trong năm = " + sum
                + (lines.size() > 1 ? " (" + parts + ")" : ""));
    }

    private void append(String text) {
        finding.actual.add(text);
    }

    /** @return the budget-line facts of the collections, in the order of the year's lines */
    private List<BudgetLineFact> ordered(Collection<?>... collections) {
        List<String> order = year.lineIds();
        List<BudgetLineFact> out = new ArrayList<>();
        for (Collection<?> c : collections) {
            for (Object o : c) {
                out.add((BudgetLineFact) o);
            }
        }
        out.sort(Comparator.comparingInt(l -> order.indexOf(l.getId())));
        return out;
    }
}
