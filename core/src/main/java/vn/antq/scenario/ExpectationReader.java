package vn.antq.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.antq.commendation.Award;
import vn.antq.commendation.MedalStatus;
import vn.antq.commendation.ProposalStatus;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;
import vn.antq.movement.MovementLevel;
import vn.antq.standard.StandardStatus;
import vn.antq.verdict.Verdict;

/**
 * Reads a case's {@code expect} block into {@link Expectation}s, each reading its outcome from a report. Every value
 * is checked against the outcomes the report can hold, so a misspelt status is a problem at its line, not a failure.
 */
final class ExpectationReader {
    /** The sections of an {@code expect} block. */
    static final Set<String> SECTIONS = Set.of("units", "targets", "teams", "members", "medals", "proposals",
            "budget", "budgetCaps");
    private static final Set<String> UNIT_KEYS = Set.of("status", "criteria", "movement", "recognition");
    private static final Set<String> TEAM_KEYS = Set.of("staffed", "rating");
    private static final Set<String> MEMBER_KEYS = Set.of("eligible", "rating", "support");
    private static final Set<String> PROPOSAL_KEYS = Set.of("award", "status");

    private final YamlTree tree;
    private final List<ScenarioProblem> problems;
    private final List<Expectation> out = new ArrayList<>();

    private ExpectationReader(YamlTree tree, List<ScenarioProblem> problems) {
        this.tree = tree;
        this.problems = problems;
    }

    /**
     * @param tree     the file
     * @param path     the pointer of the {@code expect} block
     * @param node     the block
     * @param problems where problems go
     * @return the expectations, in file order
     */
    static List<Expectation> read(YamlTree tree, String path, JsonNode node, List<ScenarioProblem> problems) {
        ExpectationReader reader = new ExpectationReader(tree, problems);
        if (!reader.mapping(path, node, SECTIONS, "expect")) {
            return List.of();
        }
        node.fields().forEachRemaining(e -> reader.section(path + "/" + e.getKey(), e.getKey(), e.getValue()));
        if (reader.out.isEmpty() && problems.isEmpty()) {
            problems.add(tree.problem(path, "\"expect\" không nêu kết quả nào / \"expect\" names no outcome"));
        }
        return List.copyOf(reader.out);
    }

    private void section(String path, String name, JsonNode node) {
        if (!node.isObject()) {
            problems.add(tree.problem(path, "\"" + name + "\" phải là bảng mã → kết quả / must map ids to outcomes"));
            return;
        }
        node.fields().forEachRemaining(e -> {
            String p = path + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            switch (name) {
                case "units" -> unit(p, e.getKey(), e.getValue());
                case "targets" -> target(p, e.getKey(), e.getValue());
                case "teams" -> team(p, e.getKey(), e.getValue());
                case "members" -> member(p, e.getKey(), e.getValue());
                case "medals" -> add(p, "Kỷ niệm chương của " + e.getKey() + " / medal of " + e.getKey(),
                        e.getValue(), names(MedalStatus.values()), r -> Outcomes.medal(r, e.getKey()));
                case "proposals" -> proposal(p, e.getKey(), e.getValue());
                case "budget" -> add(p, "dòng kinh phí " + e.getKey() + " / budget line " + e.getKey(), e.getValue(),
                        names(Verdict.values()), r -> Outcomes.budget(r, e.getKey()));
                default -> budgetCap(p, e.getKey(), e.getValue());
            }
        });
    }

    private void unit(String path, String id, JsonNode node) {
        if (!mapping(path, node, UNIT_KEYS, "units." + id)) {
            return;
        }
        String who = "đơn vị " + id + " / unit " + id;
        node.fields().forEachRemaining(e -> {
            String p = path + "/" + e.getKey();
            switch (e.getKey()) {
                case "status" -> add(p, who + ": tiêu chuẩn / standard", e.getValue(), names(StandardStatus.values()),
                        r -> Outcomes.unitValue(r, id, u -> Actual.of(u.standard().status().name()), true));
                case "movement" -> add(p, who + ": phân loại phong trào / movement level", e.getValue(),
                        names(MovementLevel.values()), r -> Outcomes.unitValue(r, id, Outcomes::movement, false));
                case "recognition" -> add(p, who + ": luật thẩm quyền công nhận / recognition rule", e.getValue(),
                        null, r -> Outcomes.unitValue(r, id, u -> Actual.of(u.recognition() == null ? Actual.NONE
                                : u.recognition().rule()), false));
                default -> criteria(p, id, who, e.getValue());
            }
        });
    }

    private void criteria(String path, String id, String who, JsonNode node) {
        if (!node.isObject()) {
            problems.add(tree.problem(path, "\"criteria\" phải là bảng mã luật → kết quả (MET, NOT_MET, …) / must map "
                    + "rule ids to verdicts"));
            return;
        }
        Set<String> verdicts = withNone(names(Verdict.values()));
        node.fields().forEachRemaining(e -> add(path + "/" + e.getKey(), who + ": tiêu chí / criterion " + e.getKey(),
                e.getValue(), verdicts,
                r -> Outcomes.unitValue(r, id, u -> Outcomes.criterion(u, e.getKey()), true)));
    }

    private void target(String path, String key, JsonNode node) {
        String[] parts = key.split("@", 2);
        String id = parts[0].trim();
        String scope = parts.length > 1 ? parts[1].trim() : null;
        add(path, "chỉ tiêu / target " + key, node, names(Verdict.values()), r -> Outcomes.target(r, id, scope));
    }

