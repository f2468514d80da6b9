package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.commendation.Leader;
import vn.antq.indicator.DeclaredIndicator;

/**
 * Reads a dataset in the format {@code antq-dataset/1} (JSON, UTF-8; contract.md §1) into a validated,
 * typed {@link Dataset}.
 *
 * <p>The whole input is checked before anything is returned, and every problem is collected: the
 * top-level fields ({@code format} exactly {@value Dataset#FORMAT}, {@code year} a whole number from 1990
 * to 2100, {@code referenceDate} a date), each unit's fields and their JSON types, each indicator of the
 * national catalogue against its type, code list and range, each event, the relations between units
 * (unique well-formed ids, parents that exist and can contain the unit, no cycle, {@code managedBy} and
 * {@code successor} naming units, no loop of successors, a {@code validTo} for a unit with a successor,
 * registered ≤ resident and the other part-of-whole counts), the structure at the reference date (a unit
 * valid on that day has its parent and managing unit valid on that day) and each campaign (its fields, its
 * window, its expected units and its participation, naming units of the dataset) and each budget line (its
 * spender and category codes, an amount ≥ 0, counts that are whole numbers ≥ 0, a unit of the dataset, an id
 * unique among the budget lines) and each result of an earlier year in {@code history} (a unit of the dataset,
 * a year from 1990 and before the dataset's year, a known standard status and movement level, at most one
 * entry per unit and year) and each security team in {@code securityTeams} (an id unique among the teams, a
 * non-empty list of residential areas of the dataset, each covered by one team only, and members with ids
 * unique across all teams, a name, a known role, education and area type, and dates that parse, a birth date
 * before the reference date, tasks done at most tasks assigned) and each leader in {@code leaders} (an id unique
 * among the leaders, a name, a unit of the dataset, posts and awards that parse) and {@code medalProposalDate}
 * (a date). If anything is wrong, one {@link InvalidDatasetException} lists every
 * problem, each naming the unit id (or {@code units[i]} when the id is missing or malformed), the campaign id
 * (or {@code campaigns[i]}), the budget line id (or {@code budgetLines[i]}), the unit id of a history entry (or
 * {@code history[i]}), the security team id (or {@code securityTeams[i]}) or {@code dataset}, the field, what
 * was expected and what was found; nothing is returned to evaluate.
 *
 * <p>No value is guessed: an absent field or a field given as JSON {@code null} stays absent (an absent
 * indicator means "no data"; a unit without {@code events} has {@link vn.antq.unit.Unit#events()} null,
 * "not reported", while {@code []} gives an empty list). The only default is the one the format defines:
 * {@code referenceDate} is 15/11 of the year when absent. Indicators outside the catalogue are kept
 * (boolean as a flag, whole number ≥ 0 as a count, other number as a number, text as a code), and so are
 * fields the format does not define (ignored); both are listed in {@link Dataset#warnings()}. A campaign
 * without {@code keyDate} has {@link vn.antq.campaign.Campaign#keyDate()} null, and a participation
 * keeps {@code null} for each of {@code held}, {@code date}, {@code sessions}, {@code participants} it
 * does not give; a budget line keeps {@code null} for each count ({@code models}, {@code communes},
 * {@code people}, {@code km}, {@code localities}) it does not give; a history entry without {@code movement}
 * has {@link vn.antq.commendation.YearResult#movement()} null; a security team without {@code established}
 * and a member without any of its optional fields keep {@code null} for it.
 *
 * @since 0.1
 */
public final class DatasetReader {
    private static final String MEDAL_PROPOSAL_DATE = "medalProposalDate";
    private static final Set<String> DATASET_FIELDS = Set.of("format", "title", "year", "referenceDate", "units",
            "campaigns", BudgetLineDraft.FIELD, HistoryDraft.FIELD, SecurityTeamDraft.FIELD, LeaderParser.FIELD,
            MEDAL_PROPOSAL_DATE);


    private DatasetReader() {
    }

    /**
     * Reads a dataset from a stream of UTF-8 bytes, up to its end. The stream is not closed.
     *
     * @param in the dataset's bytes
     * @return the validated dataset
     * @throws InvalidDatasetException listing every problem, when the bytes are not a valid
     *                                 {@code antq-dataset/1} dataset
     * @throws UncheckedIOException    when the stream cannot be read
     */
    public static Dataset read(InputStream in) throws InvalidDatasetException {
        return read(parse(in), List.of());
    }

    /**
     * Reads a dataset from a stream of UTF-8 bytes, up to its end, with the indicators a rule pack declares
     * beside the national catalogue ({@link vn.antq.evaluation.Evaluator#indicators()}): each is read with its
     * type and codes, a value of another type is a problem, and none is warned about as unknown. The stream is not
     * closed.
     *
     * @param in       the dataset's bytes
     * @param declared the indicators the rule pack declares
     * @return the validated dataset
     * @throws InvalidDatasetException listing every problem
     * @throws UncheckedIOException    when the stream cannot be read
     * @since 0.3
     */
    public static Dataset read(InputStream in, Collection<DeclaredIndicator> declared) throws InvalidDatasetException {
        return read(parse(in), declared);
    }

