package vn.antq.internal.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.antq.indicator.IndicatorType;
import vn.antq.indicator.KnownIndicator;
import vn.antq.unit.UnitKind;

/**
 * Checks {@code pack.yaml} (docs/rules/kiem-tra-goi-luat.md): known keys only, the required ones present, a stable
 * id, a known pack to extend, well-formed indicator declarations that do not clash with national ones, listed
 * files that exist. Which rules {@code disables} may name is checked later, against the base's rules.
 */
final class DescriptorCheck {
    static final String FILE = "pack.yaml";
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern INDICATOR_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final List<String> LAYER_KEYS = List.of("id", "name", "version", "extends", "legalBasis",
            "parameters", "overrides", "indicators", "disables", "scenarioDefaults");
    private static final List<String> WHOLE_KEYS = List.of("id", "name", "version", "parameters", "phases", "windows",
            "model", "packages", "kbase", "plan", "indicators", "scenarioDefaults");
    private static final List<String> INDICATOR_KEYS = List.of("id", "type", "unitKinds", "label", "codes");
    private static final List<String> DISABLE_KEYS = List.of("rule", "reason");

    private final Path dir;
    private final Set<String> knownPacks;
    private final Diagnostics diagnostics;

    DescriptorCheck(Path dir, Set<String> knownPacks, Diagnostics diagnostics) {
        this.dir = dir;
        this.knownPacks = knownPacks;
        this.diagnostics = diagnostics;
    }

    /** @return what the rest of the checks need, or null when there is no usable {@code pack.yaml} */
    PackYaml check(SourceText source) {
        YamlTree.Node root = YamlTree.read(source, diagnostics);
        if (root == null) {
            return null;
        }
        if (!root.isMap()) {
            diagnostics.error("PACK-FORMAT", root.at(), root.shown(),
                    "pack.yaml phải là các cặp \"tên: giá trị\" (id, name, version, …).",
                    "pack.yaml must be a mapping of keys (id, name, version, …).");
            return null;
        }
        String extendsId = root.get("extends") == null ? null : root.get("extends").text();
        boolean layer = root.entries().containsKey("extends");
        List<String> valid = layer ? LAYER_KEYS : WHOLE_KEYS;
        for (YamlTree.Entry e : root.entries().values()) {
            if (valid.contains(e.key())) {
                continue;
            }
            if (layer && WHOLE_KEYS.contains(e.key())) {
                diagnostics.error("PACK-UNKNOWN-KEY", e.at(), e.key(),
                        "Bộ luật bổ sung (có \"extends\") không có \"" + e.key() + "\": luật của nó chạy trong các giai "
                                + "đoạn và phiên của bộ luật gốc. Xóa dòng này.",
                        "A layered pack (with \"extends\") has no \"" + e.key() + "\": its rules run in the base's phases "
                                + "and sessions. Remove this key.");
            } else {
                var nearest = Nearest.to(e.key(), valid);
                diagnostics.error("PACK-UNKNOWN-KEY", e.at(), e.key(),
                        "pack.yaml không có trường \"" + e.key() + "\"." + Nearest.hintVi(nearest)
                                + " Các trường hợp lệ: " + String.join(", ", valid) + ".",
                        "pack.yaml has no key \"" + e.key() + "\"." + Nearest.hintEn(nearest) + " Valid keys: "
                                + String.join(", ", valid) + ".");
            }
        }
        List<String> required = new ArrayList<>(List.of("id", "name", "version"));
        if (layer) {
            required.add("legalBasis");
        }
        for (String key : required) {
            YamlTree.Node value = root.get(key);
            if (value == null || value.text() == null || value.text().isBlank()) {
                Pos at = value == null ? new Pos(FILE, 1, 1) : value.at();
                diagnostics.error("PACK-MISSING-KEY", at, key,
                        "pack.yaml thiếu trường bắt buộc \"" + key + "\"" + why(key) + ". Thêm dòng \"" + key + ": …\".",
                        "pack.yaml lacks the required key \"" + key + "\". Add a line \"" + key + ": …\".");
            }
        }
        String id = root.get("id") == null ? null : root.get("id").text();
        if (id != null && !PACK_ID.matcher(id).matches()) {
            diagnostics.error("PACK-ID", root.get("id").at(), id,
                    "Mã bộ luật \"" + id + "\" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ "
                            + "th-camera).",
                    "Pack id \"" + id + "\" may only hold lower-case ASCII letters, digits and dashes (e.g. th-camera).");
        }
        if (layer) {
            checkExtends(root.get("extends"), extendsId);
        }
        Map<String, Pos> parameterFiles = files(root.get("parameters"), "parameters");
        Map<String, Pos> overrideFiles = files(root.get("overrides"), "overrides");
        Set<String> indicators = indicators(root.get("indicators"));
        Map<String, Pos> disables = disables(root.get("disables"));
        List<String> phases = new ArrayList<>();
        if (root.get("phases") != null && root.get("phases").isList()) {
            root.get("phases").items().forEach(n -> phases.add(n.text()));
        }
        Set<String> windows = new LinkedHashSet<>();
        if (root.get("windows") != null && root.get("windows").isMap()) {
            root.get("windows").entries().values().forEach(e -> windows.add(e.value().text()));
        }
        return new PackYaml(id, layer ? extendsId : null, parameterFiles, overrideFiles, indicators, disables,
                List.copyOf(phases), windows);
    }

