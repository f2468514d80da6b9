package vn.antq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RuleInfo;
import vn.antq.parameter.ParameterSet;
import vn.antq.rules.Param;

/**
 * Reads the rule catalogue of a KIE base: each rule's {@code @label} and {@code @source}, the parameters its
 * left-hand side joins as {@link Param} facts, and its phase; reports a rule outside the pack's phases.
 */
final class RuleCatalogue {
    /** The classic DRL compiler files {@code @label} under the name of KIE's own Label annotation. */
    private static final String CLASSIC_LABEL_KEY = "org.kie.api.definition.type.Label";

    /** {@code id == "…"} in a constraint's source text, which the executable model keeps. */
    private static final java.util.regex.Pattern NAMED_ID =
            java.util.regex.Pattern.compile("(^|[^\\w.$])id\\s*==\\s*\"([^\"]*)\"");

    private RuleCatalogue() {
    }

    static Map<String, RuleInfo> of(KieBase kieBase, ParameterSet parameters, List<String> phases,
                                    List<PackProblem> problems) {
        return of(kieBase, parameters, phases, Map.of(), problems);
    }

    /**
     * @param files by rule id, the author's file that defines it, where the KIE base does not know it (the
     *              executable model keeps no source file)
     */
    static Map<String, RuleInfo> of(KieBase kieBase, ParameterSet parameters, List<String> phases,
                                    Map<String, String> files, List<PackProblem> problems) {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String file = files.containsKey(rule.getName()) ? files.get(rule.getName()) : file(rule, pkg);
                checkPhase(rule, file, phases, problems);
                List<String> params = parameterIds(rule);
                if (meta.containsKey("parameters")) {
                    problems.add(new PackProblem(file, 0, "rule " + rule.getName() + " lists @parameters, which antq "
                            + "no longer reads: join each parameter in the rule's when part, $x : Param( id == \"…\" ), "
                            + "and pass $x to the step that uses it"));
                }
                for (String id : params) {
                    if (parameters.get(id).isEmpty()) {
                        problems.add(new PackProblem(file, 0, "rule " + rule.getName()
                                + " names parameter " + id + ", which no parameter file defines"));
                    }
                }
                Object label = meta.containsKey("label") ? meta.get("label") : meta.get(CLASSIC_LABEL_KEY);
                rules.put(rule.getName(), new RuleInfo(rule.getName(), text(label),
                        text(meta.get("source")), params, file));
            }
        }
        return rules;
    }

    /** Every rule runs in one of the pack's declared phases, and order comes from phases, never salience. */
    private static void checkPhase(Rule rule, String file, List<String> phases, List<PackProblem> problems) {
        if (!(rule instanceof RuleImpl impl)) {
            return;
        }
        String group = impl.getAgendaGroup();
        boolean main = group == null || group.isEmpty() || group.equals("MAIN");
        if (main && !phases.isEmpty()) {
            problems.add(new PackProblem(file, 0, "rule " + rule.getName() + " names no phase: add ruleflow-group \"…\" "
                    + "with one of the phases of pack.yaml " + phases));
        } else if (!main && !phases.contains(group)) {
            problems.add(new PackProblem(file, 0, "rule " + rule.getName() + " is in phase \"" + group
                    + "\", which pack.yaml does not list in 'phases' " + phases + ", so it would never run"));
        }
        if (impl.getSalience() != null && impl.getSalience().getValue() != 0) {
            problems.add(new PackProblem(file, 0, "rule " + rule.getName() + " sets salience: order rules by phases "
                    + "(ruleflow-group and pack.yaml 'phases'), not by salience"));
        }
    }

    /**
     * Whether a literal constraint of a {@code Param} pattern is on its id ({@code id == "…"}), not on its value
     * ({@code codes contains "DISTRICT"}); the executable model keeps the constraint's source text.
     */
    private static boolean namesId(Constraint c, String value) {
        Matcher m = NAMED_ID.matcher(c.toString());
        while (m.find()) {
            if (m.group(2).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String file(Rule rule, KiePackage pkg) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return pkg.getName().replace('.', '/');
    }

    /** The parameters a rule joins in its left-hand side ({@code Param( id == "…" )}), in the order written. */
    private static List<String> parameterIds(Rule rule) {
        List<String> ids = new ArrayList<>();
        if (rule instanceof RuleImpl impl) {
            joined(impl.getLhs(), ids);
        }
        return ids;
    }

    private static void joined(RuleConditionElement element, List<String> ids) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && type.getClassType() == Param.class) {
            for (String id : literalIds(pattern)) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        if (element instanceof Pattern pattern && pattern.getSource() != null) {
            joined(pattern.getSource(), ids);
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            joined(nested, ids);
        }
    }

    /** @return the ids a {@code Param} pattern names literally ({@code id == "…"}); empty when it builds its id */
    static List<String> literalIds(Pattern pattern) {
        List<String> ids = new ArrayList<>();
        for (Constraint c : pattern.getConstraints()) {
            if (c instanceof IndexableConstraint indexed && indexed.getField() != null
                    && namesId(c, String.valueOf(indexed.getField().getValue()))) {
                ids.add(String.valueOf(indexed.getField().getValue()));
            }
        }
        return ids;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
