package vn.antq.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.antq.pack.PackInfo;

/**
 * The result of evaluating one dataset: every unit once, in dataset order, with the rule pack and
 * the provisional parameters used. Immutable; the same dataset and pack give an equal report.
 *
 * @param year                  the assessment year
 * @param referenceDate         the reference date
 * @param pack                  the rule pack
 * @param provisionalParameters ids of provisional parameters that some conclusion used, sorted
 * @param units                 one assessment per dataset unit, in dataset order
 * @param warnings              non-fatal remarks from reading the dataset
 * @since 0.1
 */
public record EvaluationReport(int year, LocalDate referenceDate, PackInfo pack, List<String> provisionalParameters,
                               List<UnitAssessment> units, List<String> warnings) {

    /** The report format id this version writes. */
    public static final String FORMAT = "antq-report/1";

    /** Copies the lists. */
    public EvaluationReport {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(pack, "pack");
        provisionalParameters = List.copyOf(provisionalParameters);
        units = List.copyOf(units);
        warnings = List.copyOf(warnings);
    }

    /** @param id a unit id @return its assessment, if the dataset had it */
    public Optional<UnitAssessment> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
