package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.code;
import static vn.antq.rules.national.Fixture.criterion;
import static vn.antq.rules.national.Fixture.criterionResult;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.status;
import static vn.antq.verdict.Verdict.MET;
import static vn.antq.verdict.Verdict.NOT_APPLICABLE;
import static vn.antq.verdict.Verdict.NOT_MET;
import static vn.antq.verdict.Verdict.UNKNOWN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.UnitKind;

/**
 * ANTT-XA-4 — TT 124/2021/TT-BCA Điều 5 khoản 4: 100% of the units a commune manages registered and at least 70%
 * (inclusive) recognised, pooled over non-excluded units, three-valued over units of unknown status.
 */
class Dieu5XaDonViQuanLyTest {

    /** A commune managing {@code achieved + failing + undecided} residential areas, in that order. */
    private static Fixture pool(int achieved, int failing, int undecided) {
        int total = achieved + failing + undecided;
        Fixture f = new Fixture().commune("c1").residentialAreas("c1", total);
        for (int i = achieved + 1; i <= achieved + failing; i++) {
            f.failing("c1-r" + i);
        }
        for (int i = achieved + failing + 1; i <= total; i++) {
            f.undecided("c1-r" + i);
        }
        return f;
    }

    @ParameterizedTest(name = "{0} achieved, {1} not achieved, {2} insufficient data → {3}")
    @CsvSource({
        "25, 0, 0, MET",
        "18, 7, 0, MET",
        "17, 8, 0, NOT_MET",
        "16, 9, 0, NOT_MET",
        "17, 7, 1, UNKNOWN",
        "18, 4, 3, MET",
        "14, 8, 3, NOT_MET",
        "7,  3, 0, MET",
        "0,  0, 1, UNKNOWN"})
    void theAchievedShareMustReach70PercentInclusiveWithUnknownChildrenOnEitherSide(int achieved, int failing,
                                                                                  int undecided, String expected) {
        // Given
        Fixture f = pool(achieved, failing, undecided);
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertEquals(expected, criterion(report, "c1", "ANTT-XA-4").name());
    }

    @Test
    void anUnknownXa4MakesAnOtherwisePassingCommuneInsufficientNeverAchieved() {
        EvaluationReport report = pool(17, 7, 1).evaluate();
        assertEquals(StandardStatus.INSUFFICIENT_DATA, status(report, "c1"));
    }

    @Test
    void xa4ExplainsTheCountsInVietnamese() {
        // Given 18 of 25 achieved
        EvaluationReport report = pool(18, 7, 0).evaluate();
        // When
        CriterionResult xa4 = criterionResult(report, "c1", "ANTT-XA-4");
        // Then
        assertTrue(xa4.actual().contains("Được công nhận: 18/25 (72%)"), xa4.actual());
        assertTrue(xa4.actual().contains("Đăng ký: 25/25 (100%)"), xa4.actual());
        assertTrue(xa4.required().contains("Được công nhận: từ 70% trở lên"), xa4.required());
        assertTrue(xa4.required().contains("Đăng ký: từ 100% trở lên"), xa4.required());
        assertEquals("TT 124/2021/TT-BCA, Điều 5 khoản 4", xa4.source());
        assertTrue(xa4.label().contains("từ 70% trở lên"), xa4.label());
        assertEquals(List.of("crime.equalCountHolds"), xa4.provisionalBasis(),
                "its own parameters are confirmed; the pooled units' equal counts rest on the provisional rule");
    }

    @Test
    void xa4MentionsUnitsWithoutData() {
        CriterionResult xa4 = criterionResult(pool(17, 7, 1).evaluate(), "c1", "ANTT-XA-4");
        assertTrue(xa4.actual().contains("17/25 (68%), 1 đơn vị thiếu số liệu"), xa4.actual());
    }

    @Test
    void excludedChildrenLeaveThePool() {
        // Given 7 achieved and 3 not achieved (7/10 = 70%) plus 5 micro enterprises (7/15 would fail)
        Fixture f = pool(7, 3, 0);
        for (int i = 1; i <= 5; i++) {
            f.organisation("c1-m" + i, UnitKind.ENTERPRISE, "c1").set("c1-m" + i, "size", code("MICRO"))
                    .failing("c1-m" + i);
        }
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertEquals(StandardStatus.NOT_APPLICABLE, status(report, "c1-m1"));
        assertEquals(MET, criterion(report, "c1", "ANTT-XA-4"));
        assertTrue(criterionResult(report, "c1", "ANTT-XA-4").actual().contains("7/10 (70%)"));
    }

    @Test
    void excludedChildrenNeedNotRegister() {
        Fixture f = pool(5, 0, 0).organisation("c1-s", UnitKind.SCHOOL, "c1").set("c1-s", "level", code("PRIMARY"))
                .set("c1-s", "registeredForStandard", flag(false));
        assertEquals(MET, criterion(f.evaluate(), "c1", "ANTT-XA-4"));
    }

