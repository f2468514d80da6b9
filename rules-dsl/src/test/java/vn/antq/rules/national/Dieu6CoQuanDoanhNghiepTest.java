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
import static vn.antq.verdict.Verdict.NOT_APPLICABLE;
import static vn.antq.verdict.Verdict.NOT_MET;
import static vn.antq.verdict.Verdict.UNKNOWN;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.Evaluator;
import vn.antq.event.EventType;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * Cơ quan, doanh nghiệp — TT 124/2021/TT-BCA Điều 6 (tt124/dieu6-co-quan-doanh-nghiep.drl.csv, a decision table), on an enterprise
 * (MEDIUM) and, where the kind matters, an agency. Window 16/11/2023–15/11/2024.
 */
class Dieu6CoQuanDoanhNghiepTest {

    private static Fixture locality() {
        return new Fixture().commune("c1").organisation("e1", UnitKind.ENTERPRISE, "c1")
                .organisation("a1", UnitKind.AGENCY, "c1");
    }

    private static String verdict(Fixture f, String rule) {
        return criterion(f.evaluate(), "e1", rule).name();
    }

    @ParameterizedTest
    @ValueSource(strings = {"e1", "a1"})
    void aPassingAgencyOrEnterpriseIsJudgedOnTheFiveCriteriaOfDieu6(String id) {
        EvaluationReport report = locality().evaluate();
        assertEquals(List.of("ANTT-CQDN-1", "ANTT-CQDN-2", "ANTT-CQDN-3", "ANTT-CQDN-4", "ANTT-CQDN-5"),
                ruleIds(report, id));
        assertEquals(StandardStatus.ACHIEVED, status(report, id));
    }

