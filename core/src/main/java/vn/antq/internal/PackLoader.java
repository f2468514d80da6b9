package vn.antq.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import vn.antq.pack.PackInfo;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterSet;
import vn.antq.unit.UnitKind;
import vn.antq.period.AssessmentWindow;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.parameter.ParameterValue;
import java.util.Optional;

/**
 * Loads a rule pack: a precompiled one from the classpath (its executable model, no DRL compiled; read
 * straight from the model classes its build listed, which is twice as fast as scanning the classpath for
 * KIE modules),
 * or a directory compiled with the classic DRL builder so that errors point at the rule author's
 * file and line.
 */
public final class PackLoader {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    /** The package of a CSV decision table: its {@code RuleSet} row. */
    private static final Pattern RULE_SET = Pattern.compile("^\"?RuleSet\"?\\s*,\\s*\"?([\\w.]+)", Pattern.MULTILINE);
    /** The class that compiles decision tables; a host that loads packs from sources with tables needs it. */
    private static final String TABLE_COMPILER = "org.drools.decisiontable.DecisionTableProviderImpl";

    private PackLoader() {
    }

    /**
     * @param pack where the pack is
     * @param classLoader the class loader that sees the pack and the fact classes
     * @return the loaded pack
     * @throws RulePackException listing every problem
     */
    public static LoadedPack load(RulePack pack, ClassLoader classLoader) {
        if (pack.directory().isPresent()) {
            return loadDirectory(pack.directory().get(), classLoader);
        }
        return loadClasspath(pack.descriptorResource().orElseThrow(), classLoader);
    }

    private static LoadedPack loadClasspath(String descriptorPath, ClassLoader classLoader) {
        List<PackProblem> problems = new ArrayList<>();
        PackDescriptor descriptor;
        try (InputStream in = classLoader.getResourceAsStream(descriptorPath)) {
            if (in == null) {
                throw new RulePackException(List.of(new PackProblem(descriptorPath, 0,
                        "not on the classpath (is the rule pack artifact, e.g. antq-rules-dsl, a dependency?)")));
            }
            descriptor = PackDescriptor.read(descriptorPath, in, problems);
        } catch (IOException e) {
            throw new RulePackException(List.of(new PackProblem(descriptorPath, 0, e.getMessage())), e);
        }
        failOn(problems);
        String base = descriptorPath.contains("/") ? descriptorPath.substring(0, descriptorPath.lastIndexOf('/') + 1) : "";
        List<Parameter> parameters = new ArrayList<>();
        for (String file : descriptor.parameterFiles()) {
            try (InputStream in = classLoader.getResourceAsStream(base + file)) {
                if (in == null) {
                    problems.add(new PackProblem(base + file, 0, "parameter file not found"));
                } else {
                    parameters.addAll(ParameterFileReader.read(base + file, in, problems));
                }
            } catch (IOException e) {
                problems.add(new PackProblem(base + file, 0, e.getMessage()));
            }
        }
        failOn(problems);
        KieBase kieBase = descriptor.model() != null
                ? ExecutableModel.load(descriptorPath, descriptor.model(), descriptor.packages(), classLoader)
                : classpathKieBase(descriptorPath, descriptor.kbase(), classLoader);
        return finish(descriptor, parameters, kieBase, problems);
    }

    private static KieBase classpathKieBase(String descriptorPath, String kbase, ClassLoader classLoader) {
        if (kbase == null) {
            throw new RulePackException(List.of(new PackProblem(descriptorPath, 0, "missing 'model' or 'kbase'")));
        }
        try {
            return KieServices.Factory.get().newKieClasspathContainer(classLoader).getKieBase(kbase);
        } catch (RuntimeException e) {
            throw new RulePackException(List.of(new PackProblem(descriptorPath, 0,
                    "KIE base " + kbase + " cannot be loaded: " + e.getMessage())), e);
        }
    }

