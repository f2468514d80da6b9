package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.code;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.criterion;
import static vn.antq.rules.national.Fixture.criterionResult;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.ruleIds;
import static vn.antq.rules.national.Fixture.status;
import static vn.antq.verdict.Verdict.MET;
import static vn.antq.verdict.Verdict.NOT_MET;
import static vn.antq.verdict.Verdict.UNKNOWN;

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

/** Khu dân cư — TT 124/2021/TT-BCA Điều 4 (tt124/dieu4-khu-dan-cu.drl.csv, a decision table). Window 01/11/2023–31/10/2024. */
class Dieu4KhuDanCuTest {

    private static Fixture locality() {
        return new Fixture().commune("c1").residentialArea("r1", "c1");
    }

    @Test
    void aPassingResidentialAreaIsJudgedOnExactlyTheEightCriteriaOfDieu4() {
        // When
        EvaluationReport report = locality().evaluate();
        // Then
        assertEquals(List.of("ANTT-KDC-1", "ANTT-KDC-2", "ANTT-KDC-3", "ANTT-KDC-4a", "ANTT-KDC-4b", "ANTT-KDC-4c",
                "ANTT-KDC-4d", "ANTT-KDC-5"), ruleIds(report, "r1"));
        assertEquals(StandardStatus.ACHIEVED, status(report, "r1"));
    }

    @Nested
    class Kdc1ResolutionRegistrationAndHouseholds {
        @Test
        void allResidentHouseholdsRegistered420of420IsMet() {
            // Given 420/420 households (the fixture's default)
            // When
            EvaluationReport report = locality().evaluate();
            // Then
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-1"));
        }

        @Test
        void oneHouseholdShort419of420IsNotMet() {
            // Given
            Fixture f = locality().set("r1", "householdsRegistered", count(419));
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-1"));
            assertEquals(StandardStatus.NOT_ACHIEVED, status(report, "r1"));
        }