    @Nested
    class Cqdn1Q1Preparation {
        @Test
        void everyStepDoneIsMet() {
            assertEquals("MET", verdict(locality(), "ANTT-CQDN-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "planQ1", "registeredForStandard", "internalRules"})
        void aMissingStepIsNotMet(String indicator) {
            assertEquals("NOT_MET", verdict(locality().set("e1", indicator, flag(false)), "ANTT-CQDN-1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"partyResolutionQ1", "planQ1", "registeredForStandard", "internalRules", "staffTotal",
                "staffBriefed", "effectiveModels"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals("UNKNOWN", verdict(locality().remove("e1", indicator), "ANTT-CQDN-1"));
        }

        @ParameterizedTest(name = "{0}/40 staff briefed → {1}")
        @CsvSource({"40, MET", "39, NOT_MET"})
        void everyStaffMemberMustBeBriefed(long briefed, String expected) {
            assertEquals(expected, verdict(locality().set("e1", "staffBriefed", count(briefed)), "ANTT-CQDN-1"));
        }

        @Test
        void noEffectiveModelIsNotMet() {
            assertEquals("NOT_MET", verdict(locality().set("e1", "effectiveModels", count(0)), "ANTT-CQDN-1"));
        }

        @Test
        void withoutAPartyOrganisationNoResolutionIsRequired() {
            // Given hasPartyOrganization false and no resolution (false, then absent)
            Fixture noResolution = locality().set("e1", "hasPartyOrganization", flag(false))
                    .set("e1", "partyResolutionQ1", flag(false));
            Fixture absentResolution = locality().set("e1", "hasPartyOrganization", flag(false))
                    .remove("e1", "partyResolutionQ1");
            // Then
            assertEquals("MET", verdict(noResolution, "ANTT-CQDN-1"));
            assertEquals("MET", verdict(absentResolution, "ANTT-CQDN-1"));
        }

        @Test
        void anAbsentHasPartyOrganizationMeansThereIsOneSoTheResolutionIsRequired() {
            assertEquals("NOT_MET", verdict(locality().set("e1", "partyResolutionQ1", flag(false)), "ANTT-CQDN-1"));
            assertEquals("UNKNOWN", verdict(locality().remove("e1", "partyResolutionQ1"), "ANTT-CQDN-1"));
        }

        @Test
        void aPartyOrganisationDeclaredTrueRequiresTheResolution() {
            assertEquals("NOT_MET", verdict(locality().set("e1", "hasPartyOrganization", flag(true))
                    .set("e1", "partyResolutionQ1", flag(false)), "ANTT-CQDN-1"));
        }
    }

    @Nested
    class Cqdn2Policies {
        @Test
        void implementedIsMetNotImplementedIsNotMetAbsentIsUnknown() {
            assertEquals("MET", verdict(locality(), "ANTT-CQDN-2"));
            assertEquals("NOT_MET", verdict(locality().set("e1", "policiesImplemented", flag(false)), "ANTT-CQDN-2"));
            assertEquals("UNKNOWN", verdict(locality().remove("e1", "policiesImplemented"), "ANTT-CQDN-2"));
        }
    }

    @Nested
    class Cqdn3NoIncidents {
        @ParameterizedTest
        @EnumSource(value = EventType.class, names = {"ILLEGAL_RELIGION_PROPAGANDA", "EXPLOITING_RELIGION_ETHNICITY",
                "INCITING_MASS_COMPLAINTS", "ILLEGAL_STRIKE", "SERIOUS_CRIME", "STATE_SECRET_VIOLATION",
                "SERIOUS_FIRE_EXPLOSION", "FATAL_LABOUR_ACCIDENT", "SERIOUS_INCIDENT",
                "SERIOUS_ENVIRONMENT_FOOD_VIOLATION", "STAFF_SANCTIONED"})
        void anUnexcusedEventOfItemsAToHFailsIt(EventType type) {
            assertEquals("NOT_MET", verdict(locality().event("e1", type, "2024-06-01", false, false), "ANTT-CQDN-3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"e1", "a1"})
        void aStrikeFailsAnAgencyOrEnterprise(String id) {
            EvaluationReport report = locality().event(id, EventType.ILLEGAL_STRIKE, "2024-06-01").evaluate();
            assertEquals(NOT_MET, criterion(report, id, "ANTT-CQDN-3"));
            assertEquals(StandardStatus.NOT_ACHIEVED, status(report, id));
        }

        @ParameterizedTest
        @EnumSource(value = EventType.class, names = {"ANTI_STATE_ACTIVITY", "SEPARATISM", "SCHOOL_VIOLENCE",
                "PERSON_DISCIPLINED_CRIME_OR_EVIL"})
        void eventsOutsideDieu6Khoan3DoNotCount(EventType type) {
            assertEquals("MET", verdict(locality().event("e1", type, "2024-06-01"), "ANTT-CQDN-3"));
        }

        @Test
        void aPromptlyHandledSeriousCrimeIsMet() {
            assertEquals("MET", verdict(locality().event("e1", EventType.SERIOUS_CRIME, "2024-06-01", false, true),
                    "ANTT-CQDN-3"));
        }

        @Test
        void aSeriousCrimeWithUnreportedFlagsIsUnknown() {
            assertEquals("UNKNOWN", verdict(locality().event("e1", EventType.SERIOUS_CRIME, "2024-06-01"),
                    "ANTT-CQDN-3"));
        }

        @ParameterizedTest
        @EnumSource(value = EventType.class, names = {"SERIOUS_FIRE_EXPLOSION", "SERIOUS_ENVIRONMENT_FOOD_VIOLATION"})
        void forceMajeureExcusesAccidentsButPromptHandlingDoesNot(EventType type) {
            assertEquals("MET", verdict(locality().event("e1", type, "2024-06-01", true, false), "ANTT-CQDN-3"));
            assertEquals("NOT_MET", verdict(locality().event("e1", type, "2024-06-01", false, true), "ANTT-CQDN-3"));
        }

        @Test
        void anAbsentEventsArrayIsUnknown() {
            assertEquals("UNKNOWN", verdict(locality().eventsNotReported("e1"), "ANTT-CQDN-3"));
        }

        @ParameterizedTest(name = "strike on {0} → {1}")
        @CsvSource({"2023-11-15, MET", "2023-11-16, NOT_MET", "2024-11-15, NOT_MET", "2024-11-16, MET"})
        void onlyEventsInsideTheWindow16Nov2023To15Nov2024Count(String date, String expected) {
            assertEquals(expected, verdict(locality().event("e1", EventType.ILLEGAL_STRIKE, date), "ANTT-CQDN-3"));
        }
    }

    @Nested
    class Cqdn4SecurityForce {
        @ParameterizedTest(name = "rating {0} → {1}")
        @CsvSource({"ADVANCED_COLLECTIVE, MET", "GOOD, MET", "EXCELLENT, MET", "COMPLETED, NOT_MET",
            "NOT_COMPLETED, NOT_MET", "NONE, NOT_APPLICABLE"})
        void theForceMustBeAdvancedOrGoodOrBetter(String rating, String expected) {
            assertEquals(expected, verdict(locality().set("e1", "securityForceRating", code(rating)), "ANTT-CQDN-4"));
        }

        @Test
        void withoutASecurityForceTheUnitIsStillAchievedButTheProvisionalReadingIsShown() {
            EvaluationReport report = locality().set("e1", "securityForceRating", code("NONE")).evaluate();
            CriterionResult c = criterionResult(report, "e1", "ANTT-CQDN-4");
            assertEquals(NOT_APPLICABLE, c.status());
            assertTrue(c.actual().contains("cqdn.securityForce.absentReading = NOT_APPLICABLE"), c.actual());
            assertTrue(c.provisional());
            assertTrue(report.provisionalParameters().contains("cqdn.securityForce.absentReading"));
            assertEquals(StandardStatus.ACHIEVED, status(report, "e1"));
        }

        @Test
        void withASecurityForceTheReadingIsNotUsed() {
            CriterionResult c = criterionResult(locality().evaluate(), "e1", "ANTT-CQDN-4");
            assertEquals(MET, c.status());
            assertTrue(c.parameters().stream().noneMatch(p -> p.id().equals("cqdn.securityForce.absentReading")));
        }

        @ParameterizedTest(name = "reading {0} → {1}, unit {2}")
        @CsvSource({"NOT_MET, NOT_MET, NOT_ACHIEVED", "UNKNOWN, UNKNOWN, INSUFFICIENT_DATA"})
        void anotherReadingOfAnAbsentForceIsAppliedAndShown(String reading, Verdict expected, StandardStatus unit,
                                                           @TempDir Path dir) {
            Evaluator edited = EditedPack.evaluator(dir, "tt124.yaml", "value: NOT_APPLICABLE", "value: " + reading);
            Fixture f = locality().set("e1", "securityForceRating", code("NONE")).remove("e1", "securityForceDisciplined");
            EvaluationReport report = edited.evaluate(f.dataset());
            CriterionResult c = criterionResult(report, "e1", "ANTT-CQDN-4");
            assertEquals(expected, c.status());
            assertTrue(c.actual().contains("cqdn.securityForce.absentReading = " + reading), c.actual());
            assertEquals(unit, status(report, "e1"));
        }

        @Test
        void aSchoolWithoutASecurityForceKeepsTheTextsIfAny() {
            Fixture f = new Fixture().commune("c1").organisation("s1", UnitKind.SCHOOL, "c1")
                    .set("s1", "securityForceRating", code("NONE"));
            CriterionResult c = criterionResult(f.evaluate(), "s1", "ANTT-CSGD-5");
            assertEquals(NOT_APPLICABLE, c.status());
            assertTrue(c.parameters().stream().noneMatch(p -> p.id().equals("cqdn.securityForce.absentReading")));
        }

        @Test
        void oneDisciplinedMemberIsNotMet() {
            assertEquals("NOT_MET", verdict(locality().set("e1", "securityForceDisciplined", count(1)), "ANTT-CQDN-4"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"securityForceRating", "securityForceDisciplined"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals("UNKNOWN", verdict(locality().remove("e1", indicator), "ANTT-CQDN-4"));
        }
    }

    @Nested
    class Cqdn5SubUnits {
        @ParameterizedTest(name = "{0}/25 sub-units advanced → {1}")
        @CsvSource({"25, MET", "18, MET", "17, NOT_MET", "0, NOT_MET"})
        void atLeast70PercentOfSubUnitsMustBeAdvanced(long advanced, String expected) {
            assertEquals(expected, verdict(locality().set("e1", "subUnitsAdvanced", count(advanced)), "ANTT-CQDN-5"));
        }

        @Test
        void withNoSubUnitsTheShareDoesNotApplyAndDisciplineStillDecides() {
            Fixture none = locality().set("e1", "subUnitsTotal", count(0)).set("e1", "subUnitsAdvanced", count(0));
            assertEquals("MET", verdict(none, "ANTT-CQDN-5"));
            assertEquals("NOT_MET", verdict(none.set("e1", "subUnitsDisciplined", count(1)), "ANTT-CQDN-5"));
        }

        @Test
        void oneDisciplinedPersonIsNotMet() {
            assertEquals("NOT_MET", verdict(locality().set("e1", "subUnitsDisciplined", count(1)), "ANTT-CQDN-5"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"subUnitsTotal", "subUnitsAdvanced", "subUnitsDisciplined"})
        void anAbsentIndicatorIsUnknown(String indicator) {
            assertEquals("UNKNOWN", verdict(locality().remove("e1", indicator), "ANTT-CQDN-5"));
        }
    }

    @Test
    void theSameCriteriaJudgeAnAgency() {
        EvaluationReport report = locality().set("a1", "subUnitsAdvanced", count(17)).evaluate();
        assertEquals(NOT_MET, criterion(report, "a1", "ANTT-CQDN-5"));
        assertEquals(MET, criterion(report, "a1", "ANTT-CQDN-1"));
        assertEquals(UNKNOWN, criterion(locality().remove("a1", "planQ1").evaluate(), "a1", "ANTT-CQDN-1"));
    }
}
