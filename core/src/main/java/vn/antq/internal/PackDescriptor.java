package vn.antq.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.antq.pack.PackProblem;
import vn.antq.plan.PlanInfo;
import vn.antq.unit.UnitKind;

/**
 * A pack's {@code pack.yaml}: id, name, version; for a precompiled pack, its executable model
 * ({@code model: groupId/artifactId} of the jar that holds it, and the rule {@code packages} of that jar
 * the pack takes) or else a KIE base name ({@code kbase}, found by scanning the classpath); the parameter
 * files, relative to the descriptor; for a plan pack, the {@code plan} it encodes; and for a pack that assesses
 * units, the {@code windows}: by unit kind, the parameter that gives the first and last day of the period the
 * kind is assessed over. A pack that names the pack it {@code extends} is a layer: its {@link LayerDescriptor}
 * keys, and no phases, windows, model or plan of its own.
 */
record PackDescriptor(String id, String name, String version, String model, List<String> packages, String kbase,
                      List<String> parameterFiles, PlanInfo plan, List<String> phases, Map<UnitKind, String> windows,
                      LayerDescriptor layer) {

    static PackDescriptor read(String file, InputStream in, List<PackProblem> problems) throws IOException {
        byte[] bytes = in.readAllBytes();
        YamlFile.Document doc = YamlFile.read(file, new ByteArrayInputStream(bytes), "parameters", problems);
        if (doc == null) {
            return null;
        }
        int before = problems.size();
        String id = required(file, doc, "id", problems);
        String name = required(file, doc, "name", problems);
        String version = required(file, doc, "version", problems);
        String model = doc.root().path("model").isTextual() ? doc.root().get("model").textValue() : null;
        String kbase = doc.root().path("kbase").isTextual() ? doc.root().get("kbase").textValue() : null;
        List<String> packages = new ArrayList<>();
        doc.root().path("packages").forEach(p -> packages.add(p.asText()));
        List<String> phases = new ArrayList<>();
        doc.root().path("phases").forEach(p -> phases.add(p.asText()));
        if (phases.stream().distinct().count() != phases.size()) {
            problems.add(new PackProblem(file, 0, "'phases' names a phase twice: " + phases));
        }
        Map<UnitKind, String> windows = windows(file, doc.root().get("windows"), problems);
        PlanInfo plan = plan(file, doc.root().get("plan"), problems);
        List<String> files = new ArrayList<>();
        for (YamlFile.Entry e : doc.entries()) {
            if (e.node().isTextual()) {
                files.add(e.node().textValue());
            } else {
                problems.add(new PackProblem(file, e.line(), "'parameters' entries must be file names"));
            }
        }
        LayerDescriptor layer = doc.root().path("extends").isValueNode()
                ? LayerDescriptor.read(file, doc.root(), new String(bytes, StandardCharsets.UTF_8), problems) : null;
        return problems.size() == before ? new PackDescriptor(id, name, version, model, List.copyOf(packages), kbase, files, plan,
                List.copyOf(phases), windows, layer) : null;
    }

    private static Map<UnitKind, String> windows(String file, JsonNode node, List<PackProblem> problems) {
        Map<UnitKind, String> windows = new EnumMap<>(UnitKind.class);
        if (node == null || node.isNull()) {
            return Map.copyOf(windows);
        }
        if (!node.isObject()) {
            problems.add(new PackProblem(file, 0, "'windows' must map unit kinds to parameter ids"));
            return Map.copyOf(windows);
        }
        node.fields().forEachRemaining(e -> {
            UnitKind kind;
            try {
                kind = UnitKind.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                problems.add(new PackProblem(file, 0, "'windows': no unit kind " + e.getKey()));
                return;
            }
            if (!e.getValue().isTextual()) {
                problems.add(new PackProblem(file, 0, "'windows': " + e.getKey() + " must name a parameter"));
                return;
            }
            windows.put(kind, e.getValue().textValue());
        });
        return Map.copyOf(windows);
    }

    private static PlanInfo plan(String file, JsonNode node, List<PackProblem> problems) {
        if (node == null) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (String field : List.of("id", "title", "issuer", "legalBasis", "year", "scope", "groupBy")) {
            if (!node.path(field).isValueNode()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty() || !node.path("year").canConvertToInt()) {
            problems.add(new PackProblem(file, 0, "plan: missing or invalid " + (missing.isEmpty() ? "year" : missing)));
            return null;
        }
        return new PlanInfo(node.get("id").asText(), node.get("title").asText(), node.get("issuer").asText(),
                node.get("legalBasis").asText(), node.get("year").asInt(), node.get("scope").asText(),
                node.get("groupBy").asText());
    }

    private static String required(String file, YamlFile.Document doc, String field, List<PackProblem> problems) {
        if (doc.root().path(field).isValueNode()) {
            return doc.root().get(field).asText();
        }
        problems.add(new PackProblem(file, 1, "missing '" + field + "'"));
        return null;
    }
}
