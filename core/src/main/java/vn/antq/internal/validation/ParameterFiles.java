package vn.antq.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a parameter file (the format of {@code ParameterFileReader}: a list {@code parameters} of {@code id},
 * {@code label} and dated {@code values} of {@code from}, {@code value}, {@code source}, {@code provisional}) with the
 * position of every part, reporting what is missing or misspelt and dated values that overlap or are out of order.
 */
final class ParameterFiles {
    private static final List<String> PARAMETER_KEYS = List.of("id", "label", "values");
    private static final List<String> VALUE_KEYS = List.of("from", "value", "source", "provisional");

    private final Diagnostics diagnostics;

    ParameterFiles(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<DefinedParameter> read(SourceText source) {
        List<DefinedParameter> result = new ArrayList<>();
        YamlTree.Node root = YamlTree.read(source, diagnostics);
        if (root == null) {
            return result;
        }
        YamlTree.Node list = root.isMap() ? root.get("parameters") : null;
        if (list == null || !list.isList()) {
            diagnostics.error("PARAM-FORMAT", new Pos(source.file(), 1, 1), "parameters",
                    "Tệp tham số phải có danh sách \"parameters:\", mỗi mục \"- id: …\".",
                    "A parameter file needs a list \"parameters:\", each entry \"- id: …\".");
            return result;
        }
        for (YamlTree.Node item : list.items()) {
            DefinedParameter p = parameter(item);
            if (p != null) {
                result.add(p);
            }
        }
        return result;
    }

    private DefinedParameter parameter(YamlTree.Node item) {
        if (!item.isMap()) {
            diagnostics.error("PARAM-FORMAT", item.at(), item.shown(), "Mỗi tham số cần id, label và values.",
                    "Each parameter needs id, label and values.");
            return null;
        }
        unknownKeys(item, PARAMETER_KEYS);
        YamlTree.Node idNode = item.get("id");
        String id = idNode == null ? null : idNode.text();
        if (id == null) {
            diagnostics.error("PARAM-FORMAT", item.at(), "", "Tham số thiếu \"id\" (mã của tham số).",
                    "The parameter lacks \"id\".");
            return null;
        }
        YamlTree.Node label = item.get("label");
        if (label == null || label.text() == null || label.text().isBlank()) {
            missing(label == null ? idNode.at() : label.at(), id, "label", "ý nghĩa của tham số, tiếng Việt",
                    "its meaning, in Vietnamese");
        }
        YamlTree.Node values = item.get("values");
        List<DefinedParameter.Value> parsed = new ArrayList<>();
        if (values == null || !values.isList() || values.items().isEmpty()) {
            missing(values == null ? idNode.at() : values.at(), id, "values", "danh sách giá trị theo ngày",
                    "a list of dated values");
        } else {
            for (YamlTree.Node v : values.items()) {
                DefinedParameter.Value value = value(id, v);
                if (value != null) {
                    parsed.add(value);
                }
            }
        }
        dates(id, parsed);
        kinds(id, parsed);
        return new DefinedParameter(id, idNode.at(), parsed);
    }

    private DefinedParameter.Value value(String id, YamlTree.Node v) {
        if (!v.isMap()) {
            diagnostics.error("PARAM-FORMAT", v.at(), v.shown(), "Tham số " + id + ": mỗi giá trị cần from, value, "
                    + "source, provisional.", "Parameter " + id + ": each value needs from, value, source, provisional.");
            return null;
        }
        unknownKeys(v, VALUE_KEYS);
        YamlTree.Node fromNode = v.get("from");
        LocalDate from = null;
        if (fromNode == null) {
            missing(v.at(), id, "from", "ngày bắt đầu hiệu lực, dạng YYYY-MM-DD", "the first day it holds, YYYY-MM-DD");
        } else {
            try {
                from = LocalDate.parse(fromNode.shown());
            } catch (DateTimeParseException e) {
                diagnostics.error("PARAM-FORMAT", fromNode.at(), fromNode.shown(),
                        "Tham số " + id + ": \"from\" phải là một ngày dạng YYYY-MM-DD (ví dụ 2022-02-10).",
                        "Parameter " + id + ": \"from\" must be a date YYYY-MM-DD (e.g. 2022-02-10).");
            }
        }
        YamlTree.Node valueNode = v.get("value");
        Object value = valueNode == null ? null : typed(valueNode);
        ValueKind kind = ValueKind.of(value);
        if (kind == null) {
            diagnostics.error("PARAM-FORMAT", valueNode == null ? v.at() : valueNode.at(),
                    valueNode == null ? "value" : valueNode.shown(),
                    "Tham số " + id + ": \"value\" phải là một số, true/false, một mã hoặc danh sách mã.",
                    "Parameter " + id + ": \"value\" must be a number, true/false, a code or a list of codes.");
        }
        YamlTree.Node source = v.get("source");
        if (source == null || source.text() == null || source.text().isBlank()) {
            missing(source == null ? v.at() : source.at(), id, "source", "căn cứ pháp lý của giá trị",
                    "the legal reference of the value");
        }
        YamlTree.Node provisional = v.get("provisional");
        if (provisional == null || !(provisional.scalar() instanceof Boolean)) {
            diagnostics.error("PARAM-FORMAT", provisional == null ? v.at() : provisional.at(),
                    provisional == null ? "provisional" : provisional.shown(),
                    "Tham số " + id + ": \"provisional\" phải là true (chưa xác nhận) hoặc false.",
                    "Parameter " + id + ": \"provisional\" must be true (not confirmed) or false.");
        }
        return from == null || kind == null ? null
                : new DefinedParameter.Value(from, fromNode.at(), value, kind, valueNode.at());
    }

    private static Object typed(YamlTree.Node node) {
        if (node.isScalar()) {
            return node.scalar();
        }
        if (node.isList()) {
            List<String> codes = new ArrayList<>();
            for (YamlTree.Node item : node.items()) {
                if (!(item.scalar() instanceof String s)) {
                    return null;
                }
                codes.add(s);
            }
            return codes;
        }
        return null;
    }

    /** Two values from the same day, or a value written before an earlier one. */
    private void dates(String id, List<DefinedParameter.Value> values) {
        for (int i = 1; i < values.size(); i++) {
            DefinedParameter.Value previous = values.get(i - 1);
            DefinedParameter.Value value = values.get(i);
            if (value.from().equals(previous.from())) {
                diagnostics.error("PARAM-DATE-OVERLAP", value.fromAt(), value.from().toString(),
                        "Tham số " + id + " có hai giá trị cùng hiệu lực từ " + value.from() + " (dòng "
                                + previous.fromAt().line() + " và dòng " + value.fromAt().line() + "); mỗi ngày chỉ "
                                + "một giá trị: xóa một giá trị, hoặc sửa ngày của giá trị mới.",
                        "Parameter " + id + " has two values from " + value.from() + " (lines "
                                + previous.fromAt().line() + " and " + value.fromAt().line() + "); keep one value per "
                                + "day: remove one or fix the new value's date.");
            } else if (value.from().isBefore(previous.from())) {
                diagnostics.error("PARAM-DATE-ORDER", value.fromAt(), value.from().toString(),
                        "Tham số " + id + ": giá trị từ " + value.from() + " đứng sau giá trị từ " + previous.from()
                                + "; viết các giá trị theo thứ tự ngày tăng dần để biết giá trị nào thay giá trị nào.",
                        "Parameter " + id + ": the value from " + value.from() + " comes after the value from "
                                + previous.from() + "; write values in increasing date order.");
            }
        }
    }

    /** Every value of one parameter has the same kind. */
    private void kinds(String id, List<DefinedParameter.Value> values) {
        for (DefinedParameter.Value v : values) {
            if (v.kind() != values.get(0).kind() && !(isCodes(v.kind()) && isCodes(values.get(0).kind()))) {
                diagnostics.error("PARAM-TYPE", v.valueAt(), String.valueOf(v.value()),
                        "Tham số " + id + ": giá trị từ " + v.from() + " là " + v.kind().vi + " nhưng giá trị đầu là "
                                + values.get(0).kind().vi + "; mọi giá trị của một tham số phải cùng kiểu.",
                        "Parameter " + id + ": the value from " + v.from() + " is " + v.kind().en + " but the first is "
                                + values.get(0).kind().en + "; all values of a parameter have the same kind.");
            }
        }
    }

    private static boolean isCodes(ValueKind kind) {
        return kind == ValueKind.CODE || kind == ValueKind.CODES;
    }

    private void missing(Pos at, String id, String key, String whatVi, String whatEn) {
        diagnostics.error("PARAM-FORMAT", at, key, "Tham số " + id + " thiếu \"" + key + "\" (" + whatVi + ").",
                "Parameter " + id + " lacks \"" + key + "\" (" + whatEn + ").");
    }

    private void unknownKeys(YamlTree.Node node, List<String> valid) {
        for (YamlTree.Entry e : node.entries().values()) {
            if (!valid.contains(e.key())) {
                var nearest = Nearest.to(e.key(), valid);
                diagnostics.error("PARAM-FORMAT", e.at(), e.key(), "Không có trường \"" + e.key() + "\"."
                        + Nearest.hintVi(nearest) + " Trường hợp lệ: " + String.join(", ", valid) + ".",
                        "There is no key \"" + e.key() + "\"." + Nearest.hintEn(nearest) + " Valid keys: "
                                + String.join(", ", valid) + ".");
            }
        }
    }

    /** @return a number value as written, for messages */
    static String shown(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
