package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.parameter.ResolvedParameter;

/** What a conclusion rests on: the provisional parameters it read decisively, and those it inherited. */
class ParameterTrailTest {
    private static final Params PARAMS = new Params(Map.of(
            "firm", parameter("firm", false),
            "soft", parameter("soft", true),
            "shown", parameter("shown", true)));

    private static ResolvedParameter parameter(String id, boolean provisional) {
        return new ResolvedParameter(id, id, BigDecimal.ONE, LocalDate.of(2022, 1, 1), "test", provisional);
    }

    @Test
    void onlyTheProvisionalParametersReadJoinTheBasis() {
        ParameterTrail trail = new ParameterTrail(PARAMS);
        trail.get("firm");
        trail.get("soft");
        assertEquals(List.of("firm", "soft"), trail.ids());
        assertEquals(List.of("soft"), trail.provisionalBasis());
    }

    @Test
    void aParameterOnlyShownIsUsedButNotRestedOn() {
        ParameterTrail trail = new ParameterTrail(PARAMS);
        trail.peek("shown");
        assertEquals(List.of("shown"), trail.ids());
        assertEquals(List.of(), trail.provisionalBasis());
    }

    @Test
    void aParameterShownAndThenReadDecisivelyIsRestedOnWhicheverComesFirst() {
        ParameterTrail peekFirst = new ParameterTrail(PARAMS);
        peekFirst.peek("shown");
        peekFirst.get("shown");
        ParameterTrail getFirst = new ParameterTrail(PARAMS);
        getFirst.get("shown");
        getFirst.peek("shown");
        assertEquals(List.of("shown"), peekFirst.provisionalBasis());
        assertEquals(List.of("shown"), getFirst.provisionalBasis());
    }

    @Test
    void theBasisOfConclusionsReadIsInheritedSortedAndOnce() {
        ParameterTrail trail = new ParameterTrail(PARAMS);
        trail.inherit(List.of("z.upstream", "soft"));
        trail.inherit(List.of());
        trail.get("soft");
        trail.get("firm");
        assertEquals(List.of("soft", "firm"), trail.ids(), "in the order read; inherited ids are not parameters used");
        assertEquals(List.of("soft", "z.upstream"), trail.provisionalBasis());
    }
}
