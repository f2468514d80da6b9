package vn.antq.rules;

import java.math.BigDecimal;
import vn.antq.verdict.Verdict;

/**
 * A share over a pool of units whose outcome or membership may be unknown, read at its worst and at
 * its best. Membership is unknown for a unit whose scope is unknown: it may leave the pool.
 */
final class Pool {
    private long known;
    private long yes;
    private long unknown;
    private long uncertainYes;
    private long uncertainUnknown;
    private long uncertainNo;

    void add(Verdict outcome, boolean scopeKnown) {
        if (!scopeKnown) {
            if (outcome == Verdict.MET) {
                uncertainYes++;
            } else if (outcome == Verdict.UNKNOWN) {
                uncertainUnknown++;
            } else {
                uncertainNo++;
            }
            return;
        }
        known++;
        if (outcome == Verdict.MET) {
            yes++;
        } else if (outcome == Verdict.UNKNOWN) {
            unknown++;
        }
    }

    boolean isEmpty() {
        return known + uncertainYes + uncertainUnknown + uncertainNo == 0;
    }

    /**
     * Worst reading: unknown outcomes fail; uncertain members that succeed leave, the others stay and
     * fail. Best reading: unknown outcomes succeed; uncertain members that fail leave, the others stay and
     * succeed. An empty pool reaches any minimum.
     */
    Verdict verdict(BigDecimal min) {
        if (reaches(yes, known + uncertainUnknown + uncertainNo, min)) {
            return Verdict.MET;
        }
        long bestYes = yes + unknown + uncertainYes + uncertainUnknown;
        return reaches(bestYes, known + uncertainYes + uncertainUnknown, min) ? Verdict.UNKNOWN : Verdict.NOT_MET;
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

    private static boolean reaches(long numerator, long denominator, BigDecimal min) {
        return denominator == 0 || Check.atLeastShare(numerator, denominator, min);
    }
}
