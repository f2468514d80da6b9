package vn.antq.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.antq.pack.PackProblem;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;

/**
 * Reads one parameter file: a YAML mapping with a list {@code parameters} of entries {@code id},
 * {@code label} and dated {@code values} ({@code from}, {@code value}, {@code source},
 * {@code provisional}). Every problem is reported with its line; nothing is defaulted.
 */
final class ParameterFileReader {

    private ParameterFileReader() {
    }

    static List<Parameter> read(String file, InputStream in, List<PackProblem> problems) {
        YamlFile.Document doc = YamlFile.read(file, in, "parameters", problems);
        List<Parameter> result = new ArrayList<>();
        if (doc == null) {
            return result;
        }
        if (!doc.root().path("parameters").isArray()) {
            problems.add(new PackProblem(file, 1, "expected a list 'parameters'"));
            return result;
        }
        for (YamlFile.Entry entry : doc.entries()) {
            Parameter p = parameter(file, entry, problems);
            if (p != null) {
                result.add(p);
            }
        }
        return result;
    }

    private static Parameter parameter(String file, YamlFile.Entry entry, List<PackProblem> problems) {
        JsonNode node = entry.node();
        int before = problems.size();
        String id = text(node, "id");
        String label = text(node, "label");
        String where = id == null ? "parameter" : "parameter " + id;
        if (id == null) {
            problems.add(new PackProblem(file, entry.line(), "parameter without 'id'"));
        }
        if (label == null) {
            problems.add(new PackProblem(file, entry.line(), where + ": missing 'label'"));
        }
        JsonNode values = node.path("values");
        if (!values.isArray() || values.isEmpty()) {
            problems.add(new PackProblem(file, entry.line(), where + ": expected a non-empty list 'values'"));
        }
        List<ParameterValue> parsed = new ArrayList<>();
        for (JsonNode v : values) {
            ParameterValue pv = value(file, entry.line(), where, v, problems);
            if (pv != null) {
                parsed.add(pv);
            }
        }
        return problems.size() == before ? new Parameter(id, label, parsed) : null;
    }

    private static ParameterValue value(String file, int line, String where, JsonNode v, List<PackProblem> problems) {
        int before = problems.size();
        LocalDate from = null;
        String fromText = text(v, "from");
        try {
            from = fromText == null ? null : LocalDate.parse(fromText);
        } catch (DateTimeParseException e) {
            from = null;
        }
        if (from == null) {
            problems.add(new PackProblem(file, line, where + ": 'from' must be a date YYYY-MM-DD, found " + fromText));
        }
        Object value = typedValue(v.get("value"));
        if (value == null) {
            problems.add(new PackProblem(file, line, where + ": 'value' must be a number, true/false, a code or a list of codes"));
        }
        String source = text(v, "source");
        if (source == null) {
            problems.add(new PackProblem(file, line, where + ": missing 'source' (the legal reference)"));
        }
        JsonNode provisional = v.get("provisional");
        if (provisional == null || !provisional.isBoolean()) {
            problems.add(new PackProblem(file, line, where + ": 'provisional' must be true or false"));
        }
        return problems.size() == before ? new ParameterValue(from, value, source, provisional.booleanValue()) : null;
    }

    private static Object typedValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.asText());
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<String> codes = new ArrayList<>();
            for (JsonNode c : node) {
                if (!c.isTextual()) {
                    return null;
                }
                codes.add(c.textValue());
            }
            return List.copyOf(codes);
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
