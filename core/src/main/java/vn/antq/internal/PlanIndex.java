package vn.antq.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;

/**
 * Finds the plan packs that rules jars on the classpath bundle: each lists its plans' descriptors, one
 * per line, in {@code META-INF/antq/plans}.
 */
public final class PlanIndex {
    private static final String INDEX = "META-INF/antq/plans";

    private PlanIndex() {
    }

    /**
     * @param classLoader the loader that sees the rules jars
     * @return a locator for every bundled plan, in classpath order
     */
    public static List<RulePack> bundled(ClassLoader classLoader) {
        List<RulePack> plans = new ArrayList<>();
        try {
            Enumeration<URL> indexes = classLoader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                try (InputStream in = indexes.nextElement().openStream()) {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (!line.isBlank() && !line.strip().startsWith("#")) {
                            plans.add(RulePack.classpath(line.strip()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new RulePackException(List.of(new PackProblem(INDEX, 0, "cannot read: " + e.getMessage())), e);
        }
        return plans;
    }
}
