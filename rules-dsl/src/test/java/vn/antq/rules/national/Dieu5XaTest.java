package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.event.EventType;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;

/**
 * Xã, phường, thị trấn — TT 124/2021/TT-BCA Điều 5 khoản 1–3 (tt124/dieu5-xa-tieu-chi.drl.csv, a decision table); the pooled ANTT-XA-4
 * (tt124/dieu5-xa.drl) is in
 * {@link Dieu5XaDonViQuanLyTest}. Window 16/11/2023–15/11/2024; events are read over the whole territory.
 */
class Dieu5XaTest {

    private static Fixture locality() {
        return new Fixture().commune("c1").residentialArea("r1", "c1").organisation("e1", UnitKind.ENTERPRISE, "c1");
    }

    @Test
    void aPassingCommuneIsJudgedOnTheNineCriteriaOfDieu5() {
        EvaluationReport report = locality().evaluate();
        assertEquals(List.of("ANTT-XA-1", "ANTT-XA-2.2", "ANTT-XA-2.3", "ANTT-XA-2.4a", "ANTT-XA-2.4b", "ANTT-XA-2.4c",
                "ANTT-XA-2.4d", "ANTT-XA-3", "ANTT-XA-4"), ruleIds(report, "c1"));
        assertEquals(StandardStatus.ACHIEVED, status(report, "c1"));
    }

