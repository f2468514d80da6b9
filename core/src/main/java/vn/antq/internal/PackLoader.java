package vn.antq.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.model.Model;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePack;
import vn.antq.pack.RulePackException;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterSet;
import vn.antq.parameter.ParameterValue;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.period.AssessmentWindow;
import vn.antq.unit.UnitKind;

/**
 * Loads a rule pack, and the packs layered on it, into one KIE base: a precompiled pack from the classpath (its
 * executable model, no DRL compiled; read straight from the model classes its build listed, which is twice as fast
 * as scanning the classpath for KIE modules), or a directory compiled to the executable model too
 * ({@link DirectoryCompiler}) so that errors point at the rule author's file and line.
 */
public final class PackLoader {
    /** The version a copy of the national pack's sources holds: Maven replaces it only when it builds the jar. */
    private static final String BUILD_PLACEHOLDER = "${project.version}";
    /** What reports print instead of {@link #BUILD_PLACEHOLDER} for a directory pack. */
    private static final String UNVERSIONED = "chưa ghi phiên bản — pack.yaml là bản sao nguồn, hãy ghi 'version' của bạn"
            + " / unversioned source copy: write your own 'version' in pack.yaml";

    /** Opens a file of a pack by its path relative to the pack's {@code pack.yaml}. */
    private interface Opener {
        InputStream open(String file) throws IOException;
    }

    /** Compiles (or finds) a pack's rules. */
    private interface Rules {
        DirectoryCompiler.Compiled compile(List<PackProblem> problems);
    }

    private PackLoader() {
    }

    /**
     * @param pack        where the pack is
     * @param classLoader the class loader that sees the pack and the fact classes
     * @return the loaded pack
     * @throws RulePackException listing every problem
     */
    public static LoadedPack load(RulePack pack, ClassLoader classLoader) {
        return load(pack, List.of(), classLoader);
    }

    /**
     * @param pack        where the pack is
     * @param layers      the packs layered on it, bottom first; each {@code extends} the pack below it
     * @param classLoader the class loader that sees the packs and the fact classes
     * @return the pack and its layers in one KIE base
     * @throws RulePackException listing every problem
     */
    public static LoadedPack load(RulePack pack, List<RulePack> layers, ClassLoader classLoader) {
        PackSource base = source(pack, classLoader);
        List<PackSource> above = new ArrayList<>();
        for (RulePack layer : layers) {
            above.add(source(layer, classLoader));
        }
        return Layering.assemble(base, above);
    }

    /**
     * What a pack's {@code pack.yaml} says about where it goes, read without compiling it.
     *
     * @param id        the pack's id
     * @param extendsId the id of the pack it layers on ({@code extends}), or null for a whole pack
     * @param planId    the id of the plan it encodes, or null
     */
    public record Identity(String id, String extendsId, String planId) {
    }

    /**
     * @param pack        a pack
     * @param classLoader the class loader that sees it
     * @return its id, the pack it {@code extends} and the plan it encodes
     * @throws RulePackException when its {@code pack.yaml} cannot be read
     */
    public static Identity identify(RulePack pack, ClassLoader classLoader) {
        PackDescriptor d = descriptor(pack, classLoader);
        return new Identity(d.id(), d.layer() == null ? null : d.layer().extendsId(),
                d.plan() == null ? null : d.plan().id());
    }

