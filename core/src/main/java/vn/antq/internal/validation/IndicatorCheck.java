package vn.antq.internal.validation;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.antq.indicator.KnownIndicator;
import vn.antq.rules.Check;
import vn.antq.rules.UnitFact;

/**
 * Checks the indicator names a rule passes as strings to the vocabularies that read a unit's indicators ({@link
 * Check} and {@link UnitFact}: {@code c.isTrue("…")}, {@code number("…")}): each must be a national indicator or one
 * the pack declares in {@code pack.yaml}, otherwise every unit would silently lack the data. Codes (upper case) and
 * wordings (with spaces) passed to the same methods are not indicator names and are left alone.
 */
final class IndicatorCheck {
    private static final Pattern INDICATOR_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** The methods of the indicator-reading vocabularies that take a String. */
    private static final Set<String> READERS = readers(Check.class, UnitFact.class);

    private final Set<String> known;
    private final Diagnostics diagnostics;

    IndicatorCheck(Set<String> declared, Diagnostics diagnostics) {
        Set<String> names = new TreeSet<>(declared);
        Arrays.stream(KnownIndicator.values()).forEach(k -> names.add(k.indicatorName()));
        this.known = names;
        this.diagnostics = diagnostics;
    }

    void check(ParsedRule rule) {
        String text = rule.text();
        for (Calls.Call call : Calls.in(text)) {
            if (!READERS.contains(call.name())) {
                continue;
            }
            for (Calls.Arg arg : call.args()) {
                String name = arg.literal();
                if (name == null || !INDICATOR_SHAPE.matcher(name).matches() || known.contains(name)) {
                    continue;
                }
                Optional<String> nearest = Nearest.to(name, known);
                diagnostics.error("UNKNOWN-INDICATOR", rule.at(rule.start() + arg.offset(), name), name,
                        "Không có chỉ số \"" + name + "\": mọi đơn vị sẽ thành \"chưa có số liệu\"."
                                + Nearest.hintVi(nearest) + " Dùng một chỉ số quốc gia, hoặc khai báo chỉ số mới ở mục "
                                + "indicators của pack.yaml.",
                        "There is no indicator \"" + name + "\": every unit would lack the data."
                                + Nearest.hintEn(nearest) + " Use a national indicator, or declare a new one under "
                                + "indicators in pack.yaml.");
            }
        }
    }

    private static Set<String> readers(Class<?>... vocabularies) {
        Set<String> names = new HashSet<>();
        for (Class<?> v : vocabularies) {
            for (Method m : v.getMethods()) {
                if (Arrays.stream(m.getParameterTypes()).anyMatch(t -> t == String.class || t == String[].class)) {
                    names.add(m.getName());
                }
            }
        }
        names.remove("of");
        return Set.copyOf(names);
    }
}
