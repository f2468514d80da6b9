package vn.antq.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.pack.DisabledRule;
import vn.antq.pack.LayerInfo;
import vn.antq.pack.PackInfo;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RuleInfo;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterSet;

/**
 * Assembles a pack and the packs layered on it into one {@link LoadedPack}: one KIE base built once from every
 * pack's executable model, the base's phases and windows, the parameters of all (a layer's new parameter may not
 * reuse a base id; its overrides replace base values from their first date), the indicators the layers declare,
 * minus the rules the layers switch off. Every problem names the layer's file and the id.
 */
final class Layering {
    private static final String DESCRIPTOR = "pack.yaml";

    private Layering() {
    }

    static LoadedPack assemble(PackSource base, List<PackSource> layers) {
        List<PackProblem> problems = new ArrayList<>();
        PackDescriptor d = base.descriptor();
        if (d.layer() != null) {
            problems.add(new PackProblem(base.origin() + "/" + DESCRIPTOR, 0, "gói " + d.id() + " mở rộng gói "
                    + d.layer().extendsId() + " ('extends'): hãy nạp nó như một lớp trên gói đó / pack " + d.id()
                    + " extends " + d.layer().extendsId() + ": load it as a layer on that pack (--rules after it, "
                    + "Evaluator.Builder.layer)"));
            PackLoader.failOn(problems);
        }
        Map<String, String> parameterFiles = new LinkedHashMap<>(base.parameterFiles());
        ParameterSet parameters = parameterSet(base.parameters(), base.origin(), problems);
        Map<String, String> ruleOwners = new HashMap<>();
        Map<String, String> ruleFiles = new HashMap<>(base.ruleFiles());
        List<Model> models = base.models() == null ? null : new ArrayList<>(base.models());
        List<DeclaredIndicator> indicators = new ArrayList<>();
        List<String> below = new ArrayList<>(List.of(base.id()));
        if (d.plan() != null) {
            below.add(d.plan().id());
        }
        rules(base, ruleOwners, problems);
        for (PackSource layer : layers) {
            String file = layer.origin() + "/" + DESCRIPTOR;
            LayerDescriptor keys = layer.descriptor().layer();
            if (keys == null) {
                problems.add(new PackProblem(file, 0, "gói " + layer.id() + " không có 'extends' nên không thể là một lớp "
                        + "/ pack " + layer.id() + " names no pack it 'extends', so it cannot be a layer"));
                continue;
            }
            if (!below.contains(keys.extendsId())) {
                problems.add(new PackProblem(file, 0, "'extends: "
                        + keys.extendsId() + "' không phải gói bên dưới / is not a pack below it " + below));
            }
            if (below.contains(layer.id())) {
                problems.add(new PackProblem(file, 0, "id " + layer.id() + " trùng một gói bên dưới / is the id of a pack "
                        + "below it"));
            }
            if (models == null || layer.models() == null) {
                problems.add(new PackProblem(file, 0, "gói " + below.get(0) + " không có mô hình thực thi ('model' trong "
                        + "pack.yaml) nên không thể thêm lớp / pack " + below.get(0) + " has no executable model, so "
                        + "nothing can be layered on it"));
            } else {
                models.addAll(layer.models());
            }
            rules(layer, ruleOwners, problems);
            layer.ruleFiles().forEach((rule, f) -> ruleFiles.put(rule, layer.origin() + "/" + f));
            parameters = addParameters(parameters, parameterFiles, layer, problems);
            parameters = override(parameters, parameterFiles, layer, problems);
            for (DeclaredIndicator i : keys.indicators()) {
                if (indicators.stream().anyMatch(o -> o.name().equals(i.name()))) {
                    problems.add(new PackProblem(file, 0, "indicators: " + i.name() + " đã được một lớp bên dưới khai báo "
                            + "/ is already declared by a layer below"));
                } else {
                    indicators.add(i);
                }
            }
            below.add(layer.id());
        }
        PackLoader.failOn(problems);
        KieBase kieBase = models == null ? base.kieBase() : KieBaseBuilder.createKieBaseFromModel(models);
        Map<String, RuleInfo> catalogue = new TreeMap<>(RuleCatalogue.of(kieBase, parameters, d.phases(), ruleFiles,
                problems));
        List<LayerInfo> layerInfos = new ArrayList<>();
        for (PackSource layer : layers) {
            List<DisabledRule> disabled = disable(kieBase, catalogue, layer, problems);
            PackDescriptor ld = layer.descriptor();
            layerInfos.add(new LayerInfo(ld.id(), ld.name(), ld.version(), ld.layer().extendsId(),
                    ld.layer().legalBasis(), disabled));
        }
        ParameterSet set = parameters;
        d.windows().forEach((kind, id) -> PackLoader.checkWindow(kind, id, set, problems));
        PackLoader.failOn(problems);
        return new LoadedPack(kieBase, parameters, catalogue, new PackInfo(d.id(), d.name(), d.version(), layerInfos),
                d.plan(), d.phases(), d.windows(), indicators);
    }

