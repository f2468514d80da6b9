package vn.antq.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window arithmetic only: the days come from the pack's parameters. */
class AssessmentWindowTest {

    @Test
    void aWindowWhoseFirstDayFallsAfterItsLastStartsTheYearBefore() {
        assertEquals(new AssessmentWindow(LocalDate.of(2023, 11, 16), LocalDate.of(2024, 11, 15)),
                AssessmentWindow.endingIn(List.of("--11-16", "--11-15"), 2024));
    }

    @Test
    void aWindowWithinOneYearStartsThatYear() {
        assertEquals(new AssessmentWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                AssessmentWindow.endingIn(MonthDay.of(1, 1), MonthDay.of(12, 31), 2024));
    }

    @Test
    void bothEndsAreInside() {
        AssessmentWindow w = AssessmentWindow.endingIn(List.of("--11-01", "--10-31"), 2024);
        assertTrue(w.contains(LocalDate.of(2023, 11, 1)));
        assertTrue(w.contains(LocalDate.of(2024, 10, 31)));
        assertFalse(w.contains(LocalDate.of(2023, 10, 31)));
        assertFalse(w.contains(LocalDate.of(2024, 11, 1)));
        assertEquals(new AssessmentWindow(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 10, 31)), w.previousYear());
    }

    @Test
    void daysThatAreNotTwoIsoMonthDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AssessmentWindow.endingIn(List.of("--11-01"), 2024));
        assertThrows(IllegalArgumentException.class,
                () -> AssessmentWindow.endingIn(List.of("01/11", "31/10"), 2024));
    }
}
