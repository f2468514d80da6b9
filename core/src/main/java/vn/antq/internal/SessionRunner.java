package vn.antq.internal;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePackException;
import vn.antq.rules.Params;
import vn.antq.rules.UndefinedParameterException;
import vn.antq.rules.UnitFact;

/** Runs one fresh rule session over one chunk of facts and collects its conclusions. */
final class SessionRunner {
    static final String PARAMS_GLOBAL = "params";

    private final KieBase kieBase;
    private final Params params;
    private final boolean declaresParams;

    SessionRunner(KieBase kieBase, Params params) {
        this.kieBase = kieBase;
        this.params = params;
        boolean declared = false;
        for (KiePackage p : kieBase.getKiePackages()) {
            declared |= p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(PARAMS_GLOBAL));
        }
        this.declaresParams = declared;
    }

    ChunkResult run(List<UnitFact> chunk) {
        KieSession session = kieBase.newKieSession();
        try {
            if (declaresParams) {
                session.setGlobal(PARAMS_GLOBAL, params);
            }
            for (UnitFact f : chunk) {
                session.insert(f);
            }
            session.fireAllRules();
            ChunkResult result = new ChunkResult();
            for (Object o : session.getObjects()) {
                result.add(o);
            }
            return result;
        } catch (RuntimeException e) {
            throw failure(e);
        } finally {
            session.dispose();
        }
    }

    private static RulePackException failure(RuntimeException e) {
        List<PackProblem> problems = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UndefinedParameterException u) {
                problems.add(new PackProblem("parameters", 0, u.getMessage()));
                return new RulePackException(problems, e);
            }
        }
        problems.add(new PackProblem("rules", 0, "a rule failed while running: " + e.getMessage()));
        return new RulePackException(problems, e);
    }
}
