package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.antq.rules.national.Fixture.code;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.criterion;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.ruleIds;
import static vn.antq.rules.national.Fixture.status;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.event.EventType;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;

/**
 * Cơ sở giáo dục — TT 124/2021/TT-BCA Điều 7 (tt124/dieu7-co-so-giao-duc.drl.csv, a decision table), on a LOWER_SECONDARY school
 * unless a test sets another level. Window 16/11/2023–15/11/2024.
 */
class Dieu7CoSoGiaoDucTest {

    private static Fixture locality() {
        return new Fixture().commune("c1").organisation("s1", UnitKind.SCHOOL, "c1");
    }

    private static String verdict(Fixture f, String rule) {
        return criterion(f.evaluate(), "s1", rule).name();
    }

    @Test
    void aPassingSchoolIsJudgedOnTheSixCriteriaOfDieu7() {
        EvaluationReport report = locality().evaluate();
        assertEquals(List.of("ANTT-CSGD-1", "ANTT-CSGD-2", "ANTT-CSGD-3", "ANTT-CSGD-4", "ANTT-CSGD-5", "ANTT-CSGD-6"),
                ruleIds(report, "s1"));
        assertEquals(StandardStatus.ACHIEVED, status(report, "s1"));
    }

    @Nested
    class Csgd1Q1Preparation {
        @Test
        void everyStepDoneIsMet() {
            assertEquals("MET", verdict(locality(), "ANTT-CSGD-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "planQ1", "registeredForStandard", "internalRules"})
        void aMissingStepIsNotMet(String indicator) {
            assertEquals("NOT_MET", verdict(locality().set("s1", indicator, flag(false)), "ANTT-CSGD-1"));
        }

        @Test
        void oneLearnerNotBriefedIsNotMet() {
            assertEquals("NOT_MET", verdict(locality().set("s1", "staffBriefed", count(39)), "ANTT-CSGD-1"));
        }

        @Test
        void withoutAPartyOrganisationNoResolutionIsRequired() {
            assertEquals("MET", verdict(locality().set("s1", "hasPartyOrganization", flag(false))
                    .set("s1", "partyResolutionQ1", flag(false)), "ANTT-CSGD-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "planQ1", "staffBriefed", "effectiveModels"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals("UNKNOWN", verdict(locality().remove("s1", indicator), "ANTT-CSGD-1"));
        }
    }

    @Nested
    class Csgd2PoliciesAndParents {
        @ParameterizedTest(name = "level {0} without parent coordination → {1}")
        @CsvSource({"LOWER_SECONDARY, NOT_MET", "UPPER_SECONDARY, NOT_MET", "MULTI_LEVEL_GENERAL, NOT_MET",
            "VOCATIONAL, MET", "HIGHER, MET"})
        void parentCoordinationIsRequiredOnlyForGeneralEducation(String level, String expected) {
            assertEquals(expected, verdict(locality().set("s1", "level", code(level))
                    .set("s1", "parentCoordination", flag(false)), "ANTT-CSGD-2"));
        }

        @Test
        void anAbsentCoordinationIsUnknownForAGeneralSchoolAndIrrelevantForAVocationalOne() {
            assertEquals("UNKNOWN", verdict(locality().remove("s1", "parentCoordination"), "ANTT-CSGD-2"));
            assertEquals("MET", verdict(locality().set("s1", "level", code("VOCATIONAL"))
                    .remove("s1", "parentCoordination"), "ANTT-CSGD-2"));
        }

        @Test
        void policiesNotImplementedIsNotMetAndAbsentIsUnknown() {
            assertEquals("NOT_MET", verdict(locality().set("s1", "policiesImplemented", flag(false)), "ANTT-CSGD-2"));
            assertEquals("UNKNOWN", verdict(locality().remove("s1", "policiesImplemented"), "ANTT-CSGD-2"));
        }

        @Test
        void bothDoneIsMet() {
            assertEquals("MET", verdict(locality(), "ANTT-CSGD-2"));
        }
    }

    @Nested
    class Csgd3NoIncidents {
        @ParameterizedTest
        @EnumSource(value = EventType.class, names = {"ILLEGAL_RELIGION_PROPAGANDA", "EXPLOITING_RELIGION_ETHNICITY",
                "INCITING_MASS_COMPLAINTS", "SERIOUS_CRIME", "STATE_SECRET_VIOLATION", "SERIOUS_FIRE_EXPLOSION",
                "FATAL_LABOUR_ACCIDENT", "SERIOUS_INCIDENT", "SERIOUS_ENVIRONMENT_FOOD_VIOLATION"})
        void anUnexcusedEventOfDieu6ItemsABCDdEGFailsIt(EventType type) {
            assertEquals("NOT_MET", verdict(locality().event("s1", type, "2024-06-01", false, false), "ANTT-CSGD-3"));
        }

        @ParameterizedTest
        @EnumSource(value = EventType.class, names = {"ILLEGAL_STRIKE", "STAFF_SANCTIONED"})
        void aStrikeOrAStaffSanctionDoesNotFailASchool(EventType type) {
            EvaluationReport report = locality().event("s1", type, "2024-06-01", false, false).evaluate();
            assertEquals("MET", criterion(report, "s1", "ANTT-CSGD-3").name());
            assertEquals(StandardStatus.ACHIEVED, status(report, "s1"));
        }

        @Test
        void excusesAndMissingDataFollowDieu6() {
            assertEquals("MET", verdict(locality().event("s1", EventType.SERIOUS_CRIME, "2024-06-01", true, null),
                    "ANTT-CSGD-3"));
            assertEquals("UNKNOWN", verdict(locality().event("s1", EventType.SERIOUS_INCIDENT, "2024-06-01"),
                    "ANTT-CSGD-3"));
            assertEquals("UNKNOWN", verdict(locality().eventsNotReported("s1"), "ANTT-CSGD-3"));
            assertEquals("MET", verdict(locality(), "ANTT-CSGD-3"));
        }
    }

    @Nested
    class Csgd4SchoolViolence {
        @ParameterizedTest
        @EnumSource(value = EventType.class, names = {"SCHOOL_VIOLENCE", "PERSON_DISCIPLINED_CRIME_OR_EVIL"})
        void violenceOrADisciplinedPersonIsNotMetWhateverTheFlags(EventType type) {
            assertEquals("NOT_MET", verdict(locality().event("s1", type, "2024-06-01", true, true), "ANTT-CSGD-4"));
        }

        @Test
        void noneIsMetAndAnAbsentEventsArrayIsUnknown() {
            assertEquals("MET", verdict(locality(), "ANTT-CSGD-4"));
            assertEquals("UNKNOWN", verdict(locality().eventsNotReported("s1"), "ANTT-CSGD-4"));
        }

        @ParameterizedTest(name = "violence on {0} → {1}")
        @CsvSource({"2023-11-15, MET", "2023-11-16, NOT_MET", "2024-11-15, NOT_MET", "2024-11-16, MET"})
        void onlyEventsInsideTheWindowCount(String date, String expected) {
            assertEquals(expected, verdict(locality().event("s1", EventType.SCHOOL_VIOLENCE, date), "ANTT-CSGD-4"));
        }
    }

    @Nested
    class Csgd5SecurityForce {
        @ParameterizedTest(name = "rating {0} → {1}")
        @CsvSource({"GOOD, MET", "ADVANCED_COLLECTIVE, MET", "COMPLETED, NOT_MET", "NONE, NOT_APPLICABLE"})
        void theForceIfAnyMustBeGoodOrBetter(String rating, String expected) {
            assertEquals(expected, verdict(locality().set("s1", "securityForceRating", code(rating)), "ANTT-CSGD-5"));
        }

        @Test
        void anAbsentRatingIsUnknown() {
            assertEquals("UNKNOWN", verdict(locality().remove("s1", "securityForceRating"), "ANTT-CSGD-5"));
        }

        @Test
        void oneDisciplinedMemberIsNotMet() {
            assertEquals("NOT_MET", verdict(locality().set("s1", "securityForceDisciplined", count(2)), "ANTT-CSGD-5"));
        }
    }

    @Nested
    class Csgd6SubUnits {
        @ParameterizedTest(name = "{0}/25 faculties advanced → {1}")
        @CsvSource({"18, MET", "17, NOT_MET"})
        void atLeast70PercentOfFacultiesMustBeAdvanced(long advanced, String expected) {
            assertEquals(expected, verdict(locality().set("s1", "subUnitsAdvanced", count(advanced)), "ANTT-CSGD-6"));
        }

        @Test
        void withNoSubUnitsTheShareDoesNotApply() {
            assertEquals("MET", verdict(locality().set("s1", "subUnitsTotal", count(0))
                    .set("s1", "subUnitsAdvanced", count(0)), "ANTT-CSGD-6"));
        }

        @Test
        void anAbsentTotalIsUnknownAndADisciplinedPersonIsNotMet() {
            assertEquals("UNKNOWN", verdict(locality().remove("s1", "subUnitsTotal"), "ANTT-CSGD-6"));
            assertEquals("NOT_MET", verdict(locality().set("s1", "subUnitsDisciplined", count(1)), "ANTT-CSGD-6"));
        }
    }
}
