package vn.antq.internal.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * How a rule uses parameters: each {@code $x : Param( id == "…" )} of its when part, and how the rule reads
 * {@code $x}: directly ({@code $x.decimal}, {@code $x.getInt()}, {@code $x.getFlag()}, {@code $x.getCodes()}), or by
 * passing it alone to a step of the vocabulary whose kind is known (a comparison {@code …AtLeast($x)},
 * {@code …Above($x)}, {@code …Below($x)}, {@code …AtMost($x)} reads a number; {@code oneOf} and the like read codes;
 * {@code notAbovePrevious} reads true/false).
 */
final class ParameterUse {
    private static final Pattern ID = Pattern.compile("^\\s*id\\s*==\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern READ = Pattern.compile(
            "(\\$\\w+)\\s*\\.\\s*(getDecimal\\(\\)|decimal\\b|getInt\\(\\)|int\\b|getFlag\\(\\)|flag\\b|getCodes\\(\\)|codes\\b)");
    private static final Pattern NUMBER_STEP = Pattern.compile("\\w*(AtLeast|Above|Below|AtMost)");
    private static final Map<String, ValueKind> STEPS = Map.of("oneOf", ValueKind.CODES, "teamRatingOneOf",
            ValueKind.CODES, "isTrueWhereCodeIn", ValueKind.CODES, "whenAbsent", ValueKind.CODES, "notAbovePrevious",
            ValueKind.FLAG);

    /** A parameter a rule joins: the binding, the id and where the id is written. */
    record Binding(String variable, String id, Pos at) {
    }

    /** A reading of a bound parameter as a kind of value, and where. */
    record Reading(Binding binding, ValueKind kind, Pos at, String text) {
    }

    private ParameterUse() {
    }

    static Map<String, Binding> bindings(ParsedRule rule) {
        Map<String, Binding> result = new LinkedHashMap<>();
        for (PatternDescr p : rule.patterns()) {
            if (!"Param".equals(p.getObjectType()) && !"vn.antq.rules.Param".equals(p.getObjectType())) {
                continue;
            }
            for (BaseDescr d : p.getDescrs()) {
                if (d instanceof ExprConstraintDescr c) {
                    Matcher m = ID.matcher(c.getExpression());
                    if (m.matches()) {
                        String id = m.group(1);
                        int offset = rule.drl().text().indexOf("\"" + id + "\"", Math.max(0, c.getStartCharacter()));
                        Pos at = offset >= 0 ? rule.at(offset + 1, id) : rule.at(c, id);
                        String variable = p.getIdentifier() == null ? "" : p.getIdentifier();
                        result.put(variable.isEmpty() ? "#" + result.size() : variable, new Binding(variable, id, at));
                    }
                }
            }
        }
        return result;
    }

    static List<Reading> readings(ParsedRule rule, Map<String, Binding> bindings) {
        List<Reading> result = new ArrayList<>();
        String text = rule.text();
        Matcher m = READ.matcher(text);
        while (m.find()) {
            Binding b = bindings.get(m.group(1));
            if (b != null) {
                String how = m.group(2);
                ValueKind kind = how.contains("ecimal") || how.startsWith("int") || how.contains("Int") ? ValueKind.NUMBER
                        : how.contains("lag") ? ValueKind.FLAG : ValueKind.CODES;
                result.add(new Reading(b, kind, rule.at(rule.start() + m.start(), m.group()), m.group()));
            }
        }
        for (Calls.Call call : Calls.in(text)) {
            List<Calls.Arg> params = call.args().stream().filter(a -> bindings.containsKey(a.text())).toList();
            ValueKind kind = STEPS.get(call.name());
            if (kind == null && params.size() == 1 && NUMBER_STEP.matcher(call.name()).matches()) {
                kind = ValueKind.NUMBER;
            }
            if (kind == null || params.isEmpty()) {
                continue;
            }
            for (Calls.Arg a : params) {
                result.add(new Reading(bindings.get(a.text()), kind, rule.at(rule.start() + call.offset(), call.name()),
                        call.name() + "(" + a.text() + ")"));
            }
        }
        return result;
    }

    /** @return the ids every rule joins */
    static Set<String> ids(List<ParsedRule> rules) {
        Set<String> ids = new java.util.HashSet<>();
        rules.forEach(r -> bindings(r).values().forEach(b -> ids.add(b.id())));
        return ids;
    }
}
