package vn.antq.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.Problem;
import vn.antq.evaluation.PeriodNotCoveredException;
import vn.antq.parameter.Parameter;
import vn.antq.rules.Params;

/**
 * Checks, before any rule runs, that the dataset's days lie inside what the pack covers: every parameter joined by
 * the rules that assess units and recognition directly, and every assessment window, has a value on the reference
 * date, and every parameter of the Kỷ niệm chương rules has one on the proposal date. Otherwise a criterion would
 * silently not be concluded (a partial result shown as complete) or a window could not be built. The Tổ bảo vệ ANTT
 * and funding rules are left out on purpose: a pack dates their parameters from the law that brings them in (Luật 30
 * from 01/7/2024, TT 40 from 23/7/2023), and before that day they are not applicable rather than uncovered.
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
        Set<String> missing = new TreeSet<>();
        missing.addAll(pack.scope().missing(reference, SessionRunner.HELD));
        missing.addAll(pack.scope().missing(reference, RecognitionRun.HELD));
        for (String window : pack.windows().values()) {
            if (!reference.has(window)) {
                missing.add(window);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(problem(pack, "referenceDate", dataset.referenceDate(), missing,
                    " (the reference date; 15/11 of " + dataset.year() + " when the dataset gives none)"));
        }
        LocalDate proposal = dataset.medalProposalDate();
        if (proposal != null && !(dataset.securityTeams().isEmpty() && dataset.leaders().isEmpty())) {
            Params atProposal = new Params(pack.parameters().at(proposal));
            Set<String> medal = pack.scope().missing(atProposal, MedalRun.HELD);
            if (!medal.isEmpty()) {
                problems.add(problem(pack, "medalProposalDate", proposal, medal, ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new PeriodNotCoveredException(problems);
        }
    }

    private static Problem problem(LoadedPack pack, String field, LocalDate day, Set<String> missing, String note) {
        LocalDate from = LocalDate.MIN;
        for (String id : missing) {
            LocalDate first = pack.parameters().get(id).map(PeriodCoverage::firstDay).orElse(LocalDate.MAX);
            from = first.isAfter(from) ? first : from;
        }
        String covered = from.equals(LocalDate.MAX)
                ? "a day the rule pack " + pack.info().id() + " covers"
                : "a day from " + from + " on, which the rule pack " + pack.info().id() + " covers";
        return new Problem("dataset", field, covered, day + note + "; parameters without a value that day: "
                + String.join(", ", missing));
    }

    private static LocalDate firstDay(Parameter p) {
        return p.values().get(0).from();
    }
}