    private static LoadedPack loadDirectory(Path dir, ClassLoader classLoader) {
        List<PackProblem> problems = new ArrayList<>();
        Path descriptorFile = dir.resolve("pack.yaml");
        PackDescriptor descriptor = null;
        try (InputStream in = Files.newInputStream(descriptorFile)) {
            descriptor = PackDescriptor.read("pack.yaml", in, problems);
        } catch (IOException e) {
            problems.add(new PackProblem("pack.yaml", 0, "cannot read " + descriptorFile + ": " + e.getMessage()));
        }
        failOn(problems);
        List<Parameter> parameters = new ArrayList<>();
        for (String file : descriptor.parameterFiles()) {
            try (InputStream in = Files.newInputStream(dir.resolve(file))) {
                parameters.addAll(ParameterFileReader.read(file, in, problems));
            } catch (IOException e) {
                problems.add(new PackProblem(file, 0, "cannot read: " + e.getMessage()));
            }
        }
        KieBase kieBase = compile(dir, classLoader, problems);
        failOn(problems);
        return finish(descriptor, parameters, kieBase, problems);
    }

    private static KieBase compile(Path dir, ClassLoader classLoader, List<PackProblem> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        List<Path> drls;
        Map<String, String> authorPaths = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            drls = walk.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".drl.csv"))
                    .sorted().toList();
            for (Path drl : drls) {
                if (drl.toString().endsWith(".csv") && !tablesCompile(classLoader)) {
                    problems.add(new PackProblem(dir.relativize(drl).toString().replace('\\', '/'), 0,
                            "a decision table needs drools-decisiontables on the classpath to compile"));
                    continue;
                }
                byte[] text = Files.readAllBytes(drl);
                String path = "src/main/resources/" + packageFolder(text) + drl.getFileName();
                authorPaths.put(path, dir.relativize(drl).toString().replace('\\', '/'));
                kfs.write(path, text);
            }
        } catch (IOException e) {
            problems.add(new PackProblem(dir.toString(), 0, "cannot read rules: " + e.getMessage()));
            return null;
        }
        if (drls.isEmpty()) {
            problems.add(new PackProblem(dir.toString(), 0, "no .drl file"));
            return null;
        }
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll(DrlProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : authorPaths.getOrDefault(m.getPath(), m.getPath());
            problems.add(new PackProblem(path, m.getLine(), m.getText()));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return ks.newKieContainer(builder.getKieModule().getReleaseId(), classLoader).getKieBase();
    }

    /** Where the builder expects a DRL file: the folder of its package, so that it does not warn. */
    private static String packageFolder(byte[] drl) {
        String text = new String(drl, StandardCharsets.UTF_8);
        Matcher m = PACKAGE.matcher(text);
        if (m.find()) {
            return m.group(1).replace('.', '/') + "/";
        }
        Matcher table = RULE_SET.matcher(text);
        return table.find() ? table.group(1).replace('.', '/') + "/" : "";
    }

    private static boolean tablesCompile(ClassLoader classLoader) {
        try {
            Class.forName(TABLE_COMPILER, false, classLoader == null ? PackLoader.class.getClassLoader() : classLoader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static LoadedPack finish(PackDescriptor descriptor, List<Parameter> parameters, KieBase kieBase,
                                     List<PackProblem> problems) {
        ParameterSet set;
        try {
            set = ParameterSet.of(parameters);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(List.of(new PackProblem("parameters", 0, e.getMessage())), e);
        }
        var catalogue = RuleCatalogue.of(kieBase, set, descriptor.phases(), problems);
        descriptor.windows().forEach((kind, id) -> checkWindow(kind, id, set, problems));
        failOn(problems);
        return new LoadedPack(kieBase, set, catalogue,
                new PackInfo(descriptor.id(), descriptor.name(), descriptor.version()), descriptor.plan(),
                descriptor.phases(), descriptor.windows());
    }

    /**
     * A window parameter must exist and every dated value of it must be two ISO month-days, so that a wrong value
     * is a problem of the pack when it loads, not a failure in the middle of an evaluation.
     */
    private static void checkWindow(UnitKind kind, String id, ParameterSet set, List<PackProblem> problems) {
        Optional<Parameter> parameter = set.get(id);
        if (parameter.isEmpty()) {
            problems.add(new PackProblem("pack.yaml", 0, "'windows' gives " + kind + " the window of parameter "
                    + id + ", which no parameter file defines"));
            return;
        }
        for (ParameterValue v : parameter.get().values()) {
            try {
                AssessmentWindow.endingIn(new ResolvedParameter(id, id, v.value(), v.from(), v.source(),
                        v.provisional()).codes(), v.from().getYear());
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(new PackProblem("parameters", 0, "parameter " + id + " (window of " + kind + ") from "
                        + v.from() + ": " + e.getMessage()));
            }
        }
    }

    private static void failOn(List<PackProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
    }
}
