package vn.antq.internal.validation;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Checks the fact types a rule matches and the fields and methods its conditions name (for antq's own fact classes,
 * {@code vn.antq.*}): {@code UnitFact( kindd == … )} is reported at {@code kindd} with the nearest property.
 */
final class FactFieldCheck {
    /** The name a constraint starts with: after "!", "(" and a binding "$x :"; group 2 is "(" for a method call. */
    private static final Pattern LEADING = Pattern.compile("^[!(\\s]*(?:\\$\\w+\\s*:\\s*)?([A-Za-z_]\\w*)\\s*(\\()?");
    private static final Set<String> KEYWORDS = Set.of("this", "true", "false", "null", "eval", "not", "in");

    private final ClassLoader classLoader;
    private final Diagnostics diagnostics;

    FactFieldCheck(ClassLoader classLoader, Diagnostics diagnostics) {
        this.classLoader = classLoader;
        this.diagnostics = diagnostics;
    }

    void check(ParsedRule rule) {
        for (PatternDescr pattern : rule.patterns()) {
            String type = pattern.getObjectType();
            if (type == null) {
                continue;
            }
            Optional<Class<?>> cls = resolve(rule, type);
            if (cls.isEmpty()) {
                unknownType(rule, pattern, type);
                continue;
            }
            if (!cls.get().getName().startsWith("vn.antq.")) {
                continue;
            }
            for (BaseDescr d : pattern.getDescrs()) {
                if (d instanceof ExprConstraintDescr c) {
                    constraint(rule, cls.get(), c);
                }
            }
        }
    }

    private void constraint(ParsedRule rule, Class<?> cls, ExprConstraintDescr c) {
        for (String part : c.getExpression().split("&&|\\|\\|")) {
            Matcher m = LEADING.matcher(part);
            if (!m.find() || KEYWORDS.contains(m.group(1)) || Character.isUpperCase(m.group(1).charAt(0))) {
                continue;
            }
            String name = m.group(1);
            boolean call = m.group(2) != null;
            Set<String> valid = call ? methods(cls) : properties(cls);
            if (valid.contains(name)) {
                continue;
            }
            int offset = rule.drl().text().indexOf(name, Math.max(0, c.getStartCharacter()));
            Pos at = offset >= 0 ? rule.at(offset, name) : rule.at(c, name);
            Optional<String> nearest = Nearest.to(name, valid);
            String simple = cls.getSimpleName();
            diagnostics.error("UNKNOWN-FIELD", at, name,
                    (call ? "Dữ kiện " + simple + " không có phương thức \"" + name + "(…)\"."
                            : "Dữ kiện " + simple + " không có trường \"" + name + "\".") + Nearest.hintVi(nearest)
                            + " Các trường có: " + String.join(", ", limited(valid)) + ".",
                    (call ? "Fact " + simple + " has no method \"" + name + "(…)\"."
                            : "Fact " + simple + " has no field \"" + name + "\".") + Nearest.hintEn(nearest)
                            + " Its fields: " + String.join(", ", limited(valid)) + ".");
        }
    }

    private void unknownType(ParsedRule rule, PatternDescr pattern, String type) {
        List<String> known = new ArrayList<>();
        for (ImportDescr i : rule.pkg().getImports()) {
            String target = i.getTarget();
            known.add(target.substring(target.lastIndexOf('.') + 1));
        }
        Optional<String> nearest = Nearest.to(type, known);
        int offset = rule.drl().text().indexOf(type, Math.max(0, pattern.getStartCharacter()));
        diagnostics.error("UNKNOWN-TYPE", offset >= 0 ? rule.at(offset, type) : rule.header(), type,
                "Không có loại dữ kiện \"" + type + "\"." + Nearest.hintVi(nearest) + " Dữ kiện phải được khai báo "
                        + "bằng một dòng import ở đầu tệp (ví dụ import vn.antq.rules.UnitFact;).",
                "There is no fact type \"" + type + "\"." + Nearest.hintEn(nearest) + " A fact type needs an import "
                        + "line at the top of the file (e.g. import vn.antq.rules.UnitFact;).");
    }

    /** @return the class a pattern names, through the file's imports, its package and java.lang */
    Optional<Class<?>> resolve(ParsedRule rule, String type) {
        List<String> candidates = new ArrayList<>();
        if (type.contains(".")) {
            candidates.add(type);
        }
        for (ImportDescr i : rule.pkg().getImports()) {
            String target = i.getTarget();
            if (target.endsWith("." + type)) {
                candidates.add(target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + type);
            }
        }
        if (rule.pkg().getName() != null && !rule.pkg().getName().isEmpty()) {
            candidates.add(rule.pkg().getName() + "." + type);
        }
        candidates.add("java.lang." + type);
        for (String name : candidates) {
            try {
                return Optional.of(Class.forName(name, false, classLoader));
            } catch (ClassNotFoundException | LinkageError e) {
                // not this candidate
            }
        }
        return Optional.empty();
    }

    private static Set<String> properties(Class<?> cls) {
        Set<String> names = new TreeSet<>();
        for (Method m : cls.getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) {
                names.add(decapitalize(n.substring(3)));
            } else if (n.startsWith("is") && n.length() > 2) {
                names.add(decapitalize(n.substring(2)));
            }
            names.add(n);
        }
        for (Field f : cls.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                names.add(f.getName());
            }
        }
        names.removeAll(Set.of("class", "toString", "hashCode"));
        return names;
    }

    private static Set<String> methods(Class<?> cls) {
        Set<String> names = new TreeSet<>();
        for (Method m : cls.getMethods()) {
            if (m.getDeclaringClass() != Object.class) {
                names.add(m.getName());
            }
        }
        return names;
    }

    private static String decapitalize(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static List<String> limited(Set<String> names) {
        List<String> list = new ArrayList<>(names.stream().filter(n -> !n.matches("(get|is)[A-Z].*")).toList());
        if (list.size() > 20) {
            list = new ArrayList<>(list.subList(0, 20));
            list.add("…");
        }
        return list;
    }
}