    private static PackDescriptor descriptor(RulePack pack, ClassLoader classLoader) {
        List<PackProblem> problems = new ArrayList<>();
        String file = pack.directory().isPresent() ? "pack.yaml" : pack.descriptorResource().orElseThrow();
        PackDescriptor descriptor = null;
        try (InputStream in = pack.directory().isPresent()
                ? Files.newInputStream(pack.directory().get().resolve("pack.yaml"))
                : classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new RulePackException(List.of(new PackProblem(file, 0,
                        "not on the classpath (is the rule pack artifact, e.g. antq-rules-dsl, a dependency?)")));
            }
            descriptor = PackDescriptor.read(file, in, problems);
        } catch (IOException e) {
            problems.add(new PackProblem(file, 0, "cannot read " + pack + ": " + e.getMessage()));
        }
        failOn(problems);
        return descriptor;
    }

    private static PackSource source(RulePack pack, ClassLoader classLoader) {
        PackDescriptor descriptor = descriptor(pack, classLoader);
        if (pack.directory().isPresent()) {
            Path dir = pack.directory().get();
            if (descriptor.version().contains(BUILD_PLACEHOLDER)) {
                descriptor = withVersion(descriptor, UNVERSIONED);
            }
            boolean required = descriptor.layer() == null;
            return read(pack, descriptor, file -> Files.newInputStream(dir.resolve(file)), "",
                    problems -> DirectoryCompiler.compile(dir, classLoader, problems, required));
        }
        String descriptorPath = pack.descriptorResource().orElseThrow();
        String base = descriptorPath.contains("/") ? descriptorPath.substring(0, descriptorPath.lastIndexOf('/') + 1) : "";
        PackDescriptor d = descriptor;
        return read(pack, descriptor, file -> classLoader.getResourceAsStream(base + file), base, problems -> {
            if (d.model() != null) {
                return new DirectoryCompiler.Compiled(
                        ExecutableModel.models(descriptorPath, d.model(), d.packages(), classLoader), Map.of());
            }
            return null;
        }).withKieBase(d.model() == null ? classpathKieBase(descriptorPath, d.kbase(), classLoader) : null);
    }

    private static PackSource read(RulePack pack, PackDescriptor descriptor, Opener opener, String prefix, Rules rules) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        List<Parameter> parameters = parameters(descriptor.parameterFiles(), opener, prefix, files, problems);
        Map<String, String> overrideFiles = new LinkedHashMap<>();
        List<Parameter> overrides = descriptor.layer() == null ? List.of()
                : parameters(descriptor.layer().overrideFiles(), opener, prefix, overrideFiles, problems);
        DirectoryCompiler.Compiled compiled = rules.compile(problems);
        failOn(problems);
        return new PackSource(pack.toString(), descriptor, parameters, files, overrides, overrideFiles,
                compiled == null ? null : compiled.models(), null, compiled == null ? Map.of() : compiled.ruleFiles());
    }

    private static List<Parameter> parameters(List<String> names, Opener opener, String prefix,
                                              Map<String, String> files, List<PackProblem> problems) {
        List<Parameter> parameters = new ArrayList<>();
        for (String file : names) {
            try (InputStream in = opener.open(file)) {
                if (in == null) {
                    problems.add(new PackProblem(prefix + file, 0, "parameter file not found"));
                    continue;
                }
                for (Parameter p : ParameterFileReader.read(prefix + file, in, problems)) {
                    if (files.putIfAbsent(p.id(), prefix + file) != null) {
                        problems.add(new PackProblem(prefix + file, 0, "parameter " + p.id() + " is also defined in "
                                + files.get(p.id())));
                    } else {
                        parameters.add(p);
                    }
                }
            } catch (IOException e) {
                problems.add(new PackProblem(prefix + file, 0, "cannot read: " + e.getMessage()));
            }
        }
        return parameters;
    }

    private static PackDescriptor withVersion(PackDescriptor d, String version) {
        return new PackDescriptor(d.id(), d.name(), version, d.model(), d.packages(), d.kbase(), d.parameterFiles(),
                d.plan(), d.phases(), d.windows(), d.layer());
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

    /**
     * A window parameter must exist and every dated value of it must be two ISO month-days, so that a wrong value
     * is a problem of the pack when it loads, not a failure in the middle of an evaluation.
     */
    static void checkWindow(UnitKind kind, String id, ParameterSet set, List<PackProblem> problems) {
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

    static void failOn(List<PackProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
    }
}
