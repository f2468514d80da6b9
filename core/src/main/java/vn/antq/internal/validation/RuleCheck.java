package vn.antq.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what identifies a rule: a stable ASCII id (no diacritics, no spaces, not the position-based name Drools
 * gives a table row without a NAME column) that no other rule of the pack or of the pack it extends uses, a
 * {@code @label} and a {@code @source}, and a {@code ruleflow-group} that names one of the phases.
 */
final class RuleCheck {
    private static final Pattern STABLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private RuleCheck() {
    }

    /** Reports each decision table without a NAME column: its rows would get names from their row numbers. */
    static void checkTables(List<RuleSource> sources, Diagnostics diagnostics) {
        for (RuleSource source : sources) {
            if (!source.isTable()) {
                continue;
            }
            TableHeader.withoutName(source.author()).forEach(line -> diagnostics.error("RULE-NO-ID",
                    source.author().find(line, 1, "RuleTable"), source.author().line(line).trim(),
                    "Bảng quyết định không có cột NAME: Drools sẽ đặt tên luật theo số hàng, thêm hay bớt một hàng là "
                            + "đổi mã luật. Thêm cột NAME và ghi mã ổn định của từng hàng, ví dụ TH-CAMERA-1.",
                    "The decision table has no NAME column: Drools would name each rule after its row number, so adding "
                            + "a row changes ids. Add a NAME column with each row's stable id, e.g. TH-CAMERA-1."));
        }
    }

    static void check(List<ParsedRule> rules, Set<String> baseRules, List<String> phases, Diagnostics diagnostics) {
        Map<String, ParsedRule> seen = new HashMap<>();
        for (ParsedRule rule : rules) {
            String id = rule.name();
            Pos at = rule.header();
            if (rule.source().isTable() && !TableHeader.withoutName(rule.source().author()).isEmpty()) {
                continue;
            } else if (!STABLE_ID.matcher(id).matches()) {
                diagnostics.error("RULE-ID-FORMAT", at, id,
                        "Mã luật \"" + id + "\" chỉ được gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới, "
                                + "không dấu cách, ví dụ \"" + suggestion(id) + "\".",
                        "Rule id \"" + id + "\" may only hold ASCII letters, digits, dots, dashes and underscores, no "
                                + "spaces, e.g. \"" + suggestion(id) + "\".");
            }
            if (baseRules.contains(id)) {
                diagnostics.error("RULE-ID-CLASH", at, id,
                        "Mã luật \"" + id + "\" đã có trong bộ luật gốc; đặt mã riêng của tỉnh (ví dụ TH-" + id + "). "
                                + "Muốn thay luật gốc thì tắt nó trong pack.yaml (disables) rồi viết luật mới.",
                        "Rule id \"" + id + "\" already exists in the base pack; use the province's own id (e.g. TH-"
                                + id + "). To replace the base rule, switch it off in pack.yaml (disables) and write "
                                + "a new one.");
            } else if (seen.containsKey(id)) {
                Pos other = seen.get(id).header();
                diagnostics.error("RULE-ID-CLASH", at, id,
                        "Mã luật \"" + id + "\" đã dùng ở " + other.file() + ":" + other.line() + "; mỗi luật một mã.",
                        "Rule id \"" + id + "\" is already used at " + other.file() + ":" + other.line()
                                + "; each rule needs its own id.");
            }
            seen.putIfAbsent(id, rule);
            metadata(rule, "label", "nội dung tiêu chí, trích văn bản", "the criterion, quoted from the text",
                    diagnostics);
            metadata(rule, "source", "căn cứ pháp lý, ví dụ TT 124/2021/TT-BCA, Điều 4 khoản 1",
                    "the legal reference, e.g. TT 124/2021/TT-BCA, Điều 4 khoản 1", diagnostics);
            phase(rule, phases, diagnostics);
        }
    }

    private static void metadata(ParsedRule rule, String name, String whatVi, String whatEn, Diagnostics diagnostics) {
        String value = rule.annotation(name);
        if (value != null && !value.isBlank()) {
            return;
        }
        if (!rule.text().contains("drools.getRule().getName()")) {
            diagnostics.warning(name.equals("label") ? "RULE-NO-LABEL" : "RULE-NO-SOURCE", rule.header(), rule.name(),
                    "Luật " + rule.name() + " thiếu @" + name + "(\"…\") (" + whatVi + "). Kết luận của nó không mang mã "
                            + "luật nên báo cáo không in nhãn này, nhưng nên ghi để người đọc luật biết căn cứ.",
                    "Rule " + rule.name() + " lacks @" + name + "(\"…\") (" + whatEn + "). Its conclusion does not carry "
                            + "the rule id, so reports do not print it, but readers of the rule need it.");
        } else {
            diagnostics.error(name.equals("label") ? "RULE-NO-LABEL" : "RULE-NO-SOURCE", rule.header(), rule.name(),
                    "Luật " + rule.name() + " thiếu @" + name + "(\"…\") (" + whatVi + "), in trong báo cáo. Thêm dòng "
                            + "@" + name + "(\"…\") ngay dưới dòng rule.",
                    "Rule " + rule.name() + " lacks @" + name + "(\"…\") (" + whatEn + "), which reports print. Add a "
                            + "line @" + name + "(\"…\") right below the rule line.");
        }
    }

    private static void phase(ParsedRule rule, List<String> phases, Diagnostics diagnostics) {
        String group = rule.attribute("ruleflow-group");
        if (phases.isEmpty()) {
            return;
        }
        if (group == null) {
            diagnostics.error("RULE-PHASE", rule.header(), rule.name(),
                    "Luật " + rule.name() + " không ghi giai đoạn: thêm ruleflow-group \"…\" với một trong các giai "
                            + "đoạn " + String.join(", ", phases) + ".",
                    "Rule " + rule.name() + " names no phase: add ruleflow-group \"…\" with one of " + String.join(", ",
                            phases) + ".");
        } else if (!phases.contains(group)) {
            var nearest = Nearest.to(group, phases);
            Pos at = rule.at(rule.text().indexOf(group) + rule.start(), group);
            diagnostics.error("RULE-PHASE", at, group,
                    "Không có giai đoạn \"" + group + "\"; luật này sẽ không bao giờ chạy." + Nearest.hintVi(nearest)
                            + " Các giai đoạn: " + String.join(", ", phases) + ".",
                    "There is no phase \"" + group + "\"; this rule would never run." + Nearest.hintEn(nearest)
                            + " Phases: " + String.join(", ", phases) + ".");
        }
    }

    /** @return the id without diacritics and with dashes for spaces */
    private static String suggestion(String id) {
        String plain = java.text.Normalizer.normalize(id.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.trim().replaceAll("[^A-Za-z0-9._-]+", "-").toUpperCase(java.util.Locale.ROOT);
    }
}
