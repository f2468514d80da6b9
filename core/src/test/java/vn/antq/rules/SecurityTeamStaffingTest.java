package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.movement.MovementLevel;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;
import vn.antq.verdict.Verdict;

/**
 * A staffing sized by households is expressible in a plan rule's left-hand side with parameters alone: Hòa Bình's
 * Tổ bảo vệ ANTT has 4 members (1 trưởng, 1 phó, 2 viên) from 350 households in a thôn or 500 in a tổ dân phố, 3
 * below that. The rule collects the areas meeting the staffing and those failing it with {@link OutcomeFact}'s
 * comparisons (docs/plans.md, "A province that sizes its teams by households"); this test applies the same two
 * conditions to the area and hands the lists to {@link Target#each}, as the rule does.
 */
class SecurityTeamStaffingTest {
    private static final Params HOA_BINH = params(Map.of(
            "hb.staffing.leaders", 1, "hb.staffing.deputies", 1, "hb.staffing.members", 1,
            "hb.staffing.members.large", 2, "hb.staffing.largeFromHouseholds.THON", 350,
            "hb.staffing.largeFromHouseholds.TO_DAN_PHO", 500, "hb.minShare", 1));

    @ParameterizedTest(name = "{0} with {1} households and {2} tổ viên → {3}")
    @CsvSource({
        "THON, 349, 1, MET",
        "THON, 350, 1, NOT_MET",
        "THON, 350, 2, MET",
        "TO_DAN_PHO, 499, 1, MET",
        "TO_DAN_PHO, 499, 2, NOT_MET",
        "TO_DAN_PHO, 500, 2, MET",
        "THON, , 1, UNKNOWN"
    })
    void aHouseholdBasedStaffingNeedsTheLargerTeamFromTheThreshold(UnitType type, Long households, long members,
                                                                   Verdict expected) {
        OutcomeFact area = area(type, households, members);
        Param from = p("hb.staffing.largeFromHouseholds." + type);
        Param leaders = p("hb.staffing.leaders");
        Param deputies = p("hb.staffing.deputies");
        Param base = p("hb.staffing.members");
        Param large = p("hb.staffing.members.large");
        Predicate<OutcomeFact> met = a -> a.flagIs("securityTeamTrained", true)
                && a.countIs("securityTeamLeaders", leaders) && a.countIs("securityTeamDeputies", deputies)
                && (a.countBelow("householdsResident", from) && a.countIs("securityTeamMembers", base)
                    || a.countAtLeast("householdsResident", from) && a.countIs("securityTeamMembers", large));
        Predicate<OutcomeFact> notMet = a -> a.flagIs("securityTeamTrained", false)
                || a.countIsNot("securityTeamLeaders", leaders) || a.countIsNot("securityTeamDeputies", deputies)
                || a.countBelow("householdsResident", from) && a.countIsNot("securityTeamMembers", base)
                || a.countAtLeast("householdsResident", from) && a.countIsNot("securityTeamMembers", large);
        List<OutcomeFact> areas = List.of(area);
        TargetFact t = Target.of("HB-T7", new ScopeFact("17", "Tỉnh Hòa Bình", true))
                .uses(from).each(areas, areas.stream().filter(met).toList(), areas.stream().filter(notMet).toList())
                .shareAtLeast(p("hb.minShare")).done();
        assertEquals(expected, t.verdict());
        assertEquals(expected == Verdict.UNKNOWN ? List.of(area) : List.of(), t.undecided());
    }

    private static Param p(String id) {
        return HOA_BINH.facts().stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
    }

    private static OutcomeFact area(UnitType type, Long households, long members) {
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        if (households != null) {
            values.put("householdsResident", new IndicatorValue.Count(households));
        }
        values.put("securityTeamLeaders", new IndicatorValue.Count(1));
        values.put("securityTeamDeputies", new IndicatorValue.Count(1));
        values.put("securityTeamMembers", new IndicatorValue.Count(members));
        values.put("securityTeamTrained", new IndicatorValue.Flag(true));
        return new OutcomeFact("a1", 0, UnitKind.RESIDENTIAL_AREA, type, Set.of("17"), StandardStatus.ACHIEVED,
                MovementLevel.GOOD, Indicators.of(values), List.of(), List.of());
    }

    private static Params params(Map<String, Integer> values) {
        Map<String, ResolvedParameter> resolved = new LinkedHashMap<>();
        values.forEach((id, v) -> resolved.put(id, new ResolvedParameter(id, id, BigDecimal.valueOf(v),
                LocalDate.of(2024, 7, 1), "QĐ của UBND tỉnh Hòa Bình (ví dụ)", false)));
        return new Params(resolved);
    }
}
