package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object (the dataset, a unit or an event), recording a problem for each
 * field that is missing or has the wrong shape. A field given as JSON {@code null} counts as absent.
 */
final class FieldReader {
    private final JsonNode object;
    private final String location;
    private final String prefix;
    private final Findings findings;

    /**
     * @param object   the JSON object
     * @param location where its problems are reported
     * @param prefix   put before each field name in problems, e.g. {@code events[2].}
     * @param findings where problems go
     */
    FieldReader(JsonNode object, String location, String prefix, Findings findings) {
        this.object = object;
        this.location = location;
        this.prefix = prefix;
        this.findings = findings;
    }

    /** @return where this object's problems are reported */
    String location() {
        return location;
    }

    /**
     * @param name a field name
     * @return the field's value, or null when it is absent or JSON null
     */
    JsonNode value(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /**
     * @param name a field name
     * @return how the field's value is shown in a problem ({@code nothing} when absent)
     */
    String describe(String name) {
        return JsonValues.describe(object.get(name));
    }

    /**
     * @param name     a field name
     * @param required whether a missing value is a problem
     * @param expected what a valid value looks like
     * @return the text, or null when absent or not text (a problem is then recorded as needed)
     */
    String text(String name, boolean required, String expected) {
        JsonNode node = value(name);
        if (node == null) {
            if (required) {
                problem(name, expected, describe(name));
            }
            return null;
        }
        if (!node.isTextual()) {
            problem(name, expected, JsonValues.describe(node));
            return null;
        }
        String text = node.textValue();
        int forbidden = ForbiddenCharacters.firstIn(text);
        if (forbidden >= 0) {
            problem(name, JsonValues.PLAIN_TEXT_EXPECTED, JsonValues.forbidden(text, forbidden));
            return null;
        }
        return text;
    }

    /**
     * @param name     a field name
     * @param required whether a missing value is a problem
     * @param type     the enum whose constant names are the allowed codes
     * @param <E>      the enum
     * @return the constant, or null when absent, not text or not one of the codes
     */
    <E extends Enum<E>> E oneOf(String name, boolean required, Class<E> type) {
        String expected = "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
        String code = text(name, required, expected);
        if (code == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        problem(name, expected, JsonValues.quote(code));
        return null;
    }

    /**
     * @param name     a field name
     * @param required whether a missing value is a problem
     * @return the date, or null when absent or not a date {@code YYYY-MM-DD}
     */
    LocalDate date(String name, boolean required) {
        String text = text(name, required, JsonValues.DATE_EXPECTED);
        if (text == null) {
            return null;
        }
        LocalDate date = JsonValues.date(text);
        if (date == null) {
            problem(name, JsonValues.DATE_EXPECTED, JsonValues.quote(text));
        }
        return date;
    }

    /**
     * @param name a field name
     * @return the boolean, or null when absent or not a boolean
     */
    Boolean flag(String name) {
        JsonNode node = value(name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(name, "true or false", JsonValues.describe(node));
            return null;
        }
        return node.booleanValue();
    }

    /**
     * @param name a field name
     * @return the whole number from 0 to {@link Integer#MAX_VALUE}, or null when absent or not one (a problem is
     *         then recorded)
     */
    Integer count(String name) {
        JsonNode node = value(name);
        if (node == null) {
            return null;
        }
        Long value = JsonValues.wholeNumber(node, 0, Integer.MAX_VALUE);
        if (value == null) {
            problem(name, "a whole number ≥ 0", JsonValues.describe(node));
            return null;
        }
        return value.intValue();
    }

    /**
     * @param name a field name
     * @param type the enum whose constant names are the allowed codes
     * @param <E>  the enum
     * @return the codes of the array in order, without the elements that are not codes (a problem is recorded for
     *         each); empty when absent, or not an array (a problem is then recorded)
     */
    <E extends Enum<E>> List<E> codes(String name, Class<E> type) {
        JsonNode node = value(name);
        if (node == null) {
            return List.of();
        }
        String expected = "an array of codes, each one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
        if (!node.isArray()) {
            problem(name, expected, JsonValues.describe(node));
            return List.of();
        }
        List<E> codes = new ArrayList<>(node.size());
        for (int k = 0; k < node.size(); k++) {
            E code = null;
            for (E constant : type.getEnumConstants()) {
                if (node.get(k).isTextual() && constant.name().equals(node.get(k).textValue())) {
                    code = constant;
                }
            }
            if (code == null) {
                problem(name + "[" + k + "]", expected, JsonValues.describe(node.get(k)));
            } else {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /**
     * @param name a field name
     * @return the objects of the array, each with its field name (e.g. {@code posts[1]}); empty when absent, or
     *         not an array (a problem is then recorded) — an element that is not an object gets a problem
     */
    List<Map.Entry<String, JsonNode>> objects(String name) {
        JsonNode node = value(name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(name, "an array of objects", JsonValues.describe(node));
            return List.of();
        }
        List<Map.Entry<String, JsonNode>> objects = new ArrayList<>(node.size());
        for (int k = 0; k < node.size(); k++) {
            if (node.get(k).isObject()) {
                objects.add(Map.entry(name + "[" + k + "]", node.get(k)));
            } else {
                problem(name + "[" + k + "]", "an object", JsonValues.describe(node.get(k)));
            }
        }
        return objects;
    }

    /**
     * @param element an element of {@link #objects}
     * @return a reader of its fields, reporting at the same location with the element's name as prefix
     */
    FieldReader nested(Map.Entry<String, JsonNode> element) {
        return new FieldReader(element.getValue(), location, prefix + element.getKey() + ".", findings);
    }

    /**
     * Drops a field from the JSON object once it has been read, so that a large dataset's tree is freed section by
     * section while the rest is read.
     *
     * @param name a field name
     */
    void release(String name) {
        if (object instanceof ObjectNode o) {
            o.remove(name);
        }
    }

    /**
     * Records a problem for a field of this object.
     *
     * @param name     the field name, without prefix
     * @param expected what a valid value looks like
     * @param found    what the dataset holds
     */
    void problem(String name, String expected, String found) {
        findings.problem(location, prefix + name, expected, found);
    }

    /**
     * Records a warning for each field that is not one of {@code known}.
     *
     * @param known   the fields the format defines here
     * @param context what the object is, for the warning text, e.g. {@code antq-dataset/1 unit}
     */
    void warnUnknownFields(Set<String> known, String context) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            if (!known.contains(name)) {
                findings.warning(location + ": " + prefix + name + ": trường không thuộc " + context
                        + ", bỏ qua / field not part of " + context + ", ignored");
            }
        }
    }
}
