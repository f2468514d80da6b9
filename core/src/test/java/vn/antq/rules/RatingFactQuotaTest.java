package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;
import vn.antq.parameter.ResolvedParameter;

/** The quota's arithmetic takes the rounding and the ranking keys from the parameters its rule matched. */
class RatingFactQuotaTest {

    private static Param param(Object value) {
        return new Param(new ResolvedParameter("p", "p", value, LocalDate.of(2024, 7, 1), "test", true));
    }

    private static RatingFact rated(String id, BigDecimal share, int done) {
        return new RatingFact("R", id, null, "c1", null, null, RatingStatus.RATED, Rating.EXCELLENT, share, done, "",
                "", List.of(), List.of(), List.of(), null, null, null, null, null, null, null);
    }

    @Test
    void thePlacesAreRoundedAsTheParameterSays() {
        Param twenty = param(BigDecimal.valueOf(20));
        assertEquals(0, RatingFact.places(twenty, param("DOWN"), 4));
        assertEquals(1, RatingFact.places(twenty, param("UP"), 4));
        assertEquals(1, RatingFact.places(twenty, param("HALF_UP"), 4));
        assertEquals(2, RatingFact.places(twenty, param("DOWN"), 14));
    }

    @Test
    void theCandidatesAreOrderedByTheKeysTheParameterNamesThenByTheirIds() {
        RatingFact a = rated("A", new BigDecimal("0.96"), 96);
        RatingFact b = rated("B", BigDecimal.ONE, 10);
        RatingFact c = rated("C", BigDecimal.ONE, 10);
        Param byShare = param(List.of("SHARE", "TASKS_DONE", "ID"));
        Param byTasks = param(List.of("TASKS_DONE", "SHARE", "ID"));
        assertTrue(b.ranksBefore(a, byShare));
        assertTrue(a.ranksBefore(b, byTasks));
        assertTrue(b.ranksBefore(c, param(List.of("SHARE"))), "the id breaks a tie last");
        assertFalse(c.ranksBefore(b, param(List.of("SHARE"))));
        assertThrows(IllegalArgumentException.class, () -> a.ranksBefore(b, param(List.of("AGE"))));
    }
}
