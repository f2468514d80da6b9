package vn.antq.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import vn.antq.pack.RuleInfo;
import vn.antq.rules.Param;
import vn.antq.rules.Params;

/**
 * Which parameters a session needs, from what its rules can match. Every rule joins its parameters as {@link Param}
 * facts, and each parameter inserted into a session is propagated to every rule that joins it, whether or not that
 * rule can ever match there: a session of security teams would otherwise pay for the parameters of every unit
 * criterion. A rule that requires, by a positive pattern of its left-hand side, a kind of input fact that a session
 * does not hold can never fire in it, with or without its parameters; so a session gets only the parameters of the
 * rules that remain. Nothing else changes: a rule that can fire in a session finds every parameter it joins.
 *
 * <p>Law-free: it reads the compiled rules' patterns, not what they mean. Immutable once built; the parameter ids for a
 * set of input kinds are computed once and kept.
 */
final class ParamScope {
    /**
     * A {@code Param} pattern whose id is built from another fact, {@code Param( id == ("prefix." + $f.code()) )}:
     * the literal it starts with names the family of parameters it may join.
     */
    private static final java.util.regex.Pattern BUILT_ID =
            java.util.regex.Pattern.compile("(^|[^\\w.$])id\\s*==\\s*\\(?\\s*\"([^\"]*)\"\\s*\\+");

    /**
     * A rule's parameters and the input kinds it requires.
     *
     * @param requires   the input kinds its positive top-level patterns match
     * @param parameters the ids it joins literally
     * @param families   the prefixes of the ids it builds from facts ("" when it builds one some other way: every id)
     */
    private record Needs(Set<Class<?>> requires, List<String> parameters, Set<String> families) {
    }

    /** The parameter facts of one evaluation that a kind of session gets: worked out once, not per session. */
    private record Chosen(Params params, List<Param> facts) {
    }

    /** The parameters of the rules able to fire in a session: by id, and by family. */
    private record Wanted(Set<String> ids, Set<String> families) {
        boolean wants(String id) {
            if (ids.contains(id)) {
                return true;
            }
            for (String family : families) {
                if (id.startsWith(family)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Needs> rules;
    private final Set<Class<?>> inputs;
    private final Map<Set<Class<?>>, Wanted> byInputs = new ConcurrentHashMap<>();
    /** By the kinds of input a session holds, the ids its directly matching rules join (asked once per evaluation). */
    private final Map<Set<Class<?>>, Set<String>> direct = new ConcurrentHashMap<>();
    /** By the kinds of input a session holds, the facts chosen last (evaluations of one dataset share them). */
    private final Map<Set<Class<?>>, Chosen> chosen = new ConcurrentHashMap<>();

    private ParamScope(List<Needs> rules, Set<Class<?>> inputs) {
        this.rules = rules;
        this.inputs = inputs;
    }

    /**
     * @param kieBase the compiled rules
     * @param catalogue the rules' catalogue, with the parameters each joins
     * @param inputs  every kind of fact the engine itself inserts into sessions (the others are the rules' own
     *                conclusions)
     * @return the scope of the KIE base's rules
     */
    static ParamScope of(KieBase kieBase, Map<String, RuleInfo> catalogue, Set<Class<?>> inputs) {
        List<Needs> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl)) {
                    continue;
                }
                Set<Class<?>> requires = new HashSet<>();
                for (RuleConditionElement e : impl.getLhs().getChildren()) {
                    if (e instanceof Pattern p && p.getSource() == null
                            && p.getObjectType() instanceof ClassObjectType type
                            && inputs.contains(type.getClassType())) {
                        requires.add(type.getClassType());
                    }
                }
                Set<String> families = new HashSet<>();
                families(impl.getLhs(), families);
                rules.add(new Needs(Set.copyOf(requires), catalogue.get(rule.getName()).parameters(),
                        Set.copyOf(families)));
            }
        }
        return new ParamScope(List.copyOf(rules), Set.copyOf(inputs));
    }

    /**
     * @param params the evaluation's parameters
     * @param held   the kinds of input fact the session will hold
     * @return the parameter facts the rules that can fire in such a session join
     */
    List<Param> facts(Params params, Set<Class<?>> held) {
        Chosen last = chosen.get(held);
        if (last != null && last.params() == params) {
            return last.facts();
        }
        Wanted wanted = byInputs.computeIfAbsent(held, this::wanted);
        List<Param> out = new ArrayList<>();
        for (Param p : params.facts()) {
            if (wanted.wants(p.getId())) {
                out.add(p);
            }
        }
        List<Param> facts = List.copyOf(out);
        chosen.put(held, new Chosen(params, facts));
        return facts;
    }

    /**
     * @param held the kinds of input fact a session will hold
     * @return the ids joined by name by the rules that match the session's input facts directly (a pattern over one
     *     of {@code held}, none over another input); rules over conclusions only, and families of optional ids (a
     *     quota per award), are left out
     */
    Set<String> direct(Set<Class<?>> held) {
        return direct.computeIfAbsent(held, this::directIds);
    }

    private Set<String> directIds(Set<Class<?>> held) {
        Set<String> ids = new TreeSet<>();
        for (Needs rule : rules) {
            if (!rule.requires().isEmpty() && held.containsAll(rule.requires())) {
                ids.addAll(rule.parameters());
            }
        }
        return Set.copyOf(ids);
    }

    private Wanted wanted(Set<Class<?>> held) {
        for (Class<?> kind : held) {
            if (!inputs.contains(kind)) {
                throw new IllegalArgumentException(kind.getName() + " is not an input kind of the engine");
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        for (Needs rule : rules) {
            if (held.containsAll(rule.requires())) {
                ids.addAll(rule.parameters());
                families.addAll(rule.families());
            }
        }
        return new Wanted(Set.copyOf(ids), Set.copyOf(families));
    }

    /**
     * Collects the families of the {@code Param} patterns that name no literal id: the literal their id starts with,
     * or "" (every parameter) when the id is built some other way.
     */
    private static void families(RuleConditionElement element, Set<String> into) {
        if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                && type.getClassType() == Param.class && RuleCatalogue.literalIds(pattern).isEmpty()) {
            String family = "";
            for (Constraint c : pattern.getConstraints()) {
                Matcher m = BUILT_ID.matcher(c.toString());
                if (m.find()) {
                    family = m.group(2);
                    break;
                }
            }
            into.add(family);
        }
        if (element instanceof Pattern pattern && pattern.getSource() != null) {
            families(pattern.getSource(), into);
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            families(nested, into);
        }
    }
}
