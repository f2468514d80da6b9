package vn.antq.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.Problem;
import vn.antq.evaluation.PeriodNotCoveredException;
import vn.antq.parameter.Parameter;
import vn.antq.rules.Params;

/**
 * Checks, before any rule runs, that the dataset's days lie inside what the pack covers. A pack dates each
 * parameter from the text that brings it in, and a rule joining a parameter that has no value yet is not in force
 * (Luật 30's Tổ bảo vệ ANTT before 01/7/2024, a province's criterion before its own start): that is not applicable,
 * not uncovered. A day is uncovered when the pack has nothing in force for it yet: the reference date before any
 * assessment window exists (a unit cannot be assessed at all) or before the first parameter of the rules over units
 * starts; the Kỷ niệm chương proposal date before the first parameter of the medal rules starts.
 */
final class PeriodCoverage {

    private PeriodCoverage() {
    }

    /**
     * @param pack      the loaded pack
     * @param dataset   the dataset
     * @param reference the pack's parameters at the dataset's reference date
     * @throws PeriodNotCoveredException naming the dataset's field, the first day covered and the parameters missing
     */
    static void check(LoadedPack pack, Dataset dataset, Params reference) {
        List<Problem> problems = new ArrayList<>();
        Set<String> unitIds = new TreeSet<>(pack.scope().direct(SessionRunner.HELD));
        Set<String> missing = missing(unitIds, reference);
        Set<String> windows = new TreeSet<>(pack.windows().values());
        missing.addAll(missing(windows, reference));
        unitIds.addAll(windows);
        if (missing.containsAll(unitIds) || !missing(windows, reference).isEmpty()) {
            problems.add(problem(pack, "referenceDate", dataset.referenceDate(), missing,
                    " (the reference date; 15/11 of " + dataset.year() + " when the dataset gives none)"));
        }
        LocalDate proposal = dataset.medalProposalDate();
        if (proposal != null && !(dataset.securityTeams().isEmpty() && dataset.leaders().isEmpty())) {
            Set<String> medalIds = pack.scope().direct(MedalRun.HELD);
            Set<String> medal = missing(medalIds, new Params(pack.parameters().at(proposal)));
            if (!medalIds.isEmpty() && medal.containsAll(medalIds)) {
                problems.add(problem(pack, "medalProposalDate", proposal, medal, ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new PeriodNotCoveredException(problems);
        }
    }

    private static Set<String> missing(Collection<String> ids, Params params) {
        Set<String> missing = new TreeSet<>();
        for (String id : ids) {
            if (!params.has(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** The first day covered: when the missing parameters that start earliest (the windows first) start. */
    private static Problem problem(LoadedPack pack, String field, LocalDate day, Set<String> missing, String note) {
        Optional<LocalDate> from = missing.stream().filter(pack.windows().values()::contains)
                .map(id -> firstDay(pack, id)).max(LocalDate::compareTo);
        if (from.isEmpty()) {
            from = missing.stream().map(id -> firstDay(pack, id)).min(LocalDate::compareTo);
        }
        String covered = from.filter(d -> !d.equals(LocalDate.MAX))
                .map(d -> "a day from " + d + " on, which the rule pack " + pack.info().id() + " covers")
                .orElse("a day the rule pack " + pack.info().id() + " covers");
        return new Problem("dataset", field, covered, day + note + "; parameters without a value that day: "
                + String.join(", ", missing));
    }

    private static LocalDate firstDay(LoadedPack pack, String id) {
        return pack.parameters().get(id).map(PeriodCoverage::first).orElse(LocalDate.MAX);
    }

    private static LocalDate first(Parameter p) {
        return p.values().get(0).from();
    }
}
