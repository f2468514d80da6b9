package vn.antq.internal.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.drools.drl.ast.descr.PackageDescr;
import vn.antq.pack.PackValidation;

/**
 * Runs every check of a rule pack directory in order: {@code pack.yaml}, the parameter files, each rule file
 * (look-alike characters, syntax), the rules (ids, metadata, phases, fact fields, indicators, parameters, bands), the
 * compilation, then (when all of that passed) the loading as evaluators load it, and scenario coverage when asked.
 * Called by {@link vn.antq.pack.PackValidator}.
 */
public final class DirectoryValidation {

    private DirectoryValidation() {
    }

    /**
     * @param dir         the pack directory
     * @param coverage    given the directory, the rule ids its scenarios cover; null to skip that check
     * @param classLoader the class loader that sees the fact classes and the national pack
     * @return every problem found
     */
    public static PackValidation run(Path dir, Function<Path, Set<String>> coverage, ClassLoader classLoader) {
        Diagnostics diagnostics = new Diagnostics();
        Path descriptor = dir.resolve(DescriptorCheck.FILE);
        if (!Files.isRegularFile(descriptor)) {
            diagnostics.error("PACK-MISSING", Pos.file(DescriptorCheck.FILE), "",
                    "Thư mục bộ luật không có tệp pack.yaml (mã, tên, phiên bản, bộ luật gốc, tệp tham số).",
                    "The pack directory has no pack.yaml (id, name, version, base pack, parameter files).");
            return new PackValidation(diagnostics.sorted(), 0, 0);
        }
        Optional<SourceText> descriptorText = text(dir, DescriptorCheck.FILE, diagnostics);
        PackYaml pack = descriptorText.map(t -> new DescriptorCheck(dir, Set.of(BasePack.NATIONAL), diagnostics)
                .check(t)).orElse(null);
        BasePack base = base(pack, classLoader, diagnostics);
        Map<String, List<DefinedParameter>> own = parameters(dir, pack == null ? Map.of() : pack.parameterFiles(),
                diagnostics);
        Map<String, List<DefinedParameter>> overrides = parameters(dir, pack == null ? Map.of() : pack.overrideFiles(),
                diagnostics);

        List<RuleSource> sources = RuleSources.read(dir, diagnostics);
        List<ParsedRule> rules = new ArrayList<>();
        Map<RuleSource, String> compilable = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            String repaired = LookAlikeCheck.check(source, diagnostics);
            PackageDescr pkg = SyntaxCheck.parse(source, repaired, diagnostics);
            if (pkg != null) {
                rules.addAll(ParsedRule.of(source, pkg, repaired));
                compilable.put(source, repaired);
            }
        }
        if (sources.isEmpty()) {
            diagnostics.error("PACK-NO-RULES", Pos.file("."), "",
                    "Thư mục bộ luật không có tệp luật nào (.drl hoặc .drl.csv).",
                    "The pack directory holds no rule file (.drl or .drl.csv).");
        }
        List<String> phases = base.phases().isEmpty() && pack != null ? pack.phases() : base.phases();
        RuleCheck.checkTables(sources, diagnostics);
        RuleCheck.check(rules, base.rules(), phases, diagnostics);
        if (pack != null) {
            disables(pack, base, diagnostics);
        }
        FactFieldCheck fields = new FactFieldCheck(classLoader, diagnostics);
        IndicatorCheck indicators = new IndicatorCheck(pack == null ? Set.of() : pack.indicators(), diagnostics);
        for (ParsedRule rule : rules) {
            fields.check(rule);
            indicators.check(rule);
        }
        new ParameterCheck(base.parameters(), diagnostics).check(own, overrides, rules,
                pack == null ? Set.of() : pack.windowParameters(), compilable.size() == sources.size());
        new BandCheck(effective(base, own, overrides), diagnostics).check(rules);
        CompileCheck.check(compilable, rules, classLoader, diagnostics);
        if (!diagnostics.hasErrors()) {
            LoadCheck.check(dir, classLoader, diagnostics);
        }
        if (coverage != null) {
            covered(rules, coverage.apply(dir), diagnostics);
        }
        int parameterCount = own.values().stream().mapToInt(List::size).sum()
                + overrides.values().stream().mapToInt(List::size).sum();
        return new PackValidation(diagnostics.sorted(), rules.size(), parameterCount);
    }

    private static BasePack base(PackYaml pack, ClassLoader classLoader, Diagnostics diagnostics) {
        if (pack == null || !BasePack.NATIONAL.equals(pack.extendsId())) {
            return BasePack.none();
        }
        BasePack national = BasePack.national(classLoader);
        if (national == null) {
            diagnostics.error("PACK-EXTENDS", Pos.file(DescriptorCheck.FILE), pack.extendsId(),
                    "Không nạp được bộ luật quốc gia để đối chiếu: cần thư viện antq-rules-dsl.",
                    "Cannot load the national pack to check against: antq-rules-dsl is not on the class path.");
            return BasePack.none();
        }
        return national;
    }

    private static Optional<SourceText> text(Path dir, String file, Diagnostics diagnostics) {
        try {
            return Optional.of(SourceText.of(file, Files.readString(dir.resolve(file), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            diagnostics.error("FILE-READ", Pos.file(file), "", "Không đọc được tệp (cần mã hóa UTF-8): "
                    + e.getMessage(), "Cannot read the file (it must be UTF-8): " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, List<DefinedParameter>> parameters(Path dir, Map<String, Pos> files,
                                                                  Diagnostics diagnostics) {
        Map<String, List<DefinedParameter>> result = new LinkedHashMap<>();
        ParameterFiles reader = new ParameterFiles(diagnostics);
        for (String file : files.keySet()) {
            text(dir, file, diagnostics).ifPresent(t -> result.put(file, reader.read(t)));
        }
        return result;
    }

    /** @return every parameter the pack's rules see: the base's, replaced by the overrides, and the pack's own */
    private static Map<String, DefinedParameter> effective(BasePack base, Map<String, List<DefinedParameter>> own,
                                                           Map<String, List<DefinedParameter>> overrides) {
        Map<String, DefinedParameter> all = new LinkedHashMap<>(base.parameters());
        overrides.values().forEach(list -> list.forEach(p -> {
            DefinedParameter original = all.get(p.id());
            if (original != null && p.first() != null) {
                List<DefinedParameter.Value> values = new ArrayList<>(original.values().stream()
                        .filter(v -> v.from().isBefore(p.first())).toList());
                values.addAll(p.values());
                all.put(p.id(), new DefinedParameter(p.id(), p.at(), values));
            }
        }));
        own.values().forEach(list -> list.forEach(p -> all.putIfAbsent(p.id(), p)));
        return all;
    }

    private static void disables(PackYaml pack, BasePack base, Diagnostics diagnostics) {
        pack.disables().forEach((rule, at) -> {
            if (!base.rules().contains(rule)) {
                var nearest = Nearest.to(rule, base.rules());
                diagnostics.error("PACK-DISABLES", at, rule,
                        "Bộ luật gốc không có luật \"" + rule + "\" để tắt." + Nearest.hintVi(nearest)
                                + " Mã luật xem trong docs/rules/catalogue.md.",
                        "The base pack has no rule \"" + rule + "\" to switch off." + Nearest.hintEn(nearest)
                                + " Rule ids are listed in docs/rules/catalogue.md.");
            }
        });
    }

    private static void covered(List<ParsedRule> rules, Set<String> covered, Diagnostics diagnostics) {
        for (ParsedRule rule : rules) {
            if (!covered.contains(rule.name())) {
                diagnostics.warning("RULE-NOT-COVERED", rule.header(), rule.name(),
                        "Chưa có kịch bản kiểm thử nào (thư mục scenarios/) cho luật " + rule.name()
                                + ": thêm một kịch bản đạt và một kịch bản không đạt.",
                        "No scenario (folder scenarios/) covers rule " + rule.name()
                                + ": add one case that meets it and one that does not.");
            }
        }
    }
}
