package vn.antq.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.antq.pack.PackProblem;

/**
 * A pack's {@code pack.yaml}: id, name, version; for a precompiled pack, its executable model
 * ({@code model: groupId/artifactId} of the jar that holds it) or else a KIE base name ({@code kbase},
 * found by scanning the classpath); and the parameter files, relative to the descriptor.
 */
record PackDescriptor(String id, String name, String version, String model, String kbase, List<String> parameterFiles) {

    static PackDescriptor read(String file, InputStream in, List<PackProblem> problems) {
        YamlFile.Document doc = YamlFile.read(file, in, "parameters", problems);
        if (doc == null) {
            return null;
        }
        int before = problems.size();
        String id = required(file, doc, "id", problems);
        String name = required(file, doc, "name", problems);
        String version = required(file, doc, "version", problems);
        String model = doc.root().path("model").isTextual() ? doc.root().get("model").textValue() : null;
        String kbase = doc.root().path("kbase").isTextual() ? doc.root().get("kbase").textValue() : null;
        List<String> files = new ArrayList<>();
        for (YamlFile.Entry e : doc.entries()) {
            if (e.node().isTextual()) {
                files.add(e.node().textValue());
            } else {
                problems.add(new PackProblem(file, e.line(), "'parameters' entries must be file names"));
            }
        }
        return problems.size() == before ? new PackDescriptor(id, name, version, model, kbase, files) : null;
    }

    private static String required(String file, YamlFile.Document doc, String field, List<PackProblem> problems) {
        if (doc.root().path(field).isValueNode()) {
            return doc.root().get(field).asText();
        }
        problems.add(new PackProblem(file, 1, "missing '" + field + "'"));
        return null;
    }
}