    @Test
    void aFailingUnitThatMayBeOutOfScopeCannotDecideXa4() {
        // Given 7 achieved and 3 failing areas (70%), and a failing enterprise whose size is not reported
        Fixture f = pool(7, 3, 0).organisation("e1", UnitKind.ENTERPRISE, "c1").remove("e1", "size").failing("e1");
        // When
        EvaluationReport report = f.evaluate();
        // Then: 7/11 if it is in scope, 7/10 if it is small or micro
        assertEquals(UNKNOWN, criterion(report, "c1", "ANTT-XA-4"));
    }

    @Test
    void oneUnregisteredChildFailsXa4EvenWhenTheRestAreAchieved() {
        // Given 24 achieved and one that did not register (so it is not achieved either: 24/25 = 96%)
        Fixture f = pool(25, 0, 0).set("c1-r25", "registeredForStandard", flag(false));
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-4"));
        assertEquals(StandardStatus.NOT_ACHIEVED, status(report, "c1"));
    }

    @Test
    void oneChildOfUnknownRegistrationMakesXa4Unknown() {
        // Given 24 achieved and one without a registration indicator (so of unknown status too)
        Fixture f = pool(25, 0, 0).remove("c1-r25", "registeredForStandard");
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertEquals(StandardStatus.INSUFFICIENT_DATA, status(report, "c1-r25"));
        assertEquals(UNKNOWN, criterion(report, "c1", "ANTT-XA-4"));
    }

    @Test
    void anUnknownRegistrationDoesNotSaveAPoolThatFailsTheAchievedShare() {
        Fixture f = pool(16, 8, 0).remove("c1-r1", "registeredForStandard");
        assertEquals(NOT_MET, criterion(f.evaluate(), "c1", "ANTT-XA-4"));
    }

    @Test
    void aCommuneManagingNoUnitHasXa4NotApplicableAndCanStillBeAchieved() {
        EvaluationReport report = new Fixture().commune("c1").evaluate();
        assertEquals(NOT_APPLICABLE, criterion(report, "c1", "ANTT-XA-4"));
        assertEquals(StandardStatus.ACHIEVED, status(report, "c1"));
    }

    @Test
    void theCommunesOwnStatusIsNotPartOfItsPool() {
        // Given the commune itself fails one of its own criteria; its two areas are achieved
        Fixture f = pool(2, 0, 0).failing("c1");
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertEquals(MET, criterion(report, "c1", "ANTT-XA-4"));
        assertTrue(criterionResult(report, "c1", "ANTT-XA-4").actual().contains("2/2 (100%)"));
    }

    @Test
    void thePoolIsEveryKindTheCommuneManagesTogether() {
        // Given 7 achieved residential areas, and an agency, an enterprise and a school that are not (7/10 = 70%)
        Fixture f = pool(7, 0, 0).organisation("a1", UnitKind.AGENCY, "c1")
                .organisation("e1", UnitKind.ENTERPRISE, "c1")
                .organisation("s1", UnitKind.SCHOOL, "c1").failing("a1").failing("e1").failing("s1");
        assertEquals(MET, criterion(f.evaluate(), "c1", "ANTT-XA-4"));
        // and one more failing unit brings it to 7/11
        assertEquals(NOT_MET, criterion(f.organisation("a2", UnitKind.AGENCY, "c1").failing("a2").evaluate(), "c1",
                "ANTT-XA-4"));
    }

    @Test
    void aUnitManagedByTheDistrictLeavesTheCommunesPoolThoughItLiesOnTheTerritory() {
        // Given 7 achieved, 3 failing (70%) and a failing enterprise under the commune but managed by district 380
        Fixture f = pool(7, 3, 0).organisation("e1", UnitKind.ENTERPRISE, "c1").failing("e1").managedBy("e1", "380");
        assertEquals(MET, criterion(f.evaluate(), "c1", "ANTT-XA-4"));
    }

    @Test
    void aUnitManagedByTheCommuneJoinsItsPoolWhereverItsParentIs() {
        // Given c1 with 7 achieved and 3 failing (70%), and a failing area under c2 but managed by c1 (7/11)
        Fixture f = pool(7, 3, 0).commune("c2").residentialArea("x1", "c2").failing("x1").managedBy("x1", "c1");
        // When
        EvaluationReport report = f.evaluate();
        // Then
        assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-4"));
        assertEquals(NOT_APPLICABLE, criterion(report, "c2", "ANTT-XA-4"));
    }

    @Test
    void aUnitDirectlyUnderTheDistrictJoinsACommunesPoolOnlyWhenManagedByIt() {
        // Given c1 with 7 achieved and 3 failing (70%); two failing areas under district 380, one managed by c1
        Fixture f = pool(7, 3, 0).residentialArea("d1", "380").failing("d1").residentialArea("d2", "380")
                .failing("d2").managedBy("d2", "c1");
        // When
        EvaluationReport report = f.evaluate();
        // Then 7/11
        assertEquals(NOT_MET, criterion(report, "c1", "ANTT-XA-4"));
        assertTrue(criterionResult(report, "c1", "ANTT-XA-4").actual().contains("7/11"),
                criterionResult(report, "c1", "ANTT-XA-4").actual());
    }
}
