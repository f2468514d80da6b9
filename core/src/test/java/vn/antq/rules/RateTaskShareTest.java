package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.grassroots.DutyRecord;
import vn.antq.parameter.ResolvedParameter;

/**
 * The share of tasks done against a band's percent is compared exactly, "trên" strictly and "từ … trở lên" not, both
 * for a whole percent (compared in whole numbers) and for one with decimals.
 */
class RateTaskShareTest {

    private static Param percent(String value) {
        return new Param(new ResolvedParameter("p", "p", new BigDecimal(value), LocalDate.of(2024, 7, 1), "test", true));
    }

    @ParameterizedTest(name = "{0}/{1} against {2}%: above {3}, at least {4}")
    @CsvSource({
        "95, 100, 95, false, true",
        "96, 100, 95, true, true",
        "94, 100, 95, false, false",
        "19, 20, 95, false, true",
        "191, 200, 95.5, false, true",
        "192, 200, 95.5, true, true",
        "190, 200, 95.5, false, false",
        "0, 10, 0, false, true",
        "10, 10, 100, false, true"
    })
    void theShareIsComparedExactly(int done, int assigned, String band, boolean above, boolean atLeast) {
        DutyRecord duty = new DutyRecord(assigned, done, 0, false, false);
        assertEquals(above, Rate.tasksDoneAbove(duty, percent(band)));
        assertEquals(atLeast, Rate.tasksDoneAtLeast(duty, percent(band)));
    }
}
