package vn.antq.rules.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;
import vn.antq.verdict.Verdict;

/**
 * A plain-Java reading of Thông tư 40/2023/TT-BTC (domain.md §8, docs/vi/dinh-muc-kinh-phi.md), written without the
 * engine's vocabulary: each budget line against its norm, and the yearly caps over the sum of one spender's lines of
 * one category. The amounts are the Thông tư's, written here (tt40.yaml carries the same values, effective
 * 23/7/2023).
 *
 * <p>Readings: a line of a category without a norm, or a visit paid by the commune level, does not apply; a line
 * lacking the count its norm multiplies is unknown. A cap is decided by Kleene's reading: known lines already over
 * the cap make it NOT_MET however the missing lines turn out; otherwise a line lacking its count makes it unknown.
 */
final class ReferenceBudget {
    private static final long MODEL = 20_000_000L;
    private static final long FUEL_PER_KM = 12_000L;

    private ReferenceBudget() {
    }

    /** The norm of one line: rule id, verdict and the amount allowed (null when not applicable or unknown). */
    record Line(String rule, Verdict status, BigDecimal allowed) {
    }

    /** One yearly cap: rule id, verdict, the summed count (null when unknown) and the cap (null when unknown). */
    record Cap(String unitId, SpenderLevel spender, BudgetCategory category, String rule, Verdict status, Long total,
               BigDecimal cap) {
        String key() {
            return unitId + "|" + spender + "|" + category;
        }
    }

    static Line line(BudgetLine l) {
        return switch (l.category()) {
            case MODEL_BUILDING -> perUnit("TT40-MO-HINH", l.amount(), MODEL, l.models());
            case MOBILISATION_FUEL -> perUnit("TT40-XANG-XE", l.amount(), FUEL_PER_KM, l.km());
            case VISIT_MODELS -> switch (l.spender()) {
                case CENTRAL -> perUnit("TT40-THAM-MO-HINH-TW", l.amount(), 20_000_000L, l.models());
                case PROVINCE -> perUnit("TT40-THAM-MO-HINH-TINH", l.amount(), 10_000_000L, l.models());
                case DISTRICT -> perUnit("TT40-THAM-MO-HINH-HUYEN", l.amount(), 5_000_000L, l.models());
                case COMMUNE -> new Line(null, Verdict.NOT_APPLICABLE, null);
            };
            case VISIT_PEOPLE -> switch (l.spender()) {
                case CENTRAL -> perUnit("TT40-THAM-CA-NHAN-TW", l.amount(), 5_000_000L, l.people());
                case PROVINCE -> perUnit("TT40-THAM-CA-NHAN-TINH", l.amount(), 3_000_000L, l.people());
                case DISTRICT -> perUnit("TT40-THAM-CA-NHAN-HUYEN", l.amount(), 1_000_000L, l.people());
                case COMMUNE -> new Line(null, Verdict.NOT_APPLICABLE, null);
            };
            case OTHER -> new Line(null, Verdict.NOT_APPLICABLE, null);
        };
    }

    private static Line perUnit(String rule, BigDecimal amount, long norm, Long count) {
        if (count == null || amount == null) {
            return new Line(rule, Verdict.UNKNOWN, null);
        }
        BigDecimal allowed = BigDecimal.valueOf(norm).multiply(BigDecimal.valueOf(count));
        return new Line(rule, amount.compareTo(allowed) <= 0 ? Verdict.MET : Verdict.NOT_MET, allowed);
    }

    /** The yearly caps of every spender (unit and level) and category that has a cap, in order of first line. */
    static List<Cap> caps(List<BudgetLine> lines) {
        Map<String, List<BudgetLine>> groups = new LinkedHashMap<>();
        for (BudgetLine l : lines) {
            boolean capped = (l.category() == BudgetCategory.VISIT_MODELS || l.category() == BudgetCategory.VISIT_PEOPLE)
                    && l.spender() != SpenderLevel.COMMUNE;
            if (capped) {
                groups.computeIfAbsent(l.unitId() + "|" + l.spender() + "|" + l.category(), k -> new ArrayList<>())
                        .add(l);
            }
        }
        List<Cap> caps = new ArrayList<>();
        for (List<BudgetLine> g : groups.values()) {
            BudgetLine first = g.get(0);
            caps.add(cap(first.unitId(), first.spender(), first.category(), g));
        }
        return caps;
    }

    private static Cap cap(String unit, SpenderLevel spender, BudgetCategory category, List<BudgetLine> g) {
        if (category == BudgetCategory.VISIT_MODELS) {
            return switch (spender) {
                case CENTRAL -> fixed(unit, spender, category, "TT40-TRAN-NAM-DIA-PHUONG-TW",
                        g.stream().map(BudgetLine::localities).toList(), 30);
                case PROVINCE -> fixed(unit, spender, category, "TT40-TRAN-NAM-XA-TINH",
                        g.stream().map(BudgetLine::communes).toList(), 30);
                default -> fixed(unit, spender, category, "TT40-TRAN-NAM-XA-HUYEN",
                        g.stream().map(BudgetLine::communes).toList(), 10);
            };
        }
        return switch (spender) {
            case CENTRAL -> perLocality(unit, spender, category, g);
            case PROVINCE -> fixed(unit, spender, category, "TT40-TRAN-NAM-NGUOI-TINH",
                    g.stream().map(BudgetLine::people).toList(), 100);
            default -> fixed(unit, spender, category, "TT40-TRAN-NAM-NGUOI-HUYEN",
                    g.stream().map(BudgetLine::people).toList(), 50);
        };
    }

    private static Cap fixed(String unit, SpenderLevel spender, BudgetCategory category, String rule,
                             List<Long> counts, long max) {
        long known = 0;
        boolean missing = false;
        for (Long c : counts) {
            if (c == null) {
                missing = true;
            } else {
                known += c;
            }
        }
        Verdict v = known > max ? Verdict.NOT_MET : missing ? Verdict.UNKNOWN : Verdict.MET;
        return new Cap(unit, spender, category, rule, v, missing ? null : known, BigDecimal.valueOf(max));
    }

    /** Central visits to people: at most 5 people per locality, over the sum of the lines. */
    private static Cap perLocality(String unit, SpenderLevel spender, BudgetCategory category, List<BudgetLine> g) {
        long people = 0;
        long localities = 0;
        boolean missingPeople = false;
        boolean missingLocalities = false;
        for (BudgetLine l : g) {
            if (l.people() == null) {
                missingPeople = true;
            } else {
                people += l.people();
            }
            if (l.localities() == null) {
                missingLocalities = true;
            } else {
                localities += l.localities();
            }
        }
        Verdict v;
        if (!missingLocalities && people > 5 * localities) {
            v = Verdict.NOT_MET;
        } else if (missingPeople || missingLocalities) {
            v = Verdict.UNKNOWN;
        } else {
            v = Verdict.MET;
        }
        return new Cap(unit, spender, category, "TT40-TRAN-NAM-NGUOI-TW", v,
                missingPeople || missingLocalities ? null : people,
                missingLocalities ? null : BigDecimal.valueOf(5 * localities));
    }
}
