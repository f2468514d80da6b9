package vn.antq.rules;

import java.math.BigDecimal;
import vn.antq.funding.BudgetLine;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary a funding rule uses to hold one budget line to a spending norm: an amount per counted thing.
 * The rule says which lines the norm covers, which count it is per and which parameter is the rate (a
 * {@link Param} it joins); this class only multiplies, compares and words the result. A count the line lacks makes
 * the check UNKNOWN. Yearly caps over all the lines of a spender: see {@link YearCap}.
 *
 * <p>The national pack holds its norms as a decision table ({@code tt40/dinh-muc-kinh-phi.drl.csv}), one row per
 * norm, whose action names the count: {@code Norm.of(drools.getRule().getName(), $b).amountAtMost($rate, "models")}.
 * A DRL rule may bind the count itself:
 *
 * <pre>{@code
 * when
 *     $b    : BudgetLineFact( category == BudgetCategory.VISIT_MODELS, spender == SpenderLevel.PROVINCE, $n : models )
 *     $rate : Param( id == "example.visitModels.province.perCommune" )
 * then
 *     insert( Norm.of(drools.getRule().getName(), $b).amountAtMost($rate, $n, "models").done() );
 * }</pre>
 *
 * @since 0.1
 */
public final class Norm {
    private final String ruleId;
    private final BudgetLine line;
    private final Finding finding = new Finding();
    private final ParameterTrail used = finding.used;
    private BigDecimal allowed;

    private Norm(String ruleId, BudgetLine line) {
        this.ruleId = ruleId;
        this.line = line;
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param fact   the budget line
     * @return a new check
     */
    public static Norm of(String ruleId, BudgetLineFact fact) {
        return new Norm(ruleId, fact.line());
    }

    /**
     * The line's amount must not exceed the rate times the count: MET at most, NOT_MET over, UNKNOWN without
     * the count.
     *
     * @param rate      the amount allowed per counted thing, in đồng, a {@link Param} of the rule's left-hand side
     * @param count     the count the rule bound, or null when the line does not give it
     * @param countName the count's name for the wording: {@code models}, {@code communes}, {@code people},
     *                  {@code km} or {@code localities}
     * @return this
     */
    public Norm amountAtMost(Param rate, Long count, String countName) {
        BigDecimal perCount = used.get(rate).decimal();
        String name = Wording.countName(countName);
        String need = "≤ " + Wording.money(perCount) + " đồng × " + name;
        if (count == null) {
            finding.add(Verdict.UNKNOWN, "số tiền " + Wording.money(line.amount()) + " đồng; " + name + ": "
                    + Wording.MISSING, need);
            return this;
        }
        allowed = perCount.multiply(BigDecimal.valueOf(count));
        finding.add(Verdict.of(line.amount().compareTo(allowed) <= 0), "số tiền " + Wording.money(line.amount())
                + " đồng cho " + count + " " + name, need + " = " + Wording.money(allowed) + " đồng");
        return this;
    }

    /**
     * {@link #amountAtMost(Param, Long, String)} with the line's own count of that name.
     *
     * @param rate      the amount allowed per counted thing, in đồng, a {@link Param} of the rule's left-hand side
     * @param countName {@code models}, {@code communes}, {@code people}, {@code km} or {@code localities}
     * @return this
     */
    public Norm amountAtMost(Param rate, String countName) {
        return amountAtMost(rate, BudgetCounts.of(line, countName), countName);
    }

    /** @return the conclusion to insert */
    public BudgetFindingFact done() {
        return new BudgetFindingFact(ruleId, line.id(), finding.verdict(), finding.actual(), finding.required(), allowed,
                finding.parameterIds(), finding.provisionalBasis());
    }
}
