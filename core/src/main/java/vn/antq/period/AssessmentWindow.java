package vn.antq.period;

import java.time.LocalDate;
import java.util.Objects;
import vn.antq.unit.UnitKind;

/**
 * The period whose events and results count for one assessment year, both ends inclusive
 * (TT 124/2021/TT-BCA Điều 8 khoản 2): khu dân cư 01/11/(Y−1)–31/10/Y; xã, phường, thị trấn, cơ quan,
 * doanh nghiệp, cơ sở giáo dục 16/11/(Y−1)–15/11/Y.
 *
 * @param from first day, inclusive
 * @param to   last day, inclusive
 * @since 0.1
 */
public record AssessmentWindow(LocalDate from, LocalDate to) {

    /** Checks that the window is not empty. */
    public AssessmentWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + " – " + to);
        }
    }

    /**
     * @param kind the unit kind
     * @param year the assessment year Y
     * @return the window of that kind for year Y
     */
    public static AssessmentWindow of(UnitKind kind, int year) {
        if (kind == UnitKind.RESIDENTIAL_AREA) {
            return new AssessmentWindow(LocalDate.of(year - 1, 11, 1), LocalDate.of(year, 10, 31));
        }
        return new AssessmentWindow(LocalDate.of(year - 1, 11, 16), LocalDate.of(year, 11, 15));
    }

    /**
     * The window that "so với năm trước" (TT 124 Điều 4 khoản 4 điểm a) compares with: the same window one
     * year earlier, as antq reads it (docs/decisions/0015-tt124-fidelity.md).
     *
     * @return this window moved back one year, both ends
     */
    public AssessmentWindow previousYear() {
        return new AssessmentWindow(from.minusYears(1), to.minusYears(1));
    }

    /** @param date a day @return true when the day lies inside the window, ends included */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