    @Nested
    class Xa1ResolutionPlanRegistrationModel {
        @Test
        void allPresentAndOneEffectiveModelIsMet() {
            assertEquals(MET, criterion(locality().evaluate(), "c1", "ANTT-XA-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "peoplesCommitteePlanQ1", "registeredForStandard"})
        void aMissingStepIsNotMet(String indicator) {
            assertEquals(NOT_MET, criterion(locality().set("c1", indicator, flag(false)).evaluate(), "c1",
                    "ANTT-XA-1"));
        }

        @Test
        void noEffectiveModelIsNotMet() {
            assertEquals(NOT_MET, criterion(locality().set("c1", "effectiveModels", count(0)).evaluate(), "c1",
                    "ANTT-XA-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "peoplesCommitteePlanQ1", "registeredForStandard",
            "effectiveModels"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals(UNKNOWN, criterion(locality().remove("c1", indicator).evaluate(), "c1", "ANTT-XA-1"));
        }
    }

    @Nested
    class Xa2OwnIndicators {
        @Test
        void policiesImplementedDecidesXa22() {
            assertEquals(MET, criterion(locality().evaluate(), "c1", "ANTT-XA-2.2"));
            assertEquals(NOT_MET, criterion(locality().set("c1", "policiesImplemented", flag(false)).evaluate(), "c1",
                    "ANTT-XA-2.2"));
            assertEquals(UNKNOWN, criterion(locality().remove("c1", "policiesImplemented").evaluate(), "c1",
                    "ANTT-XA-2.2"));
        }

        @Test
        void theCommunesOwnCountsDecideXa24aEqualHolding() {
            // Given equal counts (provisional parameter), one above, one missing
            EvaluationReport equal = locality().set("c1", "crimeCount", count(3))
                    .set("c1", "crimeCountPrevious", count(3)).evaluate();
            EvaluationReport above = locality().set("c1", "otherViolationCount", count(6)).evaluate();
            EvaluationReport missing = locality().remove("c1", "socialEvilCountPrevious").evaluate();
            // Then
            assertEquals(MET, criterion(equal, "c1", "ANTT-XA-2.4a"));
            assertTrue(criterionResult(equal, "c1", "ANTT-XA-2.4a").provisional());
            assertEquals(NOT_MET, criterion(above, "c1", "ANTT-XA-2.4a"));
            assertEquals(UNKNOWN, criterion(missing, "c1", "ANTT-XA-2.4a"));
        }

        @Test
        void aResidentialAreasCountsDoNotDecideTheCommunesXa24a() {
            EvaluationReport report = locality().set("r1", "crimeCount", count(9)).evaluate();
            assertEquals(MET, criterion(report, "c1", "ANTT-XA-2.4a"));
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-4a"));
        }

        @Test
        void hotspotsPersonsAndSupervisionDecideXa24c() {
            assertEquals(MET, criterion(locality().evaluate(), "c1", "ANTT-XA-2.4c"));
            assertEquals(NOT_MET, criterion(locality().set("c1", "newSocialOrderHotspots", count(1)).evaluate(), "c1",
                    "ANTT-XA-2.4c"));
            assertEquals(UNKNOWN, criterion(locality().remove("c1", "supervisedPersonsManaged").evaluate(), "c1",
                    "ANTT-XA-2.4c"));
        }
    }

    @Nested
    class Xa2EventsOnTheTerritory {
        @Test
        void anEventInAResidentialAreaUnderTheCommuneFailsXa23() {
            // Given
            Fixture f = locality().event("r1", EventType.INCITING_MASS_COMPLAINTS, "2024-02-10");
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-2.3"));
            assertEquals(NOT_MET, criterion(report, "r1", "ANTT-KDC-3"));
        }

        @Test
        void anUnexcusedSeriousCrimeInAResidentialAreaFailsXa24b() {
            EvaluationReport report = locality().event("r1", EventType.SERIOUS_CRIME, "2024-02-10", false, false)
                    .evaluate();
            assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-2.4b"));
        }

        @Test
        void aPromptlyHandledSeriousCrimeOnTheTerritoryIsMet() {
            EvaluationReport report = locality().event("r1", EventType.SERIOUS_CRIME, "2024-02-10", false, true)
                    .evaluate();
            assertEquals(MET, criterion(report, "c1", "ANTT-XA-2.4b"));
        }

        @Test
        void aSeriousCrimeWithUnreportedFlagsOnTheTerritoryIsUnknown() {
            EvaluationReport report = locality().event("e1", EventType.SERIOUS_CRIME, "2024-02-10").evaluate();
            assertEquals(UNKNOWN, criterion(report, "c1", "ANTT-XA-2.4b"));
        }

        @Test
        void aFireInAResidentialAreaUnderTheCommuneFailsXa24d() {
            EvaluationReport report = locality()
                    .event("r1", EventType.SERIOUS_FIRE_EXPLOSION, "2024-02-10", false, null).evaluate();
            assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-2.4d"));
        }

        @Test
        void aForceMajeureAccidentInAnEnterpriseIsMet() {
            EvaluationReport report = locality().event("e1", EventType.FATAL_LABOUR_ACCIDENT, "2024-02-10", true, null)
                    .evaluate();
            assertEquals(MET, criterion(report, "c1", "ANTT-XA-2.4d"));
        }

        @Test
        void aUnitDirectlyUnderTheDistrictIsOnNoCommunesTerritoryEvenWhenTheCommuneManagesIt() {
            // Given an enterprise whose parent is district 380, managed by c1: once with an event, once unreported
            Fixture withEvent = locality().organisation("e9", UnitKind.ENTERPRISE, "380").managedBy("e9", "c1")
                    .event("e9", EventType.ILLEGAL_RELIGION_PROPAGANDA, "2024-02-10");
            Fixture unreported = locality().organisation("e9", UnitKind.ENTERPRISE, "380").managedBy("e9", "c1")
                    .eventsNotReported("e9");
            // When
            EvaluationReport a = withEvent.evaluate();
            EvaluationReport b = unreported.evaluate();
            // Then
            assertEquals(MET, criterion(a, "c1", "ANTT-XA-2.3"));
            assertEquals(NOT_MET, criterion(a, "e9", "ANTT-CQDN-3"));
            assertEquals(MET, criterion(b, "c1", "ANTT-XA-2.3"));
        }

        @Test
        void anEventInAnotherCommuneDoesNotCount() {
            EvaluationReport report = locality().commune("c2").residentialArea("r2", "c2")
                    .event("r2", EventType.SEPARATISM, "2024-02-10").evaluate();
            assertEquals(MET, criterion(report, "c1", "ANTT-XA-2.3"));
            assertEquals(NOT_MET, criterion(report, "c2", "ANTT-XA-2.3"));
        }

        @Test
        void aUnitOnTheTerritoryWithoutAnEventsArrayMakesEveryTerritoryEventCriterionUnknown() {
            // Given
            Fixture f = locality().eventsNotReported("r1");
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(UNKNOWN, criterion(report, "c1", "ANTT-XA-2.3"));
            assertEquals(UNKNOWN, criterion(report, "c1", "ANTT-XA-2.4b"));
            assertEquals(UNKNOWN, criterion(report, "c1", "ANTT-XA-2.4d"));
            assertEquals(MET, criterion(report, "c1", "ANTT-XA-2.2"));
        }

        @Test
        void theCommuneWithoutItsOwnEventsArrayIsUnknown() {
            EvaluationReport report = locality().eventsNotReported("c1").evaluate();
            assertEquals(UNKNOWN, criterion(report, "c1", "ANTT-XA-2.3"));
        }

        @Test
        void aKnownEventFailureOnTheTerritoryBeatsAnotherUnitsMissingEvents() {
            // Given a separatist event in r1 and an enterprise on the territory that reported no events array
            Fixture f = locality().eventsNotReported("e1").event("r1", EventType.SEPARATISM, "2024-02-10")
                    .event("r1", EventType.SERIOUS_CRIME, "2024-02-11", false, false)
                    .event("r1", EventType.SERIOUS_INCIDENT, "2024-02-12", false, false);
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-2.3"));
            assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-2.4b"));
            assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-2.4d"));
            assertEquals(StandardStatus.NOT_ACHIEVED, status(report, "c1"));
        }

        @ParameterizedTest(name = "event on {0} → {1}")
        @CsvSource({"2023-11-15, MET", "2023-11-16, NOT_MET", "2024-11-15, NOT_MET", "2024-11-16, MET"})
        void onlyEventsInsideTheCommunesWindow16Nov2023To15Nov2024Count(String date, String expected) {
            EvaluationReport report = locality().event("c1", EventType.PROLONGED_INTERNAL_DISPUTE, date).evaluate();
            assertEquals(expected, criterion(report, "c1", "ANTT-XA-2.3").name());
        }

        @Test
        void aResidentialAreasEventIsReadInTheCommunesWindowNotTheAreas() {
            // Given an event on 10/11/2024: after the area's window (to 31/10) but inside the commune's (to 15/11)
            Fixture f = locality().event("r1", EventType.ANTI_STATE_ACTIVITY, "2024-11-10");
            // When
            EvaluationReport report = f.evaluate();
            // Then
            assertEquals(MET, criterion(report, "r1", "ANTT-KDC-3"));
            assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-2.3"));
        }
    }

    @Nested
    class Xa3CommunePolice {
        @Test
        void proactiveAndNobodyDisciplinedIsMet() {
            assertEquals(MET, criterion(locality().evaluate(), "c1", "ANTT-XA-3"));
        }

        @Test
        void notProactiveOrOneDisciplinedIsNotMet() {
            assertEquals(NOT_MET, criterion(locality().set("c1", "policeProactive", flag(false)).evaluate(), "c1",
                    "ANTT-XA-3"));
            assertEquals(NOT_MET, criterion(locality().set("c1", "policeDisciplined", count(1)).evaluate(), "c1",
                    "ANTT-XA-3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"policeProactive", "policeDisciplined"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals(UNKNOWN, criterion(locality().remove("c1", indicator).evaluate(), "c1", "ANTT-XA-3"));
        }
    }
}
