package vn.antq.internal.validation;

import java.nio.file.Path;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;

/**
 * The last step, once every other check has passed: loads the pack exactly as {@code antq evaluate --rules} and
 * {@code Evaluator.Builder.rules} do (compiled to the executable model, layered on the pack it extends), so that a
 * pack which validates also loads and behaves the same everywhere. What the loader still refuses is reported at
 * the file and line it names.
 */
final class LoadCheck {

    private LoadCheck() {
    }

    static void check(Path dir, ClassLoader classLoader, Diagnostics diagnostics) {
        try {
            Evaluator.builder().classLoader(classLoader).rules(RulePack.directory(dir)).build();
        } catch (RulePackException e) {
            for (PackProblem p : e.problems()) {
                diagnostics.error("PACK-LOAD", new Pos(p.file(), Math.max(p.line(), 0), 0), "",
                        "Bộ luật không nạp được: " + p.message(), "The pack does not load: " + p.message());
            }
        }
    }
}
