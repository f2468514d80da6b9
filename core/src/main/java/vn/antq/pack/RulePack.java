package vn.antq.pack;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to find a rule pack: DRL rules plus parameter files, described by a {@code pack.yaml}.
 * A pack on the classpath is precompiled (executable model) by its build; a pack in a directory is
 * compiled when the evaluator is built. This is only a locator: loading happens in
 * {@code Evaluator.builder().rulePack(...).build()}.
 *
 * @since 0.1
 */
public final class RulePack {
    /** Classpath location of the bundled national pack's descriptor. */
    public static final String NATIONAL_DESCRIPTOR = "vn/antq/rules/national/pack.yaml";

    private final String descriptorResource;
    private final Path directory;

    private RulePack(String descriptorResource, Path directory) {
        this.descriptorResource = descriptorResource;
        this.directory = directory;
    }

    /**
     * @return the bundled national pack (TT 124/2021/TT-BCA, QĐ 510/QĐ-BCA-V05); needs the
     *     {@code antq-rules-dsl} artifact on the classpath
     */
    public static RulePack national() {
        return classpath(NATIONAL_DESCRIPTOR);
    }

    /**
     * @param descriptor classpath path of a precompiled pack's {@code pack.yaml}
     * @return a locator for it
     */
    public static RulePack classpath(String descriptor) {
        return new RulePack(Objects.requireNonNull(descriptor, "descriptor"), null);
    }

    /**
     * @param directory a directory holding {@code pack.yaml}, its DRL files and parameter files
     * @return a locator for it; its rules are compiled when loaded
     */
    public static RulePack directory(Path directory) {
        return new RulePack(null, Objects.requireNonNull(directory, "directory"));
    }

    /** @return the classpath descriptor, when the pack is on the classpath */
    public Optional<String> descriptorResource() {
        return Optional.ofNullable(descriptorResource);
    }

    /** @return the directory, when the pack is in a directory */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    @Override
    public String toString() {
        return descriptorResource != null ? "classpath:" + descriptorResource : directory.toString();
    }
}
