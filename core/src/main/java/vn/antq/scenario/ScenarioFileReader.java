package vn.antq.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.dataset.Problem;

/**
 * Reads one scenario file ({@code antq-scenario/1}) into its cases, checking every key and value: all problems of
 * the file are reported together, each with its line and column, and a file with a problem gives no case.
 */
final class ScenarioFileReader {
    /** The format id a scenario file declares. */
    static final String FORMAT = "antq-scenario/1";
    /** The keys of a scenario file (docs/schemas/antq-scenario-1.schema.json names the same). */
    static final Set<String> FILE_KEYS = Set.of("format", "title", "year", "referenceDate", "plan", "packs",
            "medalProposalDate", "units", "cases");
    /** The keys of a case. */
    static final Set<String> CASE_KEYS;
    private static final String OUTSIDE_CATALOGUE = "/ indicator outside the national catalogue";

    static {
        Set<String> keys = new HashSet<>(Set.of("name", "year", "referenceDate", "plan", "packs", "units", "expect"));
        keys.addAll(CaseDataset.RECORDS);
        CASE_KEYS = Set.copyOf(keys);
    }

    private final YamlTree tree;
    private final Path directory;
    private final Function<List<Path>, ScenarioDefaults> defaults;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioFileReader(YamlTree tree, Path directory, Function<List<Path>, ScenarioDefaults> defaults) {
        this.tree = tree;
        this.directory = directory;
        this.defaults = defaults;
    }

