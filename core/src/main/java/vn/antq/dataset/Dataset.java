package vn.antq.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.antq.campaign.Campaign;
import vn.antq.commendation.Leader;
import vn.antq.commendation.YearResult;
import vn.antq.funding.BudgetLine;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.unit.Unit;

/**
 * A validated dataset ({@code antq-dataset/1}): the assessment year, the reference date and the
 * units in dataset order. Immutable; build it with {@link DatasetReader} or {@link #of}.
 *
 * @param title         a human title
 * @param year          the assessment year Y
 * @param referenceDate the day the administrative structure is read (default 15/11/Y)
 * @param units         the units, parents before or after children, in dataset order
 * @param campaigns     the campaigns, in dataset order
 * @param budgetLines   the movement's budget lines, in dataset order
 * @param history       the units' results of earlier years, in dataset order
 * @param securityTeams the Tổ bảo vệ an ninh, trật tự and their members, in dataset order
 * @param leaders       the leaders considered for the Kỷ niệm chương, in dataset order
 * @param medalProposalDate the day of the Kỷ niệm chương proposal (it chooses the regime), or null when the
 *                      dataset proposes none: members and leaders are then not checked for the medal
 * @param warnings      non-fatal remarks (e.g. indicators outside the catalogue)
 * @since 0.1
 */
public record Dataset(String title, int year, LocalDate referenceDate, List<Unit> units, List<Campaign> campaigns,
                      List<BudgetLine> budgetLines, List<YearResult> history,
                      List<SecurityTeam> securityTeams, List<Leader> leaders, LocalDate medalProposalDate,
                      List<String> warnings) {

    /** The format id this version reads and writes. */
    public static final String FORMAT = "antq-dataset/1";

    /** Copies the lists. */
    public Dataset {
        Objects.requireNonNull(referenceDate, "referenceDate");
        units = List.copyOf(units);
        campaigns = List.copyOf(campaigns);
        budgetLines = List.copyOf(budgetLines);
        history = List.copyOf(history);
        securityTeams = List.copyOf(securityTeams);
        leaders = List.copyOf(leaders);
        warnings = List.copyOf(warnings);
    }

    /**
     * Builds a dataset from units already in memory, validating it as the reader does.
     *
     * @param title         title
     * @param year          assessment year
     * @param referenceDate reference date, or null for 15/11 of the year
     * @param units         the units
     * @return the dataset
     * @throws InvalidDatasetException listing every problem
     */
    public static Dataset of(String title, int year, LocalDate referenceDate, List<Unit> units)
            throws InvalidDatasetException {
        return of(title, year, referenceDate, units, List.of());
    }

    /**
     * Builds a dataset with campaigns from values already in memory, validating it as the reader does.
     *
     * @param title         title
     * @param year          assessment year
     * @param referenceDate reference date, or null for 15/11 of the year
     * @param units         the units
     * @param campaigns     the campaigns
     * @return the dataset
     * @throws InvalidDatasetException listing every problem
     */
    public static Dataset of(String title, int year, LocalDate referenceDate, List<Unit> units,
                             List<Campaign> campaigns) throws InvalidDatasetException {
        LocalDate ref = referenceDate != null ? referenceDate : LocalDate.of(year, 11, 15);
        return new DatasetValidator(year, ref).validate(title, units, campaigns);
    }

    /** @return the units by id */
    public Map<String, Unit> unitsById() {
        return units.stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity()));
    }

    /** @param id a unit id @return the unit, if present */
    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
