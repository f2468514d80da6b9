package vn.antq.internal.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.extensions.DecisionTableFactory;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Finds a pack's rule files ({@code *.drl} and {@code *.drl.csv} anywhere under its directory) and turns each
 * decision table into the DRL Drools generates from it.
 */
final class RuleSources {
    private static final Pattern CELL = Pattern.compile("\\b[A-Z]{1,2}(\\d+)\\b");

    private RuleSources() {
    }

    static List<RuleSource> read(Path dir, Diagnostics diagnostics) {
        List<RuleSource> sources = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".drl.csv"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            diagnostics.error("FILE-READ", Pos.file("."), "", "Không đọc được thư mục: " + e.getMessage(),
                    "Cannot read the directory: " + e.getMessage());
            return sources;
        }
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                diagnostics.error("FILE-READ", Pos.file(name), "", "Không đọc được tệp (cần mã hóa UTF-8): "
                        + e.getMessage(), "Cannot read the file (it must be UTF-8): " + e.getMessage());
                continue;
            }
            SourceText author = SourceText.of(name, text);
            if (name.endsWith(".csv")) {
                RuleSource table = table(author, diagnostics);
                if (table != null) {
                    sources.add(table);
                }
            } else {
                sources.add(RuleSource.drl(author));
            }
        }
        return sources;
    }

    private static RuleSource table(SourceText author, Diagnostics diagnostics) {
        if (DecisionTableFactory.getDecisionTableProvider() == null) {
            diagnostics.error("TABLE-FORMAT", Pos.file(author.file()), "",
                    "Không kiểm tra được bảng quyết định: thiếu thư viện drools-decisiontables.",
                    "Cannot check the decision table: drools-decisiontables is not on the class path.");
            return null;
        }
        DecisionTableConfiguration conf = KnowledgeBuilderFactory.newDecisionTableConfiguration();
        conf.setInputType(DecisionTableInputType.CSV);
        try {
            String drl = DecisionTableFactory.loadFromInputStream(
                    new ByteArrayInputStream(author.text().getBytes(StandardCharsets.UTF_8)), conf);
            return RuleSource.table(author, drl == null ? "" : drl);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Matcher cell = CELL.matcher(why);
            int line = 1;
            if (cell.find()) {
                int[] starts = CsvRecords.startLines(author.text());
                int row = Integer.parseInt(cell.group(1));
                line = row >= 1 && row <= starts.length ? starts[row - 1] : 1;
            }
            diagnostics.error("TABLE-FORMAT", new Pos(author.file(), line, 1), author.line(line).trim(),
                    "Bảng quyết định viết sai cấu trúc (" + why + "). Đối chiếu với các dòng RuleSet, Import, "
                            + "RuleTable và các hàng tiêu đề trong docs/rules/bang-quyet-dinh.md.",
                    "The decision table is malformed (" + why + "). Compare its RuleSet, Import, RuleTable and "
                            + "header rows with docs/rules/bang-quyet-dinh.md.");
            return null;
        }
    }
}
