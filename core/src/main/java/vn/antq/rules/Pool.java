package vn.antq.rules;

import java.math.BigDecimal;
import vn.antq.verdict.Verdict;

/**
 * A share over a pool of units whose outcome or membership may be unknown, read at its worst and at
 * its best. Membership is unknown for a unit whose scope is unknown: it may leave the pool.
 */
final class Pool {
    private final long known;
    private final long yes;
    private final long unknown;
    private final long uncertainYes;
    private final long uncertainUnknown;
    private final long uncertainNo;

    /**
     * @param known            members whose membership is certain
     * @param yes              of those, the ones that succeed
     * @param unknown          of those, the ones whose outcome is unknown
     * @param uncertainYes     members whose membership is uncertain that succeed
     * @param uncertainUnknown members whose membership is uncertain whose outcome is unknown
     * @param uncertainNo      members whose membership is uncertain that fail
     */
    Pool(long known, long yes, long unknown, long uncertainYes, long uncertainUnknown, long uncertainNo) {
        if (known < 0 || yes < 0 || unknown < 0 || yes + unknown > known || uncertainYes < 0 || uncertainUnknown < 0
                || uncertainNo < 0) {
            throw new IllegalArgumentException("inconsistent pool counts: " + known + ", " + yes + ", " + unknown
                    + ", " + uncertainYes + ", " + uncertainUnknown + ", " + uncertainNo);
        }
        this.known = known;
        this.yes = yes;
        this.unknown = unknown;
        this.uncertainYes = uncertainYes;
        this.uncertainUnknown = uncertainUnknown;
        this.uncertainNo = uncertainNo;
    }

    boolean isEmpty() {
        return known + uncertainYes + uncertainUnknown + uncertainNo == 0;
    }

    /**
     * Lowest reading of the share: unknown outcomes fail; uncertain members that succeed leave, the others stay and
     * fail. Highest reading: unknown outcomes succeed; uncertain members that fail leave, the others stay and
     * succeed. MET when the comparison holds at both readings, NOT_MET when it holds at neither (the comparison is
     * monotone in the share, so no reading in between decides otherwise), UNKNOWN otherwise. A reading with no
     * member left meets any threshold.
     */
    Verdict verdict(Comparison comparison, BigDecimal threshold) {
        boolean lowest = holds(comparison, yes, known + uncertainUnknown + uncertainNo, threshold);
        boolean highest = holds(comparison, yes + unknown + uncertainYes + uncertainUnknown,
                known + uncertainYes + uncertainUnknown, threshold);
        if (lowest && highest) {
            return Verdict.MET;
        }
        return lowest || highest ? Verdict.UNKNOWN : Verdict.NOT_MET;
    }

    String describe() {
        StringBuilder text = new StringBuilder(Wording.ratio(yes, known));
        if (unknown > 0) {
            text.append(", ").append(unknown).append(" đơn vị thiếu số liệu");
        }
        long uncertain = uncertainYes + uncertainUnknown + uncertainNo;
        if (uncertain > 0) {
            text.append(", ").append(uncertain).append(" đơn vị chưa rõ thuộc phạm vi");
        }
        return text.toString();
    }

    private static boolean holds(Comparison comparison, long numerator, long denominator, BigDecimal threshold) {
        return denominator == 0 || comparison.holdsShare(numerator, denominator, threshold);
    }
}
