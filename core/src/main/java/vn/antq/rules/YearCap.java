package vn.antq.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import vn.antq.funding.BudgetLine;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary a funding rule uses to hold a spender's year to a yearly cap of TT 40/2023/TT-BTC ("không quá
 * 30 xã/năm", "không quá 5 người/địa phương"): the counts of all its lines of the category are added up and the
 * total is checked, not each line. A line lacking the count makes the check UNKNOWN.
 *
 * <pre>{@code
 * insert( YearCap.of(drools.getRule().getName(), $y).totalAtMost("communes", $max, $reading).done() );
 * }</pre>
 *
 * <p>Not thread-safe; a rule creates one per firing. One cap per rule.
 *
 * @since 0.2
 */
public final class YearCap {
    private final String ruleId;
    private final BudgetYearFact year;
    private final ParameterTrail used;
    private Verdict verdict = Verdict.NOT_APPLICABLE;
    private String actual = "";
    private String required = "";
    private Long total;
    private BigDecimal cap;

    private YearCap(String ruleId, BudgetYearFact year) {
        this.ruleId = ruleId;
        this.year = year;
        this.used = new ParameterTrail(null);
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param year   the spender's lines of the year
     * @return a new check
     */
    public static YearCap of(String ruleId, BudgetYearFact year) {
        return new YearCap(ruleId, year);
    }

    /**
     * The count added up over the year's lines must not exceed the cap. The dataset does not name the communes,
     * localities or people of a line, so a total over the cap from several lines may count one of them twice:
     * only then does the verdict rest on {@code readingId}, the pack's (provisional) reading that the lines add up.
     *
     * @param count     the count, e.g. {@code communes}
     * @param maxId     the yearly cap, a {@link Param} of the rule's left-hand side
     * @param readingId the reading that the lines' counts add up, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public YearCap totalAtMost(String count, Param maxId, Param readingId) {
        BigDecimal max = used.get(maxId).decimal();
        required = Wording.countName(count) + " ≤ " + Wording.number(max) + " mỗi năm";
        Long n = total(count);
        if (n != null) {
            cap = max;
            total = n;
            boolean within = BigDecimal.valueOf(n).compareTo(max) <= 0;
            if (!within && year.lines().size() > 1) {
                byReading(readingId, "các dòng có thể trùng nhau");
            }
            verdict = Verdict.of(within);
        }
        return this;
    }

    /**
     * The count added up over the year's lines must not exceed the cap times another total (e.g. at most 5
     * people per locality). Within {@code max} people in all no locality can be over, and over {@code max} times
     * the localities one must be; between the two the verdict rests on {@code readingId}, the pack's (provisional)
     * reading that the cap holds on average, since the dataset does not say how many people each locality had.
     *
     * @param count     the count, e.g. {@code people}
     * @param per       the count it is per, e.g. {@code localities}
     * @param maxId     the cap per {@code per}, a {@link Param} of the rule's left-hand side
     * @param readingId the reading that the cap holds on average over the year's lines, a {@link Param}
     * @return this
     */
    public YearCap totalPerAtMost(String count, String per, Param maxId, Param readingId) {
        BigDecimal max = used.get(maxId).decimal();
        required = Wording.countName(count) + " ≤ " + Wording.number(max) + " × " + Wording.countName(per)
                + " trong năm";
        Long n = total(count);
        Long d = n == null ? null : total(per);
        if (d != null) {
            cap = max.multiply(BigDecimal.valueOf(d));
            total = n;
            BigDecimal people = BigDecimal.valueOf(n);
            if (people.compareTo(max) > 0 && people.compareTo(cap) <= 0) {
                byReading(readingId, "không rõ số " + Wording.countName(count) + " ở từng " + Wording.countName(per));
            }
            verdict = Verdict.of(people.compareTo(cap) <= 0);
            required += " = " + Wording.number(cap);
        }
        return this;
    }

    /** Notes that the verdict rests on the pack's reading of how the lines add up, and says so. */
    private void byReading(Param reading, String why) {
        used.get(reading);
        actual = actual + "; " + why + ": theo cách đọc tạm thời của antq (" + reading.getId() + ")";
    }

    /** @return the conclusion to insert */
    public BudgetCapFact done() {
        return new BudgetCapFact(ruleId, year.unitId(), year.spender(), year.category(), verdict, actual, required,
                total, cap, year.lineIds(), used.ids());
    }

    /** Adds the count over the lines, noting the total or the lines lacking it; null when any lacks it. */
    private Long total(String count) {
        long sum = 0;
        List<String> lacking = new ArrayList<>();
        StringJoiner parts = new StringJoiner(" + ");
        for (BudgetLine line : year.lines()) {
            Long n = BudgetCounts.of(line, count);
            if (n == null) {
                lacking.add(line.id());
            } else {
                sum += n;
                parts.add(line.id() + ": " + n);
            }
        }
        String name = Wording.countName(count);
        String before = actual.isEmpty() ? "" : actual + "; ";
        if (!lacking.isEmpty()) {
            verdict = Verdict.UNKNOWN;
            actual = before + name + ": " + Wording.MISSING + " ở dòng " + String.join(", ", lacking);
            return null;
        }
        actual = before + "tổng " + name + " của " + year.lines().size() + " dòng trong năm = " + sum
                + (year.lines().size() > 1 ? " (" + parts + ")" : "");
        return sum;
    }
}
