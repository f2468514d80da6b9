package vn.antq.evaluation;

import java.util.List;
import java.util.stream.Collectors;
import vn.antq.dataset.Problem;

/**
 * Thrown before any rule runs when a dataset's period lies outside what the loaded rule packs cover: a parameter
 * that the rules which would fire on this dataset join has no value on the day it is read (the reference date, or
 * the Kỷ niệm chương proposal date). The dataset, not the pack, is at fault: each problem names the dataset field
 * ({@code referenceDate}, which defaults from {@code year}, or {@code medalProposalDate}), the first day the packs
 * cover and the parameters without a value.
 *
 * @since 0.1
 */
public final class PeriodNotCoveredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems every field whose day is not covered; not empty */
    public PeriodNotCoveredException(List<Problem> problems) {
        super("Bộ luật không áp dụng cho thời điểm của dữ liệu / the rule packs do not cover the dataset's period:\n"
                + problems.stream().map(p -> "  - " + p.message()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in the order found */
    public List<Problem> problems() {
        return problems;
    }
}
