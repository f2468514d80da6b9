package vn.antq.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.parameter.ResolvedParameter;
import vn.antq.period.AssessmentWindow;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * Readings a rule chooses and passes to {@link Check}, which keeps only the comparison: how an absent condition
 * reads ({@code isTrueWhere}), which team stands in for an absent rating or count ({@code teamRatingOneOf},
 * {@code teamNoneDisciplined}), and the pairs of counts of "so với năm trước" as a table cell gives them.
 */
class CheckReadingsTest {
    private static final AssessmentWindow WINDOW = new AssessmentWindow(LocalDate.of(2023, 11, 16),
            LocalDate.of(2024, 11, 15));
    private static final Param ACCEPTED = new Param(new ResolvedParameter("test.accepted", "test",
            List.of("EXCELLENT", "GOOD", "COMPLETED"), LocalDate.of(2022, 1, 1), "test", false));
    private static final Param EQUAL_HOLDS = new Param(new ResolvedParameter("test.equalHolds", "test", true,
            LocalDate.of(2022, 1, 1), "test", false));

    private static UnitFact unit(Map<String, IndicatorValue> values, TeamStanding team) {
        return new UnitFact("u1", UnitKind.RESIDENTIAL_AREA, null, "c1", WINDOW, Indicators.of(values), List.of(),
                List.of(), true, List.of(), team);
    }

    private static UnitFact unit(Map<String, IndicatorValue> values) {
        return unit(values, null);
    }

    private static Map<String, IndicatorValue> values(Object... nameThenValue) {
        Map<String, IndicatorValue> values = new HashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            values.put((String) nameThenValue[i], (IndicatorValue) nameThenValue[i + 1]);
        }
        return values;
    }

    private static TeamStanding team(Rating rating, Long disciplined) {
        return new TeamStanding("T1", rating == null ? RatingStatus.INSUFFICIENT_DATA : RatingStatus.RATED, rating,
                null, disciplined, List.of());
    }

    @Nested
    class AbsentCondition {
        private final Map<String, IndicatorValue> noResolution = values("partyResolutionQ1", new IndicatorValue.Flag(false));

        @Test
        void readAsHoldingTheIndicatorIsRequired() {
            assertEquals(Verdict.NOT_MET, Check.of("R", unit(noResolution))
                    .isTrueWhere("partyResolutionQ1", "hasPartyOrganization", true).done().verdict());
        }

        @Test
        void readAsNotHoldingTheStepDoesNotApplyAndSaysTheConditionIsMissing() {
            CriterionFact c = Check.of("R", unit(noResolution))
                    .isTrueWhere("partyResolutionQ1", "hasPartyOrganization", false).done();
            assertEquals(Verdict.NOT_APPLICABLE, c.verdict());
            assertTrue(c.actual().contains("không áp dụng") && c.actual().contains("chưa có số liệu"), c.actual());
        }

        @Test
        void aConditionGivenIsReadAsGivenWhateverTheRuleChose() {
            Map<String, IndicatorValue> without = values("partyResolutionQ1", new IndicatorValue.Flag(false),
                    "hasPartyOrganization", new IndicatorValue.Flag(false));
            Map<String, IndicatorValue> with = values("partyResolutionQ1", new IndicatorValue.Flag(false),
                    "hasPartyOrganization", new IndicatorValue.Flag(true));
            for (boolean reading : new boolean[] {true, false}) {
                assertEquals(Verdict.NOT_APPLICABLE, Check.of("R", unit(without))
                        .isTrueWhere("partyResolutionQ1", "hasPartyOrganization", reading).done().verdict());
                assertEquals(Verdict.NOT_MET, Check.of("R", unit(with))
                        .isTrueWhere("partyResolutionQ1", "hasPartyOrganization", reading).done().verdict());
            }
        }
    }

    @Nested
    class TeamTheRuleNames {
        @Test
        void anAbsentRatingIsTheTeamsAndTheExplanationSaysSo() {
            CriterionFact c = Check.of("R", unit(values(), team(Rating.COMPLETED, 0L)))
                    .teamRatingOneOf("securityTeamRating", ACCEPTED, team(Rating.COMPLETED, 0L)).done();
            assertEquals(Verdict.MET, c.verdict());
            assertTrue(c.actual().contains("antq xếp loại Tổ T1"), c.actual());
            assertEquals(Verdict.NOT_MET, Check.of("R", unit(values()))
                    .teamRatingOneOf("securityTeamRating", ACCEPTED, team(Rating.NOT_COMPLETED, 0L)).done().verdict());
        }

        @Test
        void withoutATeamAnAbsentRatingOrCountIsUnknown() {
            assertEquals(Verdict.UNKNOWN, Check.of("R", unit(values()))
                    .teamRatingOneOf("securityTeamRating", ACCEPTED, null).done().verdict());
            assertEquals(Verdict.UNKNOWN, Check.of("R", unit(values()))
                    .teamNoneDisciplined("securityTeamDisciplined", null).done().verdict());
        }

        @Test
        void theDatasetsValueWinsOverTheTeams() {
            Map<String, IndicatorValue> given = values("securityTeamRating", new IndicatorValue.Code("NOT_COMPLETED"),
                    "securityTeamDisciplined", new IndicatorValue.Count(0));
            assertEquals(Verdict.NOT_MET, Check.of("R", unit(given))
                    .teamRatingOneOf("securityTeamRating", ACCEPTED, team(Rating.EXCELLENT, 0L)).done().verdict());
            assertEquals(Verdict.MET, Check.of("R", unit(given))
                    .teamNoneDisciplined("securityTeamDisciplined", team(Rating.EXCELLENT, 2L)).done().verdict());
        }

        @Test
        void anAbsentCountIsTheTeamsDisciplinedMembers() {
            CriterionFact c = Check.of("R", unit(values()))
                    .teamNoneDisciplined("securityTeamDisciplined", team(Rating.GOOD, 1L)).done();
            assertEquals(Verdict.NOT_MET, c.verdict());
            assertTrue(c.actual().contains("thành viên Tổ T1"), c.actual());
        }
    }

    @Nested
    class PairsOfCounts {
        private final Map<String, IndicatorValue> counts = values("crimeCount", new IndicatorValue.Count(2),
                "crimeCountPrevious", new IndicatorValue.Count(3), "socialEvilCount", new IndicatorValue.Count(4),
                "socialEvilCountPrevious", new IndicatorValue.Count(3));

        @Test
        void pairsGiveWhatOneCallPerPairGives() {
            CriterionFact pairs = Check.of("R", unit(counts)).notAbovePrevious(EQUAL_HOLDS,
                    "crimeCount", "crimeCountPrevious", "socialEvilCount", "socialEvilCountPrevious").done();
            CriterionFact calls = Check.of("R", unit(counts))
                    .notAbovePrevious("crimeCount", "crimeCountPrevious", EQUAL_HOLDS)
                    .notAbovePrevious("socialEvilCount", "socialEvilCountPrevious", EQUAL_HOLDS).done();
            assertEquals(Verdict.NOT_MET, pairs.verdict());
            assertEquals(calls, pairs);
        }

        @Test
        void anOddListIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> Check.of("R", unit(counts))
                    .notAbovePrevious(EQUAL_HOLDS, "crimeCount", "crimeCountPrevious", "socialEvilCount"));
        }
    }
}
