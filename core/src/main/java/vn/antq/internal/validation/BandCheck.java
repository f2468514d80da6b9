package vn.antq.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Checks bands: rules of one file that select facts of one type by the same measure against parameters, one band
 * per rule — the HD 01 rating levels ({@code tasksDoneAbove($excellent)}, {@code !tasksDoneAbove($excellent),
 * tasksDoneAtLeast($good)}, …) or score bands ({@code number("movementScore") >= $good.decimal,
 * number("movementScore") < $excellent.decimal}). On every day a parameter of the bands changes value, the bands'
 * intervals must follow each other without overlap or gap: a value in two bands gets two results, a value in none
 * gets no result. The open ends (below the lowest band, above the highest) are not checked.
 */
final class BandCheck {
    private static final Pattern STEP = Pattern.compile("^\\s*(!)?\\s*(\\w+?)(Above|AtLeast|Below|AtMost)\\(\\s*(\\$\\w+)\\s*\\)\\s*$");
    private static final Pattern COMPARISON = Pattern.compile(
            "^\\s*(.+?)\\s*(>=|<=|>|<)\\s*(\\$\\w+)\\s*\\.\\s*(?:decimal|getDecimal\\(\\)|int|getInt\\(\\))\\s*$");

    /** One bound of a band: the parameter and whether the value itself is inside. */
    private record Bound(ParameterUse.Binding parameter, boolean lower, boolean closed) {
    }

    /** A rule's band: its bounds on the measure. */
    private record Band(ParsedRule rule, List<Bound> bounds) {
    }

