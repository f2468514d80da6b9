package vn.antq.period;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The period whose events and results count for one assessment year, both ends inclusive. Which days open
 * and close it for which unit kind is the rule pack's content (a parameter per kind, named by the pack's
 * {@code windows}); this class only does the date arithmetic.
 *
 * @param from first day, inclusive
 * @param to   last day, inclusive
 * @since 0.1
 */
public record AssessmentWindow(LocalDate from, LocalDate to) {
    /** At most this many parameters' windows are kept. */
    private static final int KNOWN_KEPT = 64;
    private static final Map<List<String>, Known> KNOWN = new ConcurrentHashMap<>();

    /** Checks that the window is not empty. */
    public AssessmentWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + " – " + to);
        }
    }

    /**
     * The period from day {@code first} to day {@code last} (month and day) that ends in year {@code year}: it
     * starts in the same year when {@code first} is not after {@code last}, else in the year before.
     *
     * @param first the first day, inclusive
     * @param last  the last day, inclusive
     * @param year  the year in which the period ends
     * @return the window
     */
    public static AssessmentWindow endingIn(MonthDay first, MonthDay last, int year) {
        LocalDate to = last.atYear(year);
        LocalDate from = first.atYear(year);
        if (from.isAfter(to)) {
            from = first.atYear(year - 1);
        }
        return new AssessmentWindow(from, to);
    }

    /**
     * Like {@link #endingIn(MonthDay, MonthDay, int)}, from a parameter's two codes in ISO month-day form
     * ({@code --MM-dd}): the first day, then the last day.
     *
     * @param days the first and last day, e.g. {@code ["--01-01", "--12-31"]}
     * @param year the year in which the period ends
     * @return the window
     * @throws IllegalArgumentException when {@code days} is not two ISO month-days
     */
    public static AssessmentWindow endingIn(List<String> days, int year) {
        Known known = days == null ? null : KNOWN.get(days);
        if (known != null && known.year() == year) {
            return known.window();
        }
        AssessmentWindow window = parse(days, year);
        if (KNOWN.size() < KNOWN_KEPT) {
            KNOWN.put(List.copyOf(days), new Known(year, window));
        }
        return window;
    }

    /** The last window computed for a parameter's days: windows are few, and one evaluation asks for one year. */
    private record Known(int year, AssessmentWindow window) { }

    private static AssessmentWindow parse(List<String> days, int year) {
        if (days == null || days.size() != 2) {
            throw new IllegalArgumentException("a window needs its first and last day (--MM-dd), not " + days);
        }
        try {
            return endingIn(MonthDay.parse(days.get(0)), MonthDay.parse(days.get(1)), year);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a window's days must be ISO month-days (--MM-dd), not " + days, e);
        }
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