    /**
     * @param file     the scenario file
     * @param defaults the scenario defaults of a list of packs
     * @return its cases, in file order
     * @throws ScenarioFormatException listing every problem of the file
     */
    static List<ScenarioCase> read(Path file, Function<List<Path>, ScenarioDefaults> defaults) {
        YamlTree tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = YamlTree.read(file.toString(), in);
        } catch (IOException e) {
            throw new ScenarioFormatException(List.of(new ScenarioProblem(file.toString(), 0, 0,
                    "không đọc được tệp / cannot read the file: " + e.getMessage())));
        }
        Path dir = file.toAbsolutePath().getParent();
        ScenarioFileReader reader = new ScenarioFileReader(tree, dir, defaults);
        List<ScenarioCase> cases = reader.cases();
        if (!reader.problems.isEmpty()) {
            throw new ScenarioFormatException(reader.problems);
        }
        return cases;
    }

    private List<ScenarioCase> cases() {
        JsonNode root = tree.root();
        if (!keys("", root, FILE_KEYS, "tệp kịch bản / scenario file") && !root.isObject()) {
            return List.of();
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText())) {
            problems.add(tree.problem(format == null ? "" : "/format", "cần format: " + FORMAT + " / expected format: "
                    + FORMAT + (format == null ? ", missing" : ", found " + format.asText())));
        }
        list("/units", root.get("units"));
        JsonNode cases = root.get("cases");
        if (cases == null || !cases.isArray() || cases.isEmpty()) {
            problems.add(tree.problem(cases == null ? "" : "/cases",
                    "cần \"cases\": danh sách tình huống, ít nhất một / expected \"cases\": a list of at least one case"));
            return List.of();
        }
        units("/units", root.path("units"));
        List<ScenarioCase> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            ScenarioCase c = oneCase("/cases/" + i, cases.get(i), root);
            if (c != null && !names.add(c.name())) {
                problems.add(tree.problem("/cases/" + i + "/name", "tên tình huống lặp lại / the case name \""
                        + c.name() + "\" is repeated"));
            }
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private ScenarioCase oneCase(String path, JsonNode node, JsonNode root) {
        int before = problems.size();
        if (!keys(path, node, CASE_KEYS, "tình huống / case") && !node.isObject()) {
            return null;
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            problems.add(tree.problem(name == null ? path : path + "/name",
                    "cần \"name\": tên tình huống / expected \"name\": the case's name"));
        }
        Integer year = year(path, node, root);
        String referenceDate = text(path, node, root, "referenceDate");
        String plan = text(path, node, root, "plan");
        List<Path> packs = packs(node.has("packs") ? path : "", node.has("packs") ? node : root);
        list(path + "/units", node.get("units"));
        units(path + "/units", node.path("units"));
        JsonNode expect = node.get("expect");
        List<Expectation> expectations = expect == null ? List.of()
                : ExpectationReader.read(tree, path + "/expect", expect, problems);
        if (expect == null) {
            problems.add(tree.problem(path, "cần \"expect\": kết quả mong đợi / expected \"expect\": the outcomes"));
        }
        if (problems.size() != before) {
            return null;
        }
        ScenarioDefaults packDefaults;
        try {
            packDefaults = defaults.apply(packs);
        } catch (ScenarioFormatException e) {
            problems.addAll(e.problems());
            return null;
        }
        CaseDataset.Built built = CaseDataset.build(root, node, path, name.asText(), year, referenceDate, packDefaults);
        Dataset dataset = dataset(path, built, !packs.isEmpty());
        return dataset == null ? null : new ScenarioCase(tree.file(), name.asText(), tree.line(path), plan, packs,
                dataset, built.defaultsUsed(), expectations);
    }

    private Dataset dataset(String path, CaseDataset.Built built, boolean withPacks) {
        Dataset dataset;
        try {
            dataset = DatasetReader.read(built.json().toString());
        } catch (InvalidDatasetException e) {
            for (Problem p : e.problems()) {
                problems.add(tree.problem(built.unitPaths().getOrDefault(p.location(), path),
                        "dữ liệu của tình huống không hợp lệ / invalid case data: " + p.message()));
            }
            return null;
        }
        int before = problems.size();
        for (String warning : dataset.warnings()) {
            if (withPacks && warning.contains(OUTSIDE_CATALOGUE)) {
                continue;
            }
            String where = warning.substring(0, Math.max(0, warning.indexOf(':')));
            problems.add(tree.problem(built.unitPaths().getOrDefault(where, path), warning));
        }
        return problems.size() == before ? dataset : null;
    }

    private Integer year(String path, JsonNode node, JsonNode root) {
        boolean own = node.has("year");
        JsonNode year = own ? node.get("year") : root.get("year");
        if (year == null || !year.isIntegralNumber()) {
            problems.add(tree.problem(own ? path + "/year" : year == null ? path : "/year",
                    "cần \"year\": năm đánh giá, số nguyên (của tình huống hoặc của tệp) / expected \"year\": the "
                            + "assessment year, a whole number (in the case or the file)"));
            return 0;
        }
        return year.intValue();
    }

    private String text(String path, JsonNode node, JsonNode root, String key) {
        boolean own = node.has(key);
        JsonNode value = own ? node.get(key) : root.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(tree.problem(own ? path + "/" + key : "/" + key, "\"" + key + "\" phải là văn bản / must be "
                    + "text, found " + value));
            return null;
        }
        return value.textValue();
    }

    private List<Path> packs(String where, JsonNode holder) {
        JsonNode packs = holder.get("packs");
        List<Path> out = new ArrayList<>();
        if (packs == null || packs.isNull()) {
            return out;
        }
        String at = where + "/packs";
        if (!packs.isArray()) {
            problems.add(tree.problem(at, "\"packs\" phải là danh sách thư mục / must be a list of directories"));
            return out;
        }
        for (int i = 0; i < packs.size(); i++) {
            Path dir = directory.resolve(packs.get(i).asText()).normalize();
            if (!packs.get(i).isTextual() || !Files.isDirectory(dir)) {
                problems.add(tree.problem(at + "/" + i, "không có thư mục bộ luật / no such pack directory: "
                        + packs.get(i).asText() + " (" + dir + ")"));
            } else if (!Files.isRegularFile(dir.resolve("pack.yaml"))) {
                problems.add(tree.problem(at + "/" + i, "thư mục không có pack.yaml / the directory has no pack.yaml: "
                        + packs.get(i).asText()));
            } else {
                out.add(dir);
            }
        }
        return out;
    }

    private void list(String path, JsonNode node) {
        if (node != null && !node.isNull() && !node.isArray()) {
            problems.add(tree.problem(path, "\"units\" phải là danh sách đơn vị / must be a list of units"));
        }
    }

    private void units(String path, JsonNode list) {
        if (!list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            keys(path + "/" + i, list.get(i), CaseDataset.UNIT_FIELDS, "đơn vị / unit");
        }
    }

    private boolean keys(String path, JsonNode node, Set<String> allowed, String what) {
        if (node == null || !node.isObject()) {
            problems.add(tree.problem(path, what + ": cần một bảng khóa → giá trị / expected a mapping"));
            return false;
        }
        int before = problems.size();
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problems.add(tree.problem(path + "/" + k, what + ": khóa không có \"" + k + "\" / unknown key \"" + k
                        + "\"; cần một trong / expected one of " + new TreeSet<>(allowed)));
            }
        });
        return problems.size() == before;
    }
}