    /** A band's interval on one day. */
    private record Interval(Band band, BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {
    }

    private final Map<String, DefinedParameter> parameters;
    private final Diagnostics diagnostics;

    BandCheck(Map<String, DefinedParameter> parameters, Diagnostics diagnostics) {
        this.parameters = parameters;
        this.diagnostics = diagnostics;
    }

    void check(List<ParsedRule> rules) {
        Map<String, List<Band>> groups = new LinkedHashMap<>();
        for (ParsedRule rule : rules) {
            Map<String, ParameterUse.Binding> bindings = ParameterUse.bindings(rule);
            for (PatternDescr p : rule.patterns()) {
                Map<String, List<Bound>> byMeasure = new LinkedHashMap<>();
                for (BaseDescr d : p.getDescrs()) {
                    if (d instanceof ExprConstraintDescr c) {
                        for (String part : c.getExpression().split("&&")) {
                            bound(part, bindings, byMeasure);
                        }
                    }
                }
                String selection = selection(rule);
                byMeasure.forEach((measure, bounds) -> groups.computeIfAbsent(rule.source().file() + "|"
                        + p.getObjectType() + "|" + measure + "|" + selection, k -> new ArrayList<>())
                        .add(new Band(rule, bounds)));
            }
        }
        groups.values().stream().filter(g -> g.size() > 1).forEach(this::checkGroup);
    }

    /**
     * @return the equality conditions of a rule's patterns (other than its parameters), which tell apart rules that
     *     band the same measure for different facts (one row per unit kind)
     */
    private static String selection(ParsedRule rule) {
        java.util.TreeSet<String> equalities = new java.util.TreeSet<>();
        for (PatternDescr p : rule.patterns()) {
            if ("Param".equals(p.getObjectType())) {
                continue;
            }
            for (BaseDescr d : p.getDescrs()) {
                if (d instanceof ExprConstraintDescr c && (c.getExpression().contains("==")
                        || c.getExpression().matches(".*\\bin\\s*\\(.*"))) {
                    equalities.add(p.getObjectType() + ":" + c.getExpression().replaceAll("\\s+", ""));
                }
            }
        }
        return String.join(";", equalities);
    }

    private static void bound(String part, Map<String, ParameterUse.Binding> bindings, Map<String, List<Bound>> into) {
        Matcher step = STEP.matcher(part);
        if (step.matches() && bindings.containsKey(step.group(4))) {
            boolean negated = step.group(1) != null;
            String kind = step.group(3);
            boolean lower = kind.equals("Above") || kind.equals("AtLeast");
            boolean closed = kind.equals("AtLeast") || kind.equals("AtMost");
            into.computeIfAbsent(step.group(2), k -> new ArrayList<>())
                    .add(new Bound(bindings.get(step.group(4)), lower != negated, closed != negated));
            return;
        }
        Matcher cmp = COMPARISON.matcher(part);
        if (cmp.matches() && bindings.containsKey(cmp.group(3))) {
            String op = cmp.group(2);
            String measure = cmp.group(1).replaceAll("\\s+", "").replaceFirst("^!", "");
            into.computeIfAbsent(measure, k -> new ArrayList<>())
                    .add(new Bound(bindings.get(cmp.group(3)), op.startsWith(">"), op.endsWith("=")));
        }
    }

    private void checkGroup(List<Band> bands) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Band band : bands) {
            for (Bound b : band.bounds()) {
                DefinedParameter p = parameters.get(b.parameter().id());
                if (p == null) {
                    return;
                }
                p.values().forEach(v -> days.add(v.from()));
            }
        }
        for (LocalDate day : days) {
            List<Interval> intervals = new ArrayList<>();
            for (Band band : bands) {
                Interval i = interval(band, day);
                if (i == null) {
                    break;
                }
                intervals.add(i);
            }
            if (intervals.size() == bands.size() && compare(intervals, day)) {
                return;
            }
        }
    }

    /** @return true when a problem was reported */
    private boolean compare(List<Interval> intervals, LocalDate day) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing((Interval i) -> i.low() == null ? null : i.low(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(i -> !i.lowClosed()));
        for (int k = 1; k < sorted.size(); k++) {
            Interval a = sorted.get(k - 1);
            Interval b = sorted.get(k);
            if (a.high() == null || b.low() == null) {
                report("BAND-OVERLAP", a, b, day, a.high() == null ? "∞" : show(b.low()));
                return true;
            }
            int c = a.high().compareTo(b.low());
            if (c > 0 || (c == 0 && a.highClosed() && b.lowClosed())) {
                report("BAND-OVERLAP", a, b, day, show(b.low()));
                return true;
            }
            if (c < 0 || !a.highClosed() && !b.lowClosed()) {
                report("BAND-GAP", a, b, day, show(a.high()));
                return true;
            }
        }
        return false;
    }

    private void report(String code, Interval a, Interval b, LocalDate day, String at) {
        boolean overlap = code.equals("BAND-OVERLAP");
        ParsedRule rule = b.band().rule();
        String ranges = a.band().rule().name() + " " + show(a) + ", " + rule.name() + " " + show(b);
        diagnostics.error(code, rule.header(), rule.name(),
                (overlap ? "Khung của luật " + rule.name() + " chồng lên khung của luật " + a.band().rule().name()
                        + " ở mức " + at + ": một giá trị được hai kết quả."
                        : "Giữa khung của luật " + a.band().rule().name() + " và khung của luật " + rule.name()
                        + " có khoảng trống ở mức " + at + ": giá trị đó không có kết quả nào.")
                        + " Từ " + day + ": " + ranges + ". Sửa tham số hoặc toán tử (> / ≥) để các khung nối liền nhau.",
                (overlap ? "The band of rule " + rule.name() + " overlaps the band of rule " + a.band().rule().name()
                        + " at " + at + ": a value gets two results."
                        : "Between the bands of rules " + a.band().rule().name() + " and " + rule.name()
                        + " there is a gap at " + at + ": such a value gets no result.")
                        + " From " + day + ": " + ranges + ". Fix the parameters or the operators (> / >=) so the "
                        + "bands meet.");
    }

    private Interval interval(Band band, LocalDate day) {
        BigDecimal low = null;
        boolean lowClosed = false;
        BigDecimal high = null;
        boolean highClosed = false;
        for (Bound b : band.bounds()) {
            var value = parameters.get(b.parameter().id()).values().stream().filter(v -> !v.from().isAfter(day))
                    .max(Comparator.comparing(DefinedParameter.Value::from));
            if (value.isEmpty() || !(value.get().value() instanceof BigDecimal x)) {
                return null;
            }
            if (b.lower()) {
                int c = low == null ? 1 : x.compareTo(low);
                if (c > 0 || (c == 0 && !b.closed())) {
                    low = x;
                    lowClosed = b.closed();
                }
            } else {
                int c = high == null ? -1 : x.compareTo(high);
                if (c < 0 || (c == 0 && !b.closed())) {
                    high = x;
                    highClosed = b.closed();
                }
            }
        }
        return new Interval(band, low, lowClosed, high, highClosed);
    }

    private static String show(Interval i) {
        return (i.low() == null ? "(-∞" : (i.lowClosed() ? "[" : "(") + show(i.low())) + ", "
                + (i.high() == null ? "∞)" : show(i.high()) + (i.highClosed() ? "]" : ")"));
    }

    private static String show(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
