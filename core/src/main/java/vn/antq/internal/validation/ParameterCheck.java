package vn.antq.internal.validation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks parameters against the rules that read them: a parameter a rule joins must be defined by the pack or the
 * pack it extends, and hold the kind of value the rule reads; a parameter the pack defines should be read by some
 * rule; a new parameter must not reuse a base id, an override must replace a base parameter with the same kind of
 * value. It also reports a gap: a parameter that starts later than the other parameters of its file, so that
 * between the file's first day and its own first day the rules that read it cannot be evaluated.
 */
final class ParameterCheck {
    private final Map<String, DefinedParameter> base;
    private final Diagnostics diagnostics;

    ParameterCheck(Map<String, DefinedParameter> base, Diagnostics diagnostics) {
        this.base = base;
        this.diagnostics = diagnostics;
    }

    /**
     * @param own       the pack's new parameters, by file
     * @param overrides the pack's overrides, by file
     * @param rules     the pack's rules
     * @param windows   parameters the pack reads through pack.yaml ({@code windows}), not through rules
     * @param allRulesRead false when a rule file did not parse, so that which parameters are unused is not known
     */
    void check(Map<String, List<DefinedParameter>> own, Map<String, List<DefinedParameter>> overrides,
               List<ParsedRule> rules, Set<String> windows, boolean allRulesRead) {
        Map<String, DefinedParameter> defined = new LinkedHashMap<>(base);
        Map<String, DefinedParameter> mine = new LinkedHashMap<>();
        own.values().forEach(list -> list.forEach(p -> {
            if (base.containsKey(p.id())) {
                diagnostics.error("PARAM-REDEFINED", p.at(), p.id(),
                        "Tham số " + p.id() + " đã có trong bộ luật gốc. Để thay giá trị của nó từ một ngày, chuyển "
                                + "nó sang tệp ghi đè (mục overrides của pack.yaml); để thêm tham số mới, đặt mã khác.",
                        "Parameter " + p.id() + " already exists in the base pack. To change its value from a date, "
                                + "move it to an overrides file (pack.yaml overrides); for a new parameter, use another id.");
            } else if (mine.containsKey(p.id())) {
                diagnostics.error("PARAM-REDEFINED", p.at(), p.id(),
                        "Tham số " + p.id() + " được định nghĩa hai lần (lần đầu ở " + mine.get(p.id()).at().file()
                                + ":" + mine.get(p.id()).at().line() + "); giữ một định nghĩa, thêm giá trị theo ngày vào đó.",
                        "Parameter " + p.id() + " is defined twice (first at " + mine.get(p.id()).at().file() + ":"
                                + mine.get(p.id()).at().line() + "); keep one definition and add dated values to it.");
            } else {
                mine.put(p.id(), p);
                defined.put(p.id(), p);
            }
        }));
        overrides.values().forEach(list -> list.forEach(this::override));
        Set<String> read = new HashSet<>(windows);
        for (ParsedRule rule : rules) {
            Map<String, ParameterUse.Binding> bindings = ParameterUse.bindings(rule);
            for (ParameterUse.Binding b : bindings.values()) {
                read.add(b.id());
                if (!defined.containsKey(b.id())) {
                    undefined(rule, b, defined.keySet());
                }
            }
            for (ParameterUse.Reading r : ParameterUse.readings(rule, bindings)) {
                DefinedParameter p = defined.get(r.binding().id());
                if (p != null && p.kind() != null && !r.kind().reads(p.kind())) {
                    diagnostics.error("PARAM-TYPE", r.at(), r.text(),
                            "Luật " + rule.name() + " đọc tham số " + p.id() + " như " + r.kind().vi + " nhưng giá trị "
                                    + "của nó là " + p.kind().vi + " (" + ParameterFiles.shown(p.values().get(0).value())
                                    + "). Sửa giá trị trong tệp tham số, hoặc đọc nó đúng kiểu.",
                            "Rule " + rule.name() + " reads parameter " + p.id() + " as " + r.kind().en + " but its "
                                    + "value is " + p.kind().en + " (" + ParameterFiles.shown(p.values().get(0).value())
                                    + "). Fix the value in the parameter file, or read it as what it is.");
                }
            }
        }
        gaps(rules, defined, mine);
        for (DefinedParameter p : mine.values()) {
            if (allRulesRead && !read.contains(p.id())) {
                diagnostics.warning("PARAM-UNUSED", p.at(), p.id(),
                        "Tham số " + p.id() + " không được luật nào dùng. Xóa nó, hoặc sửa mã tham số trong luật.",
                        "No rule uses parameter " + p.id() + ". Remove it, or fix the id in the rule.");
            }
        }
    }

