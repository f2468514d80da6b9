package vn.antq.internal;

import java.io.IOException;
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
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.model.KieBaseModel;
import vn.antq.pack.PackProblem;

/**
 * Compiles the rules of a pack in a directory ({@code *.drl}, {@code *.drl.csv} anywhere under it) to the
 * executable model, as {@code kie-maven-plugin} compiles the bundled pack at build time, so that a pack behaves
 * the same wherever it comes from. Problems name the author's file and line.
 */
final class DirectoryCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    /** The package of a CSV decision table: its {@code RuleSet} row. */
    private static final Pattern RULE_SET = Pattern.compile("^\"?RuleSet\"?\\s*,\\s*\"?([\\w.]+)", Pattern.MULTILINE);
    /** A rule's header in DRL: its name quoted or bare. */
    private static final Pattern RULE = Pattern.compile(
            "^\\s*rule\\s+(?:\"(?<quoted>[^\"]+)\"|'(?<single>[^']+)'|(?<bare>\\S+))", Pattern.MULTILINE);
    /** The class that compiles decision tables; a host that loads packs from sources with tables needs it. */
    private static final String TABLE_COMPILER = "org.drools.decisiontable.DecisionTableProviderImpl";

    /**
     * The compiled rules.
     *
     * @param models    the executable model, one per rule package
     * @param ruleFiles by rule id, the file of the pack (relative to its directory) that defines it, for the rules
     *                  of DRL files
     */
    record Compiled(List<Model> models, Map<String, String> ruleFiles) {
    }

    private DirectoryCompiler() {
    }

    /**
     * @param dir         the pack's directory
     * @param classLoader the class loader that sees the fact classes
     * @param problems    where problems go
     * @param required    whether a pack without any rule file is a problem (a layer may only change parameters or
     *                    switch rules off)
     * @return the compiled rules, or null when there are problems
     */
    static Compiled compile(Path dir, ClassLoader classLoader, List<PackProblem> problems, boolean required) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> authorPaths = new HashMap<>();
        Map<String, String> ruleFiles = new HashMap<>();
        List<Path> drls;
        try (Stream<Path> walk = Files.walk(dir)) {
            drls = walk.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".drl.csv"))
                    .sorted().toList();
            for (Path drl : drls) {
                String author = dir.relativize(drl).toString().replace('\\', '/');
                if (drl.toString().endsWith(".csv") && !tablesCompile(classLoader)) {
                    problems.add(new PackProblem(author, 0,
                            "a decision table needs drools-decisiontables on the classpath to compile"));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(drl);
                String text = new String(bytes, StandardCharsets.UTF_8);
                String path = "src/main/resources/" + packageFolder(text) + drl.getFileName();
                authorPaths.put(path, author);
                Matcher rule = RULE.matcher(text);
                while (rule.find()) {
                    String name = rule.group("quoted") != null ? rule.group("quoted")
                            : rule.group("single") != null ? rule.group("single") : rule.group("bare");
                    ruleFiles.putIfAbsent(name, author);
                }
                kfs.write(path, bytes);
            }
        } catch (IOException e) {
            problems.add(new PackProblem(dir.toString(), 0, "cannot read rules: " + e.getMessage()));
            return null;
        }
        if (drls.isEmpty() && !required) {
            return new Compiled(List.of(), Map.of());
        }
        if (drls.isEmpty()) {
            problems.add(new PackProblem(dir.toString(), 0, "no .drl file"));
            return null;
        }
        if (!problems.isEmpty()) {
            return null;
        }
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll(ExecutableModelProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : authorPaths.getOrDefault(m.getPath(), m.getPath());
            problems.add(new PackProblem(path, Math.max(m.getLine(), 0), m.getText()));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        CanonicalKieModule module = (CanonicalKieModule) builder.getKieModule();
        // a container gives the module the class loader of its generated classes, which the models are read with
        ks.newKieContainer(module.getReleaseId(), classLoader);
        List<Model> models = new ArrayList<>();
        for (KieBaseModel kbase : module.getKieModuleModel().getKieBaseModels().values()) {
            models.addAll(module.getModelForKBase((KieBaseModelImpl) kbase));
        }
        return new Compiled(List.copyOf(models), Map.copyOf(ruleFiles));
    }

    /** Where the builder expects a DRL file: the folder of its package, so that it does not warn. */
    private static String packageFolder(String text) {
        Matcher m = PACKAGE.matcher(text);
        if (m.find()) {
            return m.group(1).replace('.', '/') + "/";
        }
        Matcher table = RULE_SET.matcher(text);
        return table.find() ? table.group(1).replace('.', '/') + "/" : "";
    }

    private static boolean tablesCompile(ClassLoader classLoader) {
        try {
            Class.forName(TABLE_COMPILER, false, classLoader == null ? DirectoryCompiler.class.getClassLoader() : classLoader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