        @Test
        void noResidentHouseholdsLeavesTheHouseholdShareOutAndTheRestDecides() {
            // Given 0/0 households
            Fixture f = locality().set("r1", "householdsResident", count(0))
                    .set("r1", "householdsRegistered", count(0));
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "registeredForStandard"})
        void aMissingResolutionOrRegistrationIsNotMet(String indicator) {
            // Given
            Fixture f = locality().set("r1", indicator, flag(false));
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "registeredForStandard", "householdsResident",
            "householdsRegistered"})
        void anAbsentIndicatorIsUnknownNeverFalse(String indicator) {
            // Given
            Fixture f = locality().remove("r1", indicator);
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(UNKNOWN, criterion(report, "r1", "ANTT-KDC-1"));
            assertEquals(StandardStatus.INSUFFICIENT_DATA, status(report, "r1"));
        }
    }

    @Nested
    class Kdc2PoliciesImplemented {
        @Test
        void implementedIsMetNotImplementedIsNotMetAbsentIsUnknown() {
            assertEquals(MET, criterion(locality().evaluate(), "r1", "ANTT-KDC-2"));
            assertEquals(NOT_MET, criterion(locality().set("r1", "policiesImplemented", flag(false)).evaluate(), "r1",
                    "ANTT-KDC-2"));
            assertEquals(UNKNOWN, criterion(locality().remove("r1", "policiesImplemented").evaluate(), "r1",
                    "ANTT-KDC-2"));
        }
    }

    @Nested
    class Kdc3NoSecurityEvents {
        @ParameterizedTest
        @EnumSource(value = EventType.class, names = {"ANTI_STATE_ACTIVITY", "SABOTAGE_KEY_TARGET",
                "ILLEGAL_RELIGION_PROPAGANDA", "EXPLOITING_RELIGION_ETHNICITY", "SEPARATISM",
                "PROLONGED_INTERNAL_DISPUTE", "INCITING_MASS_COMPLAINTS"})
        void anyEventOfItemsAToGInTheWindowIsNotMet(EventType type) {
            // Given
            Fixture f = locality().event("r1", type, "2024-05-20");
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-3"));
        }

        @Test
        void forceMajeureDoesNotExcuseTheseEvents() {
            EvaluationReport report = locality().event("r1", EventType.SEPARATISM, "2024-05-20", true, true).evaluate();
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-3"));
        }

        @Test
        void anEmptyEventsArrayMeansNothingHappenedAndIsMet() {
            assertEquals(MET, criterion(locality().evaluate(), "r1", "ANTT-KDC-3"));
        }

        @Test
        void eventsOfOtherTypesDoNotCount() {
            EvaluationReport report = locality().event("r1", EventType.ILLEGAL_STRIKE, "2024-05-20").evaluate();
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-3"));
        }

        @Test
        void anAbsentEventsArrayIsUnknownForEveryEventCriterion() {
            // Given
            Fixture f = locality().eventsNotReported("r1");
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(UNKNOWN, criterion(report, "r1", "ANTT-KDC-3"));
            assertEquals(UNKNOWN, criterion(report, "r1", "ANTT-KDC-4b"));
            assertEquals(UNKNOWN, criterion(report, "r1", "ANTT-KDC-4d"));
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-2"));
            assertEquals(StandardStatus.INSUFFICIENT_DATA, status(report, "r1"));
        }

        @ParameterizedTest(name = "event on {0} → {1}")
        @CsvSource({"2023-10-31, MET", "2023-11-01, NOT_MET", "2024-10-31, NOT_MET", "2024-11-01, MET"})
        void onlyEventsInsideTheWindow01Nov2023To31Oct2024Count(String date, String expected) {
            // Given
            Fixture f = locality().event("r1", EventType.ANTI_STATE_ACTIVITY, date);
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(expected, criterion(report, "r1", "ANTT-KDC-3").name());
        }
    }

    @Nested
    class Kdc4aCrimeRestrainedComparedWithLastYear {
        @Test
        void fewerThanLastYearIsMet() {
            EvaluationReport report = locality().set("r1", "crimeCount", count(2))
                    .set("r1", "crimeCountPrevious", count(3)).evaluate();
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-4a"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"crimeCount", "socialEvilCount", "otherViolationCount"})
        void anEqualCountIsMetUnderTheDefaultParameterAndTheResultIsProvisional(String indicator) {
            // Given
            Fixture f = locality().set("r1", indicator, count(3)).set("r1", indicator + "Previous", count(3));
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-4a"));
            assertTrue(criterionResult(report, "r1", "ANTT-KDC-4a").provisional());
            assertTrue(report.provisionalParameters().contains("crime.equalCountHolds"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"crimeCount", "socialEvilCount", "otherViolationCount"})
        void oneMoreThanLastYearIsNotMet(String indicator) {
            EvaluationReport report = locality().set("r1", indicator, count(4))
                    .set("r1", indicator + "Previous", count(3)).evaluate();
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-4a"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"crimeCount", "crimeCountPrevious", "socialEvilCount", "socialEvilCountPrevious",
                "otherViolationCount", "otherViolationCountPrevious"})
        void anAbsentCountIsUnknownNeverZero(String indicator) {
            EvaluationReport report = locality().remove("r1", indicator).evaluate();
            assertEquals(UNKNOWN, criterion(report, "r1", "ANTT-KDC-4a"));
        }

        @Test
        void anIncreaseDecidesEvenWhenAnotherCountIsMissing() {
            EvaluationReport report = locality().set("r1", "crimeCount", count(9)).remove("r1", "socialEvilCount")
                    .evaluate();
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-4a"));
        }
    }

    @Nested
    class Kdc4bSeriousCrime {
        @ParameterizedTest(name = "forceMajeure={0}, handledPromptly={1} → {2}")
        @CsvSource(nullValues = "null", value = {
            "false, true,  MET",
            "true,  false, MET",
            "true,  null,  MET",
            "null,  true,  MET",
            "false, false, NOT_MET",
            "null,  null,  UNKNOWN",
            "false, null,  UNKNOWN",
            "null,  false, UNKNOWN"})
        void aSeriousCrimeIsExcusedByForceMajeureOrPromptHandling(Boolean forceMajeure, Boolean handled,
                                                                  String expected) {
            // Given
            Fixture f = locality().event("r1", EventType.SERIOUS_CRIME, "2024-03-04", forceMajeure, handled);
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(expected, criterion(report, "r1", "ANTT-KDC-4b").name());
        }

        @Test
        void noSeriousCrimeIsMet() {
            assertEquals(MET, criterion(locality().evaluate(), "r1", "ANTT-KDC-4b"));
        }

        @Test
        void oneUnexcusedCrimeBeatsAnotherWithUnknownFlags() {
            EvaluationReport report = locality().event("r1", EventType.SERIOUS_CRIME, "2024-03-04", null, null)
                    .event("r1", EventType.SERIOUS_CRIME, "2024-04-04", false, false).evaluate();
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-4b"));
        }

        @ParameterizedTest(name = "serious crime on {0} → {1}")
        @CsvSource({"2023-10-31, MET", "2023-11-01, NOT_MET", "2024-10-31, NOT_MET", "2024-11-01, MET"})
        void onlyCrimesInsideTheWindowCount(String date, String expected) {
            EvaluationReport report = locality().event("r1", EventType.SERIOUS_CRIME, date, false, false).evaluate();
            assertEquals(expected, criterion(report, "r1", "ANTT-KDC-4b").name());
        }
    }

    @Nested
    class Kdc4cHotspotsAndSocialEvils {
        @Test
        void noNewHotspotsNoNewPersonsAndSupervisionEffectiveIsMet() {
            assertEquals(MET, criterion(locality().evaluate(), "r1", "ANTT-KDC-4c"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"newSocialOrderHotspots", "newSocialEvilPersons"})
        void oneNewHotspotOrPersonIsNotMet(String indicator) {
            assertEquals(NOT_MET, criterion(locality().set("r1", indicator, count(1)).evaluate(), "r1", "ANTT-KDC-4c"));
        }

        @Test
        void ineffectiveSupervisionIsNotMet() {
            EvaluationReport report = locality().set("r1", "supervisedPersonsManaged", flag(false)).evaluate();
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-4c"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"newSocialOrderHotspots", "newSocialEvilPersons", "supervisedPersonsManaged"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals(UNKNOWN, criterion(locality().remove("r1", indicator).evaluate(), "r1", "ANTT-KDC-4c"));
        }
    }

    @Nested
    class Kdc4dFiresAccidentsIncidents {
        @ParameterizedTest
        @EnumSource(value = EventType.class,
                names = {"SERIOUS_FIRE_EXPLOSION", "FATAL_LABOUR_ACCIDENT", "SERIOUS_INCIDENT"})
        void anEventNotForceMajeureIsNotMet(EventType type) {
            assertEquals(NOT_MET, criterion(locality().event("r1", type, "2024-07-01", false, null).evaluate(), "r1",
                    "ANTT-KDC-4d"));
        }

        @Test
        void forceMajeureIsMet() {
            EvaluationReport report = locality().event("r1", EventType.SERIOUS_FIRE_EXPLOSION, "2024-07-01", true, null)
                    .evaluate();
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-4d"));
        }

        @Test
        void promptHandlingDoesNotExcuseAFire() {
            EvaluationReport report = locality()
                    .event("r1", EventType.SERIOUS_FIRE_EXPLOSION, "2024-07-01", false, true).evaluate();
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-4d"));
        }

        @Test
        void anUnreportedForceMajeureFlagIsUnknown() {
            EvaluationReport report = locality().event("r1", EventType.FATAL_LABOUR_ACCIDENT, "2024-07-01", null, true)
                    .evaluate();
            assertEquals(UNKNOWN, criterion(report, "r1", "ANTT-KDC-4d"));
        }
    }

    @Nested
    class Kdc5SecurityTeam {
        @ParameterizedTest(name = "rating {0} → {1}")
        @CsvSource({"EXCELLENT, MET", "GOOD, MET", "COMPLETED, MET", "NOT_COMPLETED, NOT_MET"})
        void theTeamMustCompleteItsTasksOrBetter(String rating, String expected) {
            EvaluationReport report = locality().set("r1", "securityTeamRating", code(rating)).evaluate();
            assertEquals(expected, criterion(report, "r1", "ANTT-KDC-5").name());
        }

        @Test
        void oneDisciplinedMemberIsNotMet() {
            EvaluationReport report = locality().set("r1", "securityTeamDisciplined", count(1)).evaluate();
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-5"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"securityTeamRating", "securityTeamDisciplined"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals(UNKNOWN, criterion(locality().remove("r1", indicator).evaluate(), "r1", "ANTT-KDC-5"));
        }
    }
}
