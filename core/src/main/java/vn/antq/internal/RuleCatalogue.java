package vn.antq.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RuleInfo;
import vn.antq.parameter.ParameterSet;

/** Reads the rule metadata ({@code @label}, {@code @source}, {@code @parameters}) of a KIE base. */
final class RuleCatalogue {
    /** The classic DRL compiler files {@code @label} under the name of KIE's own Label annotation. */
    private static final String CLASSIC_LABEL_KEY = "org.kie.api.definition.type.Label";

    private RuleCatalogue() {
    }

    static Map<String, RuleInfo> of(KieBase kieBase, ParameterSet parameters, List<String> phases,
                                    List<PackProblem> problems) {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String file = file(rule, pkg);
                checkPhase(rule, file, phases, problems);
                List<String> params = parameterIds(meta.get("parameters"));
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

    private static String file(Rule rule, KiePackage pkg) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return pkg.getName().replace('.', '/');
    }

    private static List<String> parameterIds(Object value) {
        String text = text(value);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
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