    private static String why(String key) {
        return switch (key) {
            case "id" -> " (mã ổn định của bộ luật, ví dụ th-camera)";
            case "name" -> " (tên bộ luật bằng tiếng Việt)";
            case "version" -> " (phiên bản, in trong báo cáo)";
            default -> " (căn cứ cho phép tỉnh bổ sung, ví dụ TT 124/2021/TT-BCA, Điều 8 khoản 1)";
        };
    }

    private void checkExtends(YamlTree.Node node, String extendsId) {
        if (extendsId == null || extendsId.isBlank()) {
            diagnostics.error("PACK-EXTENDS", node.at(), node.shown(),
                    "\"extends\" phải ghi mã của bộ luật gốc, ví dụ antq-national.",
                    "\"extends\" must name the base pack's id, e.g. antq-national.");
        } else if (!knownPacks.contains(extendsId)) {
            var nearest = Nearest.to(extendsId, knownPacks);
            diagnostics.error("PACK-EXTENDS", node.at(), extendsId,
                    "Không có bộ luật \"" + extendsId + "\" để bổ sung." + Nearest.hintVi(nearest)
                            + " Bộ luật có thể bổ sung: " + String.join(", ", knownPacks) + ".",
                    "There is no pack \"" + extendsId + "\" to extend." + Nearest.hintEn(nearest)
                            + " Packs that can be extended: " + String.join(", ", knownPacks) + ".");
        }
    }

    private Map<String, Pos> files(YamlTree.Node node, String key) {
        Map<String, Pos> files = new LinkedHashMap<>();
        if (node == null) {
            return files;
        }
        if (!node.isList()) {
            diagnostics.error("PACK-FORMAT", node.at(), node.shown(),
                    "\"" + key + "\" phải là danh sách tên tệp, mỗi dòng \"  - tên-tệp.yaml\".",
                    "\"" + key + "\" must be a list of file names, one \"  - file.yaml\" per line.");
            return files;
        }
        for (YamlTree.Node item : node.items()) {
            String name = item.text();
            if (name == null) {
                diagnostics.error("PACK-FORMAT", item.at(), item.shown(),
                        "Mỗi mục của \"" + key + "\" phải là một tên tệp.", "Each entry of \"" + key + "\" must be a file name.");
            } else if (!Files.isRegularFile(dir.resolve(name))) {
                diagnostics.error("PACK-FILE-MISSING", item.at(), name,
                        "Không có tệp \"" + name + "\" trong thư mục bộ luật. Sửa tên tệp, hoặc tạo tệp đó.",
                        "There is no file \"" + name + "\" in the pack directory. Fix the name or create the file.");
            } else {
                files.put(name, item.at());
            }
        }
        return files;
    }

