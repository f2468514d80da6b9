package vn.antq.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.antq.pack.NearestName;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterFile;
import vn.antq.parameter.ParameterSet;

/**
 * The what-if options of {@code antq evaluate}: {@code --set id=value[@YYYY-MM-DD]} (repeatable) and
 * {@code --overrides FILE} evaluate under changed parameters; {@code --diff} prints what the changes change instead
 * of the report. The overrides go to {@link vn.antq.evaluation.Evaluator.Builder#parameterOverrides}.
 */
final class WhatIfOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--set", paramLabel = "ID=VALUE[@YYYY-MM-DD]",
            description = "Đánh giá với tham số ID mang giá trị VALUE (số; true/false; mã; các mã cách nhau bằng dấu"
                    + " phẩy), từ ngày 01/01 của năm đánh giá hoặc từ ngày sau @; lặp lại được / evaluate with "
                    + "parameter ID set to VALUE (a number; true/false; a code; codes separated by commas) from 1 "
                    + "January of the dataset's year, or from the day after @; repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "Tệp tham số (cùng định dạng tệp tham số của bộ luật) thay cho các tham số cùng mã, từ ngày"
                    + " from của giá trị đầu / a parameter file (the pack's format) replacing the parameters of the"
                    + " same ids from the first value's day.")
    private Path overridesFile;

    @Option(names = "--diff",
            description = "In các đơn vị, Tổ, thành viên, đề xuất, Kỷ niệm chương và chỉ tiêu có kết quả thay đổi "
                    + "(trước → sau) thay cho báo cáo; cần --set hoặc --overrides / print the units, teams, members, "
                    + "proposals, medal verdicts and targets whose result changes (before → after) instead of the "
                    + "report; needs --set or --overrides.")
    private boolean diff;

    /** @return true when some parameter is changed */
    boolean changesParameters() {
        return !sets.isEmpty() || overridesFile != null;
    }

    /** @return true when the changes, not the report, are to be printed */
    boolean diff() {
        return diff;
    }

    /** Checks what can be checked before anything is read. */
    void checkArguments() {
        if (diff && !changesParameters()) {
            throw usage("--diff cần --set hoặc --overrides / --diff needs --set or --overrides");
        }
        if (diff && spec.commandLine().getParseResult().matchedOptionValue("--format", ReportFormat.TEXT)
                != ReportFormat.TEXT) {
            throw usage("--diff in danh sách thay đổi dạng văn bản, không dùng với --format json / --diff prints "
                    + "text and does not take --format json");
        }
        if (overridesFile != null && !Files.isRegularFile(overridesFile)) {
            throw usage("không có tệp --overrides / no such --overrides file: " + overridesFile);
        }
        for (String s : sets) {
            edit(s);
        }
    }

    /**
     * @param pack the parameters of the pack evaluated
     * @param plan the parameters of the plan evaluated, or null without a plan
     * @param year the dataset's year: a {@code --set} without a day holds from its 1 January
     * @return the overrides: the file's, then each {@code --set}
     * @throws IOException                    when the overrides file cannot be read
     * @throws vn.antq.pack.RulePackException when the overrides file has problems (file and line)
     * @throws ParameterException             for an unknown id (with the nearest valid id), a value of the wrong kind
     *                                        or an id changed twice
     */
    List<Parameter> overrides(ParameterSet pack, ParameterSet plan, int year) throws IOException {
        Map<String, Parameter> result = new LinkedHashMap<>();
        if (overridesFile != null) {
            for (Parameter p : ParameterFile.read(overridesFile)) {
                put(result, p, "--overrides " + overridesFile);
            }
        }
        for (String s : sets) {
            ParameterEdit edit = edit(s);
            Parameter base = find(pack, plan, edit.id()).orElseThrow(() -> unknown(pack, plan, edit.id()));
            try {
                put(result, edit.override(base, LocalDate.of(year, 1, 1)), "--set");
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        return List.copyOf(result.values());
    }

    private void put(Map<String, Parameter> result, Parameter p, String where) {
        if (result.put(p.id(), p) != null) {
            throw usage(where + ": tham số " + p.id() + " đã được thay đổi ở trước / parameter " + p.id()
                    + " is already changed");
        }
    }

    private ParameterEdit edit(String text) {
        try {
            return ParameterEdit.parse(text);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private static Optional<Parameter> find(ParameterSet pack, ParameterSet plan, String id) {
        Optional<Parameter> p = pack.get(id);
        return p.isPresent() || plan == null ? p : plan.get(id);
    }

    private ParameterException unknown(ParameterSet pack, ParameterSet plan, String id) {
        TreeSet<String> ids = new TreeSet<>();
        pack.all().forEach(p -> ids.add(p.id()));
        if (plan != null) {
            plan.all().forEach(p -> ids.add(p.id()));
        }
        String nearest = NearestName.to(id, ids).orElse(null);
        String hint = nearest == null ? "" : "; gần nhất / nearest: " + nearest + " ("
                + kind(find(pack, plan, nearest).orElseThrow()) + ")";
        return usage("--set " + id + ": bộ luật" + (plan == null ? "" : " và kế hoạch") + " không có tham số này / no "
                + "such parameter in the pack" + (plan == null ? "" : " or the plan") + hint);
    }

    private static String kind(Parameter p) {
        Object v = p.values().get(0).value();
        if (v instanceof BigDecimal) {
            return "một số / a number";
        }
        if (v instanceof Boolean) {
            return "true/false";
        }
        return v instanceof List<?> ? "các mã / codes" : "một mã / a code";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