    private void undefined(ParsedRule rule, ParameterUse.Binding b, Set<String> ids) {
        Optional<String> nearest = Nearest.to(b.id(), ids);
        diagnostics.error("PARAM-UNDEFINED", b.at(), b.id(),
                "Luật " + rule.name() + " dùng tham số \"" + b.id() + "\" nhưng không tệp tham số nào (của bộ luật này "
                        + "và bộ luật gốc) định nghĩa nó." + Nearest.hintVi(nearest) + " Thêm nó vào một tệp tham số "
                        + "liệt kê ở mục parameters của pack.yaml.",
                "Rule " + rule.name() + " uses parameter \"" + b.id() + "\" but no parameter file (of this pack or its "
                        + "base) defines it." + Nearest.hintEn(nearest) + " Add it to a parameter file listed under "
                        + "parameters in pack.yaml.");
    }

    private void override(DefinedParameter p) {
        DefinedParameter original = base.get(p.id());
        if (original == null) {
            Optional<String> nearest = Nearest.to(p.id(), base.keySet());
            diagnostics.error("OVERRIDE-UNKNOWN", p.at(), p.id(),
                    "Tệp ghi đè thay tham số " + p.id() + " nhưng bộ luật gốc không có tham số này."
                            + Nearest.hintVi(nearest) + " Tham số mới thì đặt trong tệp ở mục parameters.",
                    "The overrides file replaces parameter " + p.id() + " but the base pack has no such parameter."
                            + Nearest.hintEn(nearest) + " A new parameter belongs in a file under parameters.");
            return;
        }
        for (DefinedParameter.Value v : p.values()) {
            if (original.kind() != null && !sameKind(original.kind(), v.kind())) {
                diagnostics.error("OVERRIDE-KIND", v.valueAt(), ParameterFiles.shown(v.value()),
                        "Tham số " + p.id() + " của bộ luật gốc là " + original.kind().vi + " ("
                                + ParameterFiles.shown(original.values().get(0).value()) + ") nhưng giá trị ghi đè là "
                                + v.kind().vi + "; ghi đè bằng cùng kiểu giá trị.",
                        "Base parameter " + p.id() + " is " + original.kind().en + " ("
                                + ParameterFiles.shown(original.values().get(0).value()) + ") but the override is "
                                + v.kind().en + "; override with the same kind of value.");
            }
        }
    }

    private static boolean sameKind(ValueKind a, ValueKind b) {
        return a == b || (a == ValueKind.CODE || a == ValueKind.CODES) && (b == ValueKind.CODE || b == ValueKind.CODES);
    }

    /**
     * A gap: a rule joins parameters whose first values start on different days, so between the earliest start and
     * a later one the rule lacks a parameter and cannot be evaluated. Reported once per parameter of this pack, at its
     * first value.
     */
    private void gaps(List<ParsedRule> rules, Map<String, DefinedParameter> defined, Map<String, DefinedParameter> mine) {
        Set<String> reported = new HashSet<>();
        for (ParsedRule rule : rules) {
            List<DefinedParameter> joined = ParameterUse.bindings(rule).values().stream()
                    .map(b -> defined.get(b.id())).filter(p -> p != null && p.first() != null).distinct().toList();
            DefinedParameter earliest = joined.stream().min(java.util.Comparator.comparing(DefinedParameter::first))
                    .orElse(null);
            for (DefinedParameter p : joined) {
                if (earliest == null || !p.first().isAfter(earliest.first()) || !mine.containsKey(p.id())
                        || !reported.add(p.id())) {
                    continue;
                }
                diagnostics.warning("PARAM-GAP", p.values().get(0).fromAt(), p.first().toString(),
                        "Tham số " + p.id() + " chỉ có giá trị từ " + p.first() + " nhưng luật " + rule.name()
                                + " dùng nó cùng tham số " + earliest.id() + " có từ " + earliest.first() + ": từ "
                                + earliest.first() + " đến trước " + p.first() + " luật không đánh giá được. Thêm giá "
                                + "trị từ " + earliest.first() + ", hoặc cho hai tham số cùng ngày bắt đầu.",
                        "Parameter " + p.id() + " only has values from " + p.first() + " but rule " + rule.name()
                                + " reads it with parameter " + earliest.id() + ", which starts " + earliest.first()
                                + ": from " + earliest.first() + " until " + p.first() + " the rule cannot be "
                                + "evaluated. Add a value from " + earliest.first() + ", or start both on the same day.");
            }
        }
    }
}