    private Set<String> indicators(YamlTree.Node node) {
        Set<String> names = new LinkedHashSet<>();
        if (node == null) {
            return names;
        }
        if (!node.isList()) {
            diagnostics.error("PACK-FORMAT", node.at(), node.shown(), "\"indicators\" phải là danh sách chỉ số.",
                    "\"indicators\" must be a list of indicators.");
            return names;
        }
        for (YamlTree.Node item : node.items()) {
            if (!item.isMap()) {
                diagnostics.error("PACK-FORMAT", item.at(), item.shown(),
                        "Mỗi chỉ số phải có id, type, unitKinds, label.", "Each indicator needs id, type, unitKinds, label.");
                continue;
            }
            unknownKeys(item, INDICATOR_KEYS, "chỉ số", "indicator");
            String id = declaredId(item, names);
            if (id != null) {
                names.add(id);
            }
            String type = typeOf(item);
            unitKinds(item);
            YamlTree.Node label = item.get("label");
            if (label == null || label.text() == null || label.text().isBlank()) {
                diagnostics.error("INDICATOR-DECL", label == null ? item.at() : label.at(), "label",
                        "Chỉ số " + (id == null ? "" : "\"" + id + "\" ") + "thiếu \"label\": tên tiếng Việt in trong "
                                + "báo cáo.",
                        "Indicator " + (id == null ? "" : "\"" + id + "\" ") + "lacks \"label\": the Vietnamese name "
                                + "reports print.");
            }
            codes(item, id, type);
        }
        return names;
    }

    private String declaredId(YamlTree.Node item, Set<String> seen) {
        YamlTree.Node node = item.get("id");
        String id = node == null ? null : node.text();
        if (id == null) {
            diagnostics.error("INDICATOR-DECL", item.at(), "id", "Chỉ số thiếu \"id\" (tên camelCase, ví dụ "
                    + "alleysWithCamera).", "Indicator lacks \"id\" (a camelCase name, e.g. alleysWithCamera).");
            return null;
        }
        if (!INDICATOR_ID.matcher(id).matches()) {
            diagnostics.error("INDICATOR-DECL", node.at(), id,
                    "Tên chỉ số \"" + id + "\" phải viết camelCase, chữ không dấu, không dấu cách (ví dụ "
                            + "alleysWithCamera).",
                    "Indicator name \"" + id + "\" must be camelCase ASCII without spaces (e.g. alleysWithCamera).");
        } else if (KnownIndicator.byName(id).isPresent()) {
            diagnostics.error("INDICATOR-CLASH", node.at(), id,
                    "Chỉ số \"" + id + "\" đã có trong danh mục quốc gia (" + KnownIndicator.labelOf(id) + "); bỏ khai "
                            + "báo này để dùng chỉ số quốc gia, hoặc đặt tên khác.",
                    "Indicator \"" + id + "\" is already a national indicator; drop this declaration to use it, or "
                            + "choose another name.");
        } else if (seen.contains(id)) {
            diagnostics.error("INDICATOR-DECL", node.at(), id, "Chỉ số \"" + id + "\" được khai báo hai lần.",
                    "Indicator \"" + id + "\" is declared twice.");
        }
        return id;
    }

    private String typeOf(YamlTree.Node item) {
        YamlTree.Node node = item.get("type");
        List<String> types = Arrays.stream(IndicatorType.values()).map(Enum::name).toList();
        String type = node == null ? null : node.text();
        if (type == null || !types.contains(type)) {
            var nearest = type == null ? java.util.Optional.<String>empty() : Nearest.to(type, types);
            diagnostics.error("INDICATOR-DECL", node == null ? item.at() : node.at(), type == null ? "type" : type,
                    (type == null ? "Chỉ số thiếu \"type\"." : "Không có kiểu chỉ số \"" + type + "\".")
                            + Nearest.hintVi(nearest) + " Kiểu hợp lệ: " + String.join(", ", types)
                            + " (đúng/sai, số đếm, số, mã).",
                    (type == null ? "Indicator lacks \"type\"." : "There is no indicator type \"" + type + "\".")
                            + Nearest.hintEn(nearest) + " Valid types: " + String.join(", ", types) + ".");
            return null;
        }
        return type;
    }

