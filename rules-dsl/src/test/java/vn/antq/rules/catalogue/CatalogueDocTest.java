package vn.antq.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RuleInfo;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;

/**
 * Keeps docs/rules/catalogue.md equal to what the bundled pack says about itself. To regenerate after
 * changing rules or parameters: {@code mvn -pl rules-dsl -am test -Dtest=CatalogueDocTest -Dantq.writeDocs=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CatalogueDocTest {
    private static final Path DOC = Path.of("..", "docs", "rules", "catalogue.md");

    @Test
    void catalogueDocumentMatchesTheBundledPack() throws IOException {
        String generated = render(Evaluator.builder().build());
        if (Boolean.getBoolean("antq.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules/catalogue.md is out of date; regenerate it (see this test's Javadoc)");
    }

    private static String render(Evaluator evaluator) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue — ").append(evaluator.pack().name()).append("\n\n")
          .append("Generated from the bundled pack (`").append(evaluator.pack().id())
          .append("`) by `CatalogueDocTest`; do not edit by hand.\n")
          .append("Each rule is a DRL rule whose name is its stable id; its label, legal source and parameters are\n")
          .append("its metadata. Rules marked *standing* combine criteria and produce no criterion of their own.\n\n")
          .append("## Rules\n\n")
          .append("| rule | criterion (Vietnamese) | source | parameters | file or package |\n")
          .append("| --- | --- | --- | --- | --- |\n");
        List<RuleInfo> rules = evaluator.rules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        for (RuleInfo r : rules) {
            md.append("| `").append(r.id()).append("` | ")
              .append(r.label() == null ? "*standing*" : cell(r.label())).append(" | ")
              .append(r.source() == null ? "" : cell(r.source())).append(" | ")
              .append(String.join(", ", r.parameters().stream().map(p -> "`" + p + "`").toList())).append(" | ")
              .append(r.file()).append(" |\n");
        }
        md.append("\n## Parameters\n\n")
          .append("| parameter | meaning (Vietnamese) | value | from | source | provisional |\n")
          .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Parameter p : evaluator.parameters().all()) {
            for (ParameterValue v : p.values()) {
                md.append("| `").append(p.id()).append("` | ").append(cell(p.labelVi())).append(" | ")
                  .append(cell(display(v.value()))).append(" | ").append(v.from()).append(" | ")
                  .append(cell(v.source())).append(" | ").append(v.provisional() ? "**yes**" : "no").append(" |\n");
            }
        }
        return md.toString();
    }

    private static String display(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