    private static ParameterSet parameterSet(List<Parameter> parameters, String origin, List<PackProblem> problems) {
        try {
            return ParameterSet.of(parameters);
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(origin, 0, e.getMessage()));
            PackLoader.failOn(problems);
            return null;
        }
    }

    /** Records which pack defines each rule; a rule id defined twice is a problem naming both. */
    private static void rules(PackSource pack, Map<String, String> owners, List<PackProblem> problems) {
        if (pack.models() == null) {
            return;
        }
        for (Model model : pack.models()) {
            for (Rule rule : model.getRules()) {
                String owner = owners.putIfAbsent(rule.getName(), pack.id());
                if (owner != null) {
                    String file = pack.ruleFiles().getOrDefault(rule.getName(), rule.getPackage().replace('.', '/'));
                    problems.add(new PackProblem(pack.origin() + "/" + file, 0, "luật " + rule.getName()
                            + " trùng id với một luật của gói " + owner + "; đặt id khác / rule id " + rule.getName()
                            + " is already a rule of pack " + owner + "; choose another id"));
                }
            }
        }
    }

    private static ParameterSet addParameters(ParameterSet set, Map<String, String> files, PackSource layer,
                                              List<PackProblem> problems) {
        List<Parameter> all = new ArrayList<>(set.all());
        for (Parameter p : layer.parameters()) {
            String file = layer.origin() + "/" + layer.parameterFiles().get(p.id());
            String existing = files.putIfAbsent(p.id(), file);
            if (existing != null) {
                problems.add(new PackProblem(file, 0, "tham số " + p.id() + " đã có ở " + existing + "; muốn thay giá trị "
                        + "thì ghi nó trong tệp của 'overrides' / parameter " + p.id() + " is already defined in "
                        + existing + "; to replace its values, put it in a file listed under 'overrides'"));
            } else {
                all.add(p);
            }
        }
        return ParameterSet.of(all);
    }

    private static ParameterSet override(ParameterSet set, Map<String, String> files, PackSource layer,
                                         List<PackProblem> problems) {
        List<Parameter> valid = new ArrayList<>();
        for (Parameter o : layer.overrides()) {
            String file = layer.origin() + "/" + layer.overrideFiles().get(o.id());
            if (set.get(o.id()).isEmpty()) {
                problems.add(new PackProblem(file, 0, "overrides: tham số " + o.id() + " không có ở các gói bên dưới "
                        + "(tham số mới thì ghi trong 'parameters') / parameter " + o.id() + " is not defined by the "
                        + "packs below (list a new parameter under 'parameters')"));
                continue;
            }
            try {
                set.overriddenBy(List.of(o));
                valid.add(o);
            } catch (IllegalArgumentException e) {
                problems.add(new PackProblem(file, 0, "overrides: " + e.getMessage()));
            }
        }
        valid.forEach(o -> files.put(o.id(), layer.origin() + "/" + layer.overrideFiles().get(o.id())));
        return valid.isEmpty() ? set : set.overriddenBy(valid);
    }

    /** Removes the rules a layer switches off from the KIE base and the catalogue. */
    private static List<DisabledRule> disable(KieBase kieBase, Map<String, RuleInfo> catalogue, PackSource layer,
                                              List<PackProblem> problems) {
        List<DisabledRule> disabled = new ArrayList<>();
        String file = layer.origin() + "/" + DESCRIPTOR;
        for (LayerDescriptor.Disable d : layer.descriptor().layer().disables()) {
            RuleInfo info = catalogue.remove(d.rule());
            String pkg = info == null ? null : packageOf(kieBase, d.rule());
            if (pkg == null) {
                problems.add(new PackProblem(file, d.line(), "disables: không có luật " + d.rule() + " ở các gói bên dưới "
                        + "/ no rule " + d.rule() + " in the packs below"));
                continue;
            }
            kieBase.removeRule(pkg, d.rule());
            disabled.add(new DisabledRule(d.rule(), info.label(), info.source(), d.reason(), layer.id()));
        }
        return disabled;
    }

    private static String packageOf(KieBase kieBase, String rule) {
        for (KiePackage pkg : kieBase.getKiePackages()) {
            if (pkg.getRules().stream().anyMatch(r -> r.getName().equals(rule))) {
                return pkg.getName();
            }
        }
        return null;
    }
}
