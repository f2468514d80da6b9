package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RuleInfo;
import vn.antq.pack.RulePack;

/**
 * Each plan is one table of targets ({@code chi-tieu.drl.csv}) of the same columns, campaigns included, plus the
 * DRL rule of chỉ tiêu 1, whose shape differs between the plans; every plan rule joins its parameters as facts, so its parameter list is derived from its
 * conditions, and its label and source come from the table row.
 */
class PlanTablesTest {
    private static final String KH67 = "vn/antq/plans/th_kh67_2024/";
    private static final String TH26 = "vn/antq/plans/th_2026/";

    private static Map<String, RuleInfo> rules(String plan) {
        Evaluator e = Evaluator.builder().rulePack(RulePack.classpath(plan + "pack.yaml")).bundledPlans(false).build();
        return e.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = PlanTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    /** The part of a table after its RuleSet line: the settings and the column headers. */
    private static List<String> shape(List<String> table) {
        return table.subList(ruleSet(table) + 1, indexOf(table, "Mã chỉ tiêu") + 1);
    }

    private static int ruleSet(List<String> table) {
        return indexOf(table, "RuleSet,");
    }

    private static int indexOf(List<String> table, String start) {
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + start);
    }

    @Test
    void bothPlansWriteTheirTargetsInTablesOfTheSameColumns() throws IOException {
        List<String> kh67 = lines(KH67 + "chi-tieu.drl.csv");
        List<String> th26 = lines(TH26 + "chi-tieu.drl.csv");
        assertEquals("RuleSet,vn.antq.plans.th_kh67_2024", kh67.get(ruleSet(kh67)));
        assertEquals("RuleSet,vn.antq.plans.th_2026", th26.get(ruleSet(th26)));
        assertEquals(shape(kh67), shape(th26));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "KH67-T1;kh67.t1.modelWards.380, kh67.t1.modelWards.381, kh67.t1.modelWards.382",
        "KH67-T1-TINH;kh67.t1.modelWards.38, kh67.t1.districts, kh67.t1.modelWards.380, kh67.t1.modelWards.381, kh67.t1.modelWards.382",
        "KH67-T2;kh67.t2.minShare",
        "KH67-T4;kh67.t4.minShare, kh67.t4.schoolLevels",
        "KH67-T5;kh67.t5.minShare",
        "KH67-T7B;kh67.t7b.minShare, kh67.t7b.staffing.leaders, kh67.t7b.staffing.deputies, kh67.t7b.staffing.members",
        "KH67-T8;kh67.t8.minShare",
        "KH67-T8-THIEU;kh67.t8.minShare, kh67.t8.kinds",
        "KH67-T9;kh67.t9.minShare, kh67.t9.minModels",
    })
    void kh67RulesJoinTheirParametersAsFacts(String rule, String parameters) {
        assertEquals(List.of(parameters.split(",\\s*")), rules(KH67).get(rule).parameters());
    }

    @Test
    void everyPlanRuleHasItsLabelSourceAndParameters() {
        for (Map.Entry<String, Integer> plan : Map.of(KH67, 12, TH26, 11).entrySet()) {
            Map<String, RuleInfo> rules = rules(plan.getKey());
            assertEquals(plan.getValue(), rules.size(), plan.getKey() + ": " + rules.keySet());
            for (RuleInfo r : rules.values()) {
                assertFalse(r.label() == null || r.label().isBlank(), r.id());
                assertFalse(r.source() == null || r.source().isBlank(), r.id());
                assertFalse(r.parameters().isEmpty(), r.id());
            }
        }
        assertTrue(rules(TH26).get("TH26-T5").label().startsWith("Trên 85% khu dân cư"));
        assertEquals("Kế hoạch năm 2026 (giả định), chỉ tiêu 5", rules(TH26).get("TH26-T5").source());
    }
}