    /** @return the JSON tree of the stream's bytes; the bytes are not kept once parsed */
    private static JsonNode parse(InputStream in) throws InvalidDatasetException {
        try {
            return JsonInput.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a dataset from its UTF-8 bytes (a leading byte order mark is skipped). The array is not copied nor
     * changed.
     *
     * @param bytes the dataset's bytes
     * @return the validated dataset
     * @throws InvalidDatasetException listing every problem, when the bytes are not a valid
     *                                 {@code antq-dataset/1} dataset
     */
    public static Dataset read(byte[] bytes) throws InvalidDatasetException {
        return read(JsonInput.parse(bytes), List.of());
    }

    /**
     * Reads a dataset from a UTF-8 file.
     *
     * @param file the dataset file
     * @return the validated dataset
     * @throws IOException             when the file cannot be read
     * @throws InvalidDatasetException listing every problem, when the file is not a valid
     *                                 {@code antq-dataset/1} dataset
     */
    public static Dataset read(Path file) throws IOException, InvalidDatasetException {
        return read(file, List.of());
    }

    /**
     * Reads a dataset from a UTF-8 file, with the indicators a rule pack declares beside the national catalogue
     * (see {@link #read(InputStream, Collection)}).
     *
     * @param file     the dataset file
     * @param declared the indicators the rule pack declares ({@link vn.antq.evaluation.Evaluator#indicators()})
     * @return the validated dataset
     * @throws IOException             when the file cannot be read
     * @throws InvalidDatasetException listing every problem
     * @since 0.3
     */
    public static Dataset read(Path file, Collection<DeclaredIndicator> declared)
            throws IOException, InvalidDatasetException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(parse(in), declared);
        }
    }

    /**
     * Reads a dataset from its JSON text (not a file name).
     *
     * @param json the dataset's JSON text
     * @return the validated dataset
     * @throws InvalidDatasetException listing every problem, when the text is not a valid
     *                                 {@code antq-dataset/1} dataset
     */
    public static Dataset read(String json) throws InvalidDatasetException {
        return read(JsonInput.parse(json), List.of());
    }

    private static Dataset read(JsonNode root, Collection<DeclaredIndicator> declared) throws InvalidDatasetException {
        Map<String, DeclaredIndicator> byName = new HashMap<>();
        declared.forEach(d -> byName.put(d.name(), d));
        Findings findings = new Findings();
        if (!root.isObject()) {
            findings.problem(Findings.DATASET, "json", "a JSON object with format, year and units",
                    JsonValues.describe(root));
            findings.throwIfProblems();
        }
        FieldReader dataset = new FieldReader(root, Findings.DATASET, "", findings);
        String format = dataset.text("format", true, JsonValues.quote(Dataset.FORMAT));
        if (format != null && !format.equals(Dataset.FORMAT)) {
            dataset.problem("format", JsonValues.quote(Dataset.FORMAT), JsonValues.quote(format));
        }
        String title = dataset.text("title", false, "text");
        Integer year = year(dataset, findings);
        LocalDate referenceDate = referenceDate(dataset, year);
        dataset.warnUnknownFields(DATASET_FIELDS, Dataset.FORMAT);
        List<UnitDraft> units = UnitParser.parseAll(dataset, findings, byName);
        dataset.release("units");
        List<CampaignDraft> campaigns = CampaignParser.parseAll(dataset, findings);
        List<BudgetLineDraft> budgetLines = BudgetLineParser.parseAll(dataset, findings);
        List<HistoryDraft> history = HistoryParser.parseAll(dataset, findings);
        dataset.release(HistoryDraft.FIELD);
        List<SecurityTeamDraft> securityTeams = SecurityTeamParser.parseAll(dataset, findings);
        dataset.release(SecurityTeamDraft.FIELD);
        List<Leader> leaders = LeaderParser.parseAll(dataset, UnitDraft.byId(units).keySet(), findings);
        LocalDate medalProposalDate = dataset.date(MEDAL_PROPOSAL_DATE, false);
        DatasetValidator.check(units, campaigns, budgetLines, history, securityTeams, year, referenceDate,
                findings, byName);
        findings.throwIfProblems();
        return new Dataset(title, year, referenceDate,
                units.stream().map(UnitDraft::toUnit).toList(),
                campaigns.stream().map(CampaignDraft::toCampaign).toList(),
                budgetLines.stream().map(BudgetLineDraft::toBudgetLine).toList(),
                history.stream().map(HistoryDraft::toYearResult).toList(),
                securityTeams.stream().map(SecurityTeamDraft::toSecurityTeam).toList(), leaders, medalProposalDate,
                findings.warnings());
    }

    /** @return the given or default reference date; null when it does not parse or the year is unknown */
    private static LocalDate referenceDate(FieldReader dataset, Integer year) {
        return dataset.value("referenceDate") == null
                ? DatasetValidator.defaultReferenceDate(year)
                : dataset.date("referenceDate", false);
    }

    private static Integer year(FieldReader dataset, Findings findings) {
        JsonNode node = dataset.value("year");
        Long year = JsonValues.wholeNumber(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (year == null) {
            dataset.problem("year", DatasetValidator.YEAR_EXPECTED, dataset.describe("year"));
            return null;
        }
        DatasetValidator.checkYear(year, findings);
        return year.intValue();
    }
}
