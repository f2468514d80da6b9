package vn.antq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePackException;
import vn.antq.campaign.Campaign;
import vn.antq.rules.BudgetLineFact;
import vn.antq.rules.BudgetYearFact;
import vn.antq.rules.ManagedUnitFact;
import vn.antq.rules.MedalFact;
import vn.antq.rules.MemberFact;
import vn.antq.rules.OutcomeFact;
import vn.antq.rules.Param;
import vn.antq.rules.ScopeFact;
import vn.antq.rules.TeamFact;
import vn.antq.rules.UnitFact;
import vn.antq.rules.Params;
import vn.antq.rules.UndefinedParameterException;

/**
 * One fresh rule session of a pack: holds the pack's parameters as {@link Param} facts (those that the rules able to
 * fire in it join: {@link ParamScope}), runs the pack's phases in their declared
 * order (each phase is an agenda group; see pack.yaml {@code phases}), and gives its conclusions by type.
 * Every failure inside the engine becomes a {@link RulePackException}, so no KIE type reaches a caller.
 * Not thread-safe; one per chunk of work, closed after use (which gives the reset session back to the pack's pool).
 */
final class RuleSession implements AutoCloseable {
    /** The sink of an evaluation that does not ask which rules fired: no listener is added. */
    static final Consumer<String> UNTRACED = id -> { };

    private final KieSession session;
    private final List<String> phases;
    private final AgendaEventListener listener;

    private RuleSession(KieSession session, List<String> phases, AgendaEventListener listener) {
        this.session = session;
        this.phases = phases;
        this.listener = listener;
    }

    /** Every kind of fact the engine inserts; the other facts of a session are the rules' conclusions. */
    static final Set<Class<?>> INPUTS = Set.of(UnitFact.class, TeamFact.class, MemberFact.class, MedalFact.class,
            BudgetLineFact.class, BudgetYearFact.class, ManagedUnitFact.class, ScopeFact.class, OutcomeFact.class,
            Campaign.class);

    /**
     * @param pack   the pack
     * @param params the evaluation's parameter values
     * @param held   the kinds of input fact (of {@link #INPUTS}) the session will be given
     * @param fired  told the id of each rule as it fires ({@link #UNTRACED}: nobody asks)
     * @return a new session holding, as facts, every parameter that a rule able to fire in it joins
     */
    static RuleSession open(LoadedPack pack, Params params, Set<Class<?>> held, Consumer<String> fired) {
        // a pooled session: reset when given back, so it starts as a new one (and its memories are reused)
        KieSession session = pack.sessions().newKieSession();
        AgendaEventListener listener = fired == UNTRACED ? null : new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.accept(event.getMatch().getRule().getName());
            }
        };
        RuleSession opened = new RuleSession(session, pack.phases(), listener);
        if (listener != null) {
            session.addEventListener(listener);
        }
        try {
            for (Param p : pack.scope().facts(params, held)) {
                session.insert(p);
            }
        } catch (RuntimeException e) {
            opened.close();
            throw failure(e);
        }
        return opened;
    }

    /** @param fact a fact to insert @return this */
    RuleSession insert(Object fact) {
        session.insert(fact);
        return this;
    }

    /** @param facts facts to insert @return this */
    RuleSession insertAll(Iterable<?> facts) {
        for (Object f : facts) {
            session.insert(f);
        }
        return this;
    }

    /** Runs the phases in order; rules of a phase fire only after every earlier phase is done. @return this */
    RuleSession fire() {
        try {
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            session.fireAllRules();
            return this;
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    /**
     * @param type a conclusion type
     * @param <T>  that type
     * @return the session's facts of that type, in no particular order
     */
    <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        // a class filter: the session's class-aware store gives the facts of that class without a scan
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }

    @Override
    public void close() {
        if (listener != null) {
            // the pooled session outlives this evaluation: the next one must not tell this sink
            session.removeEventListener(listener);
        }
        session.dispose();
    }

    private static RulePackException failure(RuntimeException e) {
        if (e instanceof RulePackException r) {
            return r;
        }
        List<PackProblem> problems = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UndefinedParameterException u) {
                problems.add(new PackProblem("parameters", 0, u.getMessage()));
                return new RulePackException(problems, u);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        problems.add(new PackProblem("rules", 0, "a rule failed while running: " + root));
        // the root cause, not the engine's wrapper: no KIE type reaches a caller
        return new RulePackException(problems, root.getClass().getName().startsWith("org.") ? null : root);
    }
}
