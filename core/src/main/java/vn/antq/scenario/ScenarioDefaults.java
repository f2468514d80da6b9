package vn.antq.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.antq.pack.RulePack;
import vn.antq.unit.UnitKind;

/**
 * The values a case does not give: by unit kind, indicators and events that meet every criterion; for security
 * teams, their members and leaders, the fields that make them eligible and rated. They are law-adjacent, so they
 * live in the pack: the file its {@code pack.yaml} names under {@value #KEY}. A layer's file adds to (and, key by
 * key, replaces) the one of the pack below it; a pack that replaces the national one starts from nothing.
 */
final class ScenarioDefaults {
    /** The pack.yaml key naming a pack's scenario defaults, relative to the pack.yaml. */
    static final String KEY = "scenarioDefaults";
    /** The sections of a defaults file: by unit kind, and for each kind of record a case may hold. */
    private static final Set<String> SECTIONS = Set.of("units", "securityTeams", "members", "leaders");

    private final ObjectNode merged;

    private ScenarioDefaults(ObjectNode merged) {
        this.merged = merged;
    }

    /**
     * @param packs       the case's packs, in order, as directories holding a pack.yaml
     * @param classLoader the class loader that sees the national pack
     * @return the defaults of the national pack, then of each pack on top of it
     * @throws ScenarioFormatException when a defaults file is malformed
     */
    static ScenarioDefaults of(List<Path> packs, ClassLoader classLoader) {
        ObjectNode merged = YamlTree.empty();
        boolean national = packs.isEmpty() || extendsAnother(packs.get(0));
        if (national) {
            merge(merged, nationalDefaults(classLoader));
        }
        for (Path pack : packs) {
            merge(merged, directoryDefaults(pack));
        }
        return new ScenarioDefaults(merged);
    }

    /** @param kind a unit kind @return its default unit fields ({@code indicators}, {@code events}), maybe empty */
    JsonNode unit(UnitKind kind) {
        return merged.path("units").path(kind.name());
    }

    /** @param section {@code securityTeams}, {@code members} or {@code leaders} @return its default fields */
    JsonNode record(String section) {
        return merged.path(section);
    }

    static boolean extendsAnother(Path pack) {
        return descriptor(pack).root().hasNonNull("extends");
    }

    private static YamlTree descriptor(Path pack) {
        Path file = pack.resolve("pack.yaml");
        try (InputStream in = Files.newInputStream(file)) {
            return YamlTree.read(file.toString(), in);
        } catch (IOException e) {
            throw new ScenarioFormatException(List.of(new ScenarioProblem(file.toString(), 0, 0,
                    "không đọc được tệp / cannot read the file: " + e.getMessage())));
        }
    }

    private static JsonNode nationalDefaults(ClassLoader classLoader) {
        String descriptor = RulePack.NATIONAL_DESCRIPTOR;
        JsonNode name;
        try (InputStream in = classLoader.getResourceAsStream(descriptor)) {
            if (in == null) {
                return YamlTree.empty();
            }
            name = YamlTree.read("classpath:" + descriptor, in).root().get(KEY);
        } catch (IOException e) {
            throw new ScenarioFormatException(List.of(new ScenarioProblem("classpath:" + descriptor, 0, 0,
                    "không đọc được tệp / cannot read the file: " + e.getMessage())));
        }
        if (name == null || !name.isTextual()) {
            return YamlTree.empty();
        }
        String resource = descriptor.substring(0, descriptor.lastIndexOf('/') + 1) + name.textValue();
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioFormatException(List.of(new ScenarioProblem("classpath:" + descriptor, 0, 0,
                        KEY + ": không có tệp / no such file " + resource)));
            }
            return checked(YamlTree.read("classpath:" + resource, in));
        } catch (IOException e) {
            throw new ScenarioFormatException(List.of(new ScenarioProblem("classpath:" + resource, 0, 0,
                    "không đọc được tệp / cannot read the file: " + e.getMessage())));
        }
    }

    private static JsonNode directoryDefaults(Path pack) {
        YamlTree descriptor = descriptor(pack);
        JsonNode name = descriptor.root().get(KEY);
        if (name == null || name.isNull()) {
            return YamlTree.empty();
        }
        if (!name.isTextual()) {
            throw new ScenarioFormatException(List.of(descriptor.problem("/" + KEY,
                    KEY + " phải là tên tệp / must be a file name")));
        }
        Path file = pack.resolve(name.textValue());
        try (InputStream in = Files.newInputStream(file)) {
            return checked(YamlTree.read(file.toString(), in));
        } catch (IOException e) {
            throw new ScenarioFormatException(List.of(descriptor.problem("/" + KEY,
                    KEY + ": không đọc được tệp / cannot read the file " + file)));
        }
    }

    private static JsonNode checked(YamlTree tree) {
        List<ScenarioProblem> problems = new ArrayList<>();
        JsonNode root = tree.root();
        if (!root.isObject()) {
            problems.add(tree.problem("", "cần một bảng / expected a mapping of " + SECTIONS));
        } else {
            root.fields().forEachRemaining(e -> {
                if (!SECTIONS.contains(e.getKey())) {
                    problems.add(tree.problem("/" + e.getKey(), "khóa không có / unknown key \"" + e.getKey()
                            + "\"; cần một trong / expected one of " + SECTIONS));
                } else if (!e.getValue().isObject()) {
                    problems.add(tree.problem("/" + e.getKey(), "cần một bảng / expected a mapping"));
                }
            });
            root.path("units").fieldNames().forEachRemaining(kind -> {
                try {
                    UnitKind.valueOf(kind);
                } catch (IllegalArgumentException ex) {
                    problems.add(tree.problem("/units/" + kind, "loại đơn vị không có / unknown unit kind \"" + kind
                            + "\""));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFormatException(problems);
        }
        return root;
    }

    /** Copies every field of {@code top} into {@code base}, mappings merged key by key. */
    private static void merge(ObjectNode base, JsonNode top) {
        top.fields().forEachRemaining(e -> {
            JsonNode mine = base.get(e.getKey());
            if (mine instanceof ObjectNode object && e.getValue().isObject()) {
                merge(object, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }
}
