package vn.antq.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.indicator.IndicatorType;
import vn.antq.indicator.KnownIndicator;
import vn.antq.pack.PackProblem;
import vn.antq.unit.UnitKind;

/**
 * The keys of a {@code pack.yaml} that layers on another pack: {@code extends}, {@code legalBasis}, the
 * {@code overrides} files, the pack's own {@code indicators} and the base rules it {@code disables}.
 *
 * @param extendsId     the id of the pack it layers on
 * @param legalBasis    the text that lets it add to or change that pack
 * @param overrideFiles files of parameters that replace base parameters from their first date
 * @param indicators    the indicators it declares
 * @param disables      the base rules it switches off, with the reason
 */
record LayerDescriptor(String extendsId, String legalBasis, List<String> overrideFiles,
                       List<DeclaredIndicator> indicators, List<Disable> disables) {
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The keys of a whole pack that a layer takes from the pack below instead. */
    private static final List<String> BASE_ONLY = List.of("phases", "windows", "model", "packages", "kbase", "plan");

    /**
     * One rule switched off.
     *
     * @param rule   the rule id
     * @param reason why
     * @param line   the line of {@code pack.yaml} that names it
     */
    record Disable(String rule, String reason, int line) {
    }

    static LayerDescriptor read(String file, JsonNode root, String text, List<PackProblem> problems) {
        String id = root.path("id").asText("");
        if (!id.isEmpty() && !PACK_ID.matcher(id).matches()) {
            problems.add(new PackProblem(file, lineOf(text, "id:"), "'id: " + id + "' chỉ gồm chữ thường không dấu, chữ số "
                    + "và dấu gạch ngang, ví dụ th-camera / 'id' must be lower-case ASCII letters, digits and dashes"));
        }
        for (String key : BASE_ONLY) {
            if (root.has(key)) {
                problems.add(new PackProblem(file, lineOf(text, key + ":"), "'" + key + "': một gói lớp (có 'extends') "
                        + "dùng của gói bên dưới, không tự khai báo / a layer (with 'extends') takes '" + key
                        + "' from the pack below; remove it"));
            }
        }
        String legalBasis = root.path("legalBasis").isValueNode() ? root.get("legalBasis").asText() : null;
        if (legalBasis == null || legalBasis.isBlank()) {
            problems.add(new PackProblem(file, lineOf(text, "extends:"), "thiếu 'legalBasis': văn bản cho phép tỉnh "
                    + "bổ sung, thay đổi (ví dụ TT 124/2021/TT-BCA, Điều 8 khoản 1) / missing 'legalBasis'"));
        }
        List<String> overrides = new ArrayList<>();
        root.path("overrides").forEach(n -> overrides.add(n.asText()));
        return new LayerDescriptor(root.get("extends").asText(), legalBasis, List.copyOf(overrides),
                indicators(file, root.path("indicators"), text, problems), disables(file, root.path("disables"), text,
                problems));
    }

    private static List<DeclaredIndicator> indicators(String file, JsonNode list, String text,
                                                      List<PackProblem> problems) {
        List<DeclaredIndicator> result = new ArrayList<>();
        for (JsonNode n : list) {
            String id = n.path("id").asText("");
            int line = lineOf(text, "id: " + id);
            String where = "indicators: " + (id.isEmpty() ? "(không có id / no id)" : id) + ": ";
            int before = problems.size();
            if (!CAMEL_CASE.matcher(id).matches()) {
                problems.add(new PackProblem(file, line, where + "'id' phải là camelCase ASCII, ví dụ alleysWithCamera "
                        + "/ 'id' must be camelCase ASCII"));
            } else if (KnownIndicator.byName(id).isPresent()) {
                problems.add(new PackProblem(file, line, where + "trùng chỉ tiêu quốc gia \"" + KnownIndicator.labelOf(id)
                        + "\"; đặt tên khác / clashes with a national indicator; choose another id"));
            } else if (result.stream().anyMatch(d -> d.name().equals(id))) {
                problems.add(new PackProblem(file, line, where + "khai báo hai lần / declared twice"));
            }
            IndicatorType type = enumValue(IndicatorType.class, n.path("type").asText(""));
            if (type == null) {
                problems.add(new PackProblem(file, line, where + "'type' phải là một trong / must be one of "
                        + List.of(IndicatorType.values()) + ": " + n.path("type").asText("(trống / empty)")));
            }
            Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
            for (JsonNode k : n.path("unitKinds")) {
                UnitKind kind = enumValue(UnitKind.class, k.asText());
                if (kind == null) {
                    problems.add(new PackProblem(file, line, where + "'unitKinds': không có loại đơn vị / no unit kind "
                            + k.asText() + " (có / known: " + List.of(UnitKind.values()) + ")"));
                } else {
                    kinds.add(kind);
                }
            }
            if (kinds.isEmpty() && problems.size() == before) {
                problems.add(new PackProblem(file, line, where + "thiếu 'unitKinds' / missing 'unitKinds'"));
            }
            String label = n.path("label").asText("");
            if (label.isBlank()) {
                problems.add(new PackProblem(file, line, where + "thiếu 'label' tiếng Việt / missing Vietnamese 'label'"));
            }
            List<String> codes = new ArrayList<>();
            n.path("codes").forEach(c -> codes.add(c.asText()));
            if (type == IndicatorType.CODE && codes.isEmpty() || type != IndicatorType.CODE && !codes.isEmpty()) {
                problems.add(new PackProblem(file, line, where + "'codes' chỉ dùng, và bắt buộc, cho chỉ tiêu loại CODE "
                        + "/ 'codes' is required for, and only for, a CODE indicator"));
            }
            if (problems.size() == before) {
                result.add(new DeclaredIndicator(id, type, kinds, label, codes));
            }
        }
        return List.copyOf(result);
    }

    private static List<Disable> disables(String file, JsonNode list, String text, List<PackProblem> problems) {
        List<Disable> result = new ArrayList<>();
        for (JsonNode n : list) {
            String rule = n.path("rule").asText("");
            int line = lineOf(text, rule.isEmpty() ? "disables:" : rule);
            String reason = n.path("reason").asText("");
            if (rule.isEmpty()) {
                problems.add(new PackProblem(file, line, "disables: thiếu 'rule' / missing 'rule'"));
            } else if (reason.isBlank()) {
                problems.add(new PackProblem(file, line, "disables: " + rule + ": thiếu 'reason' (báo cáo in lý do) "
                        + "/ missing 'reason', which reports print"));
            } else {
                result.add(new Disable(rule, reason, line));
            }
        }
        return List.copyOf(result);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** @return the 1-based line of the first line holding {@code needle}, or 0 */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