    private void team(String path, String id, JsonNode node) {
        if (!mapping(path, node, TEAM_KEYS, "teams." + id)) {
            return;
        }
        String who = "Tổ " + id + " / team " + id;
        node.fields().forEachRemaining(e -> {
            String p = path + "/" + e.getKey();
            if (e.getKey().equals("staffed")) {
                add(p, who + ": định biên / staffing", e.getValue(), names(Verdict.values()),
                        r -> Outcomes.team(r, id, t -> new Actual(t.staffed().name(), List.of(
                                "thực tế / actual: " + t.actual(), "yêu cầu / required: " + t.required()))));
            } else {
                add(p, who + ": xếp loại / rating", e.getValue(), ratings(),
                        r -> Outcomes.team(r, id, t -> Outcomes.rating(t.rating())));
            }
        });
    }

    private void member(String path, String id, JsonNode node) {
        if (!mapping(path, node, MEMBER_KEYS, "members." + id)) {
            return;
        }
        String who = "thành viên " + id + " / member " + id;
        node.fields().forEachRemaining(e -> {
            String p = path + "/" + e.getKey();
            switch (e.getKey()) {
                case "eligible" -> add(p, who + ": đủ điều kiện (Luật 30 Điều 13) / eligible", e.getValue(),
                        names(Verdict.values()),
                        r -> Outcomes.member(r, id, m -> new Actual(m.eligible().name(), m.reasons())));
                case "rating" -> add(p, who + ": xếp loại / rating", e.getValue(), ratings(),
                        r -> Outcomes.member(r, id, m -> Outcomes.rating(m.rating())));
                default -> number(p, who + ": mức hỗ trợ hằng tháng (đồng) / monthly support", e.getValue(),
                        r -> Outcomes.member(r, id, m -> new Actual(m.monthlySupport() == null ? Actual.NONE
                                : m.monthlySupport().stripTrailingZeros().toPlainString(), m.supportReasons())));
            }
        });
    }

    private void proposal(String path, String unitId, JsonNode node) {
        String who = "đề xuất khen thưởng " + unitId + " / proposal for " + unitId;
        if (node.isObject()) {
            if (!mapping(path, node, PROPOSAL_KEYS, "proposals." + unitId)) {
                return;
            }
            String award = node.path("award").asText(null);
            if (award != null && !names(Award.values()).contains(award)) {
                problems.add(tree.problem(path + "/award", "hình thức khen không có / unknown award \"" + award
                        + "\"; cần một trong / expected one of " + names(Award.values())));
                return;
            }
            JsonNode status = node.get("status");
            if (status == null) {
                problems.add(tree.problem(path, "thiếu \"status\" / missing \"status\""));
                return;
            }
            add(path + "/status", who + (award == null ? "" : " (" + award + ")"), status,
                    withNone(names(ProposalStatus.values())), r -> Outcomes.proposal(r, unitId, award));
        } else {
            add(path, who, node, withNone(names(ProposalStatus.values())), r -> Outcomes.proposal(r, unitId, null));
        }
    }

    private void budgetCap(String path, String key, JsonNode node) {
        String[] parts = key.split("/", 2);
        if (parts.length != 2) {
            problems.add(tree.problem(path, "khóa của \"budgetCaps\" viết \"mã đơn vị/LOẠI_CHI\" / a budgetCaps key is "
                    + "\"unitId/CATEGORY\", found \"" + key + "\""));
            return;
        }
        add(path, "mức trần trong năm " + key + " / yearly cap " + key, node, names(Verdict.values()),
                r -> Outcomes.budgetCap(r, parts[0], parts[1]));
    }

    private void add(String path, String subject, JsonNode node, Set<String> allowed,
                     Function<EvaluationReport, Actual> actual) {
        if (!node.isValueNode() || node.isNull()) {
            problems.add(tree.problem(path, subject + ": cần một giá trị / expected a single value"
                    + (allowed == null ? "" : ", one of " + allowed)));
            return;
        }
        String value = node.asText();
        if (allowed != null && !allowed.contains(value)) {
            problems.add(tree.problem(path, subject + ": giá trị không có \"" + value + "\" / unknown value \"" + value
                    + "\"; cần một trong / expected one of " + allowed));
            return;
        }
        out.add(new Expectation(subject, value, tree.line(path), actual));
    }

    private void number(String path, String subject, JsonNode node, Function<EvaluationReport, Actual> actual) {
        if (node.isNumber()) {
            out.add(new Expectation(subject, node.decimalValue().stripTrailingZeros().toPlainString(), tree.line(path),
                    actual));
        } else if (node.isTextual() && node.asText().equals(Actual.NONE)) {
            out.add(new Expectation(subject, Actual.NONE, tree.line(path), actual));
        } else {
            problems.add(tree.problem(path, subject + ": cần một số hoặc NONE / expected a number or NONE, found \""
                    + node.asText() + "\""));
        }
    }

    private boolean mapping(String path, JsonNode node, Set<String> keys, String what) {
        if (!node.isObject()) {
            problems.add(tree.problem(path, "\"" + what + "\" phải là bảng khóa → giá trị / must be a mapping of "
                    + new TreeSet<>(keys)));
            return false;
        }
        int before = problems.size();
        node.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                problems.add(tree.problem(path + "/" + k, "khóa không có \"" + k + "\" trong \"" + what
                        + "\" / unknown key \"" + k + "\" in \"" + what + "\"; cần một trong / expected one of "
                        + new TreeSet<>(keys)));
            }
        });
        return problems.size() == before;
    }

    private static Set<String> ratings() {
        Set<String> out = names(Rating.values());
        out.add(RatingStatus.NOT_RATED.name());
        out.add(RatingStatus.INSUFFICIENT_DATA.name());
        return out;
    }

    private static Set<String> withNone(Set<String> names) {
        names.add(Actual.NONE);
        return names;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(values).forEach(v -> out.add(v.name()));
        return out;
    }
}
