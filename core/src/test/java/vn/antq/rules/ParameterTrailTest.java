package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.parameter.ResolvedParameter;

/** What a conclusion rests on: the provisional parameters it read decisively, and those it inherited. */
class ParameterTrailTest {
    private static final Param FIRM = parameter("firm", false);
    private static final Param SOFT = parameter("soft", true);
    private static final Param SHOWN = parameter("shown", true);

    private static Param parameter(String id, boolean provisional) {
        return new Param(new ResolvedParameter(id, id, BigDecimal.ONE, LocalDate.of(2022, 1, 1), "test", provisional));
    }

    @Test
    void onlyTheProvisionalParametersReadJoinTheBasis() {
        ParameterTrail trail = new ParameterTrail();
        trail.get(FIRM);
        trail.get(SOFT);
        assertEquals(List.of("firm", "soft"), trail.ids());
        assertEquals(List.of("soft"), trail.provisionalBasis());
    }

    @Test
    void aParameterOnlyShownIsUsedButNotRestedOn() {
        ParameterTrail trail = new ParameterTrail();
        trail.peek(SHOWN);
        assertEquals(List.of("shown"), trail.ids());
        assertEquals(List.of(), trail.provisionalBasis());
    }

    @Test
    void aParameterShownAndThenReadDecisivelyIsRestedOnWhicheverComesFirst() {
        ParameterTrail peekFirst = new ParameterTrail();
        peekFirst.peek(SHOWN);
        peekFirst.get(SHOWN);
        ParameterTrail getFirst = new ParameterTrail();
        getFirst.get(SHOWN);
        getFirst.peek(SHOWN);
        assertEquals(List.of("shown"), peekFirst.provisionalBasis());
        assertEquals(List.of("shown"), getFirst.provisionalBasis());
    }

    @Test
    void theBasisOfConclusionsReadIsInheritedSortedAndOnce() {
        ParameterTrail trail = new ParameterTrail();
        trail.inherit(List.of("z.upstream", "soft"));
        trail.inherit(List.of());
        trail.get(SOFT);
        trail.get(FIRM);
        assertEquals(List.of("soft", "firm"), trail.ids(), "in the order read; inherited ids are not parameters used");
        assertEquals(List.of("soft", "z.upstream"), trail.provisionalBasis());
    }
}