    private void unitKinds(YamlTree.Node item) {
        YamlTree.Node node = item.get("unitKinds");
        List<String> kinds = Arrays.stream(UnitKind.values()).map(Enum::name).toList();
        if (node == null || !node.isList() || node.items().isEmpty()) {
            diagnostics.error("INDICATOR-DECL", node == null ? item.at() : node.at(), "unitKinds",
                    "Chỉ số cần \"unitKinds\": danh sách loại đơn vị có chỉ số này, ví dụ [RESIDENTIAL_AREA]. Loại hợp "
                            + "lệ: " + String.join(", ", kinds) + ".",
                    "The indicator needs \"unitKinds\": the unit kinds it belongs to, e.g. [RESIDENTIAL_AREA]. Valid: "
                            + String.join(", ", kinds) + ".");
            return;
        }
        for (YamlTree.Node kind : node.items()) {
            String name = kind.text();
            if (name == null || !kinds.contains(name)) {
                var nearest = name == null ? java.util.Optional.<String>empty() : Nearest.to(name, kinds);
                diagnostics.error("INDICATOR-DECL", kind.at(), kind.shown(),
                        "Không có loại đơn vị \"" + kind.shown() + "\"." + Nearest.hintVi(nearest) + " Loại hợp lệ: "
                                + String.join(", ", kinds) + ".",
                        "There is no unit kind \"" + kind.shown() + "\"." + Nearest.hintEn(nearest) + " Valid: "
                                + String.join(", ", kinds) + ".");
            }
        }
    }

    private void codes(YamlTree.Node item, String id, String type) {
        YamlTree.Node node = item.get("codes");
        boolean hasCodes = node != null && node.isList() && !node.items().isEmpty();
        String name = id == null ? "" : "\"" + id + "\" ";
        if ("CODE".equals(type) && !hasCodes) {
            diagnostics.error("INDICATOR-DECL", node == null ? item.at() : node.at(), "codes",
                    "Chỉ số " + name + "kiểu CODE cần \"codes\": danh sách các mã được phép.",
                    "Indicator " + name + "of type CODE needs \"codes\": the allowed codes.");
        } else if (type != null && !"CODE".equals(type) && hasCodes) {
            diagnostics.error("INDICATOR-DECL", node.at(), "codes",
                    "Chỉ số " + name + "kiểu " + type + " không có \"codes\"; chỉ chỉ số kiểu CODE mới có danh sách mã.",
                    "Indicator " + name + "of type " + type + " takes no \"codes\"; only a CODE indicator has codes.");
        }
    }

    private Map<String, Pos> disables(YamlTree.Node node) {
        Map<String, Pos> rules = new LinkedHashMap<>();
        if (node == null) {
            return rules;
        }
        if (!node.isList()) {
            diagnostics.error("PACK-FORMAT", node.at(), node.shown(),
                    "\"disables\" phải là danh sách các mục \"- rule: …\" và \"reason: …\".",
                    "\"disables\" must be a list of \"- rule: …\" with \"reason: …\".");
            return rules;
        }
        for (YamlTree.Node item : node.items()) {
            if (!item.isMap()) {
                diagnostics.error("PACK-FORMAT", item.at(), item.shown(), "Mỗi mục của \"disables\" cần rule và reason.",
                        "Each entry of \"disables\" needs rule and reason.");
                continue;
            }
            unknownKeys(item, DISABLE_KEYS, "mục tắt luật", "disables entry");
            YamlTree.Node rule = item.get("rule");
            YamlTree.Node reason = item.get("reason");
            if (rule == null || rule.text() == null) {
                diagnostics.error("PACK-DISABLES", item.at(), "rule", "Mục tắt luật thiếu \"rule\": mã luật cần tắt.",
                        "The disables entry lacks \"rule\": the id of the rule to switch off.");
            } else {
                rules.put(rule.text(), rule.at());
            }
            if (reason == null || reason.text() == null || reason.text().isBlank()) {
                diagnostics.error("PACK-DISABLES", reason == null ? item.at() : reason.at(), "reason",
                        "Mục tắt luật thiếu \"reason\": lý do in trong báo cáo.",
                        "The disables entry lacks \"reason\": the reason reports print.");
            }
        }
        return rules;
    }

    private void unknownKeys(YamlTree.Node item, List<String> valid, String whatVi, String whatEn) {
        for (YamlTree.Entry e : item.entries().values()) {
            if (!valid.contains(e.key())) {
                var nearest = Nearest.to(e.key(), valid);
                diagnostics.error("PACK-UNKNOWN-KEY", e.at(), e.key(),
                        "Trường \"" + e.key() + "\" không có trong " + whatVi + "." + Nearest.hintVi(nearest)
                                + " Trường hợp lệ: " + String.join(", ", valid) + ".",
                        "A " + whatEn + " has no key \"" + e.key() + "\"." + Nearest.hintEn(nearest) + " Valid keys: "
                                + String.join(", ", valid) + ".");
            }
        }
    }
}
