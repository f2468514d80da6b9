package vn.antq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TallyTest {
    @Test
    void percentagesHaveOneDecimalAndADecimalComma() {
        assertEquals("83,4%", Tally.percent(834, 1000));
        assertEquals("66,7%", Tally.percent(2, 3));
        assertEquals("100,0%", Tally.percent(7, 7));
        assertEquals("0,0%", Tally.percent(0, 5));
    }

    @Test
    void aShareOfNothingIsADash() {
        assertEquals("—", Tally.percent(0, 0));
    }
}
