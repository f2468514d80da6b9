package vn.antq.rules;

import java.math.BigDecimal;
import java.util.StringJoiner;
import vn.antq.funding.BudgetLine;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary a funding rule uses to check one budget line against a spending norm (TT 40/2023/TT-BTC):
 * an amount per counted thing. A count the norm needs but the line lacks makes the check UNKNOWN. The yearly
 * caps on the counts ("không quá 30 xã/năm") hold over all the lines of a spender: see {@link YearCap}.
 *
 * <pre>{@code
 * insert( Norm.of(drools.getRule().getName(), $b, params)
 *             .perCount("models", "example.visitModels.province.perCommune")
 *             .done() );
 * }</pre>
 *
 * @since 0.1
 */
public final class Norm {
    private final String ruleId;
    private final BudgetLine line;
    private final StringJoiner actual = new StringJoiner("; ");
    private final StringJoiner required = new StringJoiner("; ");
    private final ParameterTrail used;
    private Verdict verdict = Verdict.NOT_APPLICABLE;
    private BigDecimal allowed;

    private Norm(String ruleId, BudgetLine line, Params params) {
        this.ruleId = ruleId;
        this.line = line;
        this.used = new ParameterTrail(params);
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param fact   the budget line
     * @param params the global {@code params}
     * @return a new check
     */
    public static Norm of(String ruleId, BudgetLineFact fact, Params params) {
        return new Norm(ruleId, fact.line(), params);
    }

    /**
     * The amount must not exceed the rate times the count.
     *
     * @param count  {@code models}, {@code communes}, {@code people}, {@code km} or {@code localities}
     * @param rateId parameter id of the amount allowed per counted thing, in đồng
     * @return this
     */
    public Norm perCount(String count, String rateId) {
        BigDecimal rate = used.decimal(rateId);
        Long n = count(count);
        String need = "≤ " + Wording.money(rate) + " đồng × " + Wording.countName(count);
        if (n == null) {
            add(Verdict.UNKNOWN, "số tiền " + Wording.money(line.amount()) + " đồng; " + Wording.countName(count)
                    + ": " + Wording.MISSING, need);
            return this;
        }
        allowed = rate.multiply(BigDecimal.valueOf(n));
        add(Verdict.of(line.amount().compareTo(allowed) <= 0), "số tiền " + Wording.money(line.amount()) + " đồng cho "
                + n + " " + Wording.countName(count), need + " = " + Wording.money(allowed) + " đồng");
        return this;
    }

    /** @return the conclusion to insert */
    public BudgetFindingFact done() {
        return new BudgetFindingFact(ruleId, line.id(), verdict, actual.toString(), required.toString(), allowed,
                used.ids());
    }

    private Long count(String name) {
        return BudgetCounts.of(line, name);
    }

    private void add(Verdict v, String actualText, String requiredText) {
        verdict = verdict.and(v);
        actual.add(actualText);
        required.add(requiredText);
    }
}
