package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.code;
import static vn.antq.rules.national.Fixture.flag;
import static vn.antq.rules.national.Fixture.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.standard.Recognition;
import vn.antq.unit.UnitKind;

/**
 * Who recognises each unit and by when — TT 124/2021/TT-BCA Điều 10 (following {@code managedBy}, else the parent,
 * in the structure in force on the reference date) and Điều 9 (before 15/11 for khu dân cư, 20/11 for the others).
 */
class Dieu9Dieu10ThamQuyenTest {

    private static Fixture locality() {
        return new Fixture().commune("c1").residentialArea("r1", "c1")
                .organisation("a1", UnitKind.AGENCY, "c1")
                .organisation("e1", UnitKind.ENTERPRISE, "c1").managedBy("e1", "380")
                .organisation("s1", UnitKind.SCHOOL, "c1").managedBy("s1", "38")
                .organisation("a2", UnitKind.AGENCY, "c1").set("a2", "followedByMinistry", flag(true));
    }

    private static Recognition recognition(EvaluationReport report, String id) {
        return unit(report, id).recognition();
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}, before {4}")
    @CsvSource(nullValues = "-", value = {
        "r1, ANTT-CN-KDC,      Ủy ban nhân dân cấp xã,    c1,  2024-11-15",
        "c1, ANTT-CN-XA,       Ủy ban nhân dân cấp huyện, 380, 2024-11-20",
        "a1, ANTT-CN-CQ-XA,    Ủy ban nhân dân cấp xã,    c1,  2024-11-20",
        "e1, ANTT-CN-CQ-HUYEN, Ủy ban nhân dân cấp huyện, 380, 2024-11-20",
        "s1, ANTT-CN-CQ-TINH,  Ủy ban nhân dân cấp tỉnh,  38,  2024-11-20",
        "a2, ANTT-CN-BCA,      Bộ Công an,                -,   2024-11-20"
    })
    void eachUnitIsRecognisedByTheAuthorityOfItsManagerBeforeItsDeadline(String id, String rule, String authority,
                                                                       String authorityUnit, LocalDate before) {
        Recognition r = recognition(locality().evaluate(), id);
        assertEquals(rule, r.rule());
        assertEquals(authority, r.authority());
        assertEquals(authorityUnit, r.authorityUnitId());
        assertEquals(before, r.deadline());
        assertTrue(r.determined());
        assertFalse(r.provisional());
        assertTrue(r.source().startsWith("TT 124/2021/TT-BCA, Điều 9"), r.source());
    }

    @Test
    void aUnitOutsideTheScopeOrNotJudgedHasNone() {
        EvaluationReport report = locality().set("e1", "size", code("MICRO")).evaluate();
        assertNull(recognition(report, "e1"));
        assertNull(recognition(report, "380"));
        assertNull(recognition(report, "38"));
    }

    @ParameterizedTest(name = "reference date {0}: commune under a district → determined {1}")
    @CsvSource({"2025-06-30, true", "2025-07-01, false"})
    void fromJuly2025TheAuthorityForCommunesIsNotDetermined(LocalDate referenceDate, boolean determined) {
        Dataset d = locality().dataset();
        Dataset at = new Dataset(d.title(), d.year(), referenceDate, d.units(), d.campaigns(), d.budgetLines(),
                d.history(), d.securityTeams(), d.leaders(), d.medalProposalDate(), d.warnings());
        EvaluationReport report = Fixture.EVALUATOR.evaluate(at);
        Recognition r = recognition(report, "c1");
        assertEquals(determined, r.determined());
        assertEquals(!determined, r.provisional());
        assertEquals(determined ? "380" : null, r.authorityUnitId());
        if (!determined) {
            assertEquals("chưa xác định — TT 48/2025/TT-BCA chưa có văn bản", r.authority());
            assertTrue(report.provisionalParameters().contains("dieu10.xa.authority"));
        }
        assertEquals("Ủy ban nhân dân cấp xã", recognition(report, "r1").authority());
        assertEquals(determined ? List.of() : List.of("dieu9.deadline.khuDanCu"),
                recognition(report, "r1").provisionalBasis(), "TT 48/2025 amends Điều 9 for the two tiers, unread");
    }

    @Test
    void aCommuneOfTheTwoTierStructureHasNoDeterminedAuthority() {
        EvaluationReport report = new Fixture().communeIn("c9", "38").evaluate();
        Recognition r = recognition(report, "c9");
        assertEquals("ANTT-CN-XA-2025", r.rule());
        assertFalse(r.determined());
        assertNull(r.authorityUnitId());
        assertEquals(LocalDate.of(2024, 11, 20), r.deadline());
    }

    @Test
    void aResidentialAreaNotManagedByACommuneIsNotGuessed() {
        EvaluationReport report = locality().managedBy("r1", "380").evaluate();
        Recognition r = recognition(report, "r1");
        assertEquals("ANTT-CN-KHAC", r.rule());
        assertFalse(r.determined());
        assertEquals(LocalDate.of(2024, 11, 15), r.deadline());
    }

    @Test
    void aCommuneUnderADistrictFromJuly2025FallsToTheRuleOfTheTwoTierStructure() {
        Dataset d = locality().dataset();
        Dataset at = new Dataset(d.title(), d.year(), LocalDate.of(2025, 7, 1), d.units(), d.campaigns(),
                d.budgetLines(), d.history(), d.securityTeams(), d.leaders(), d.medalProposalDate(), d.warnings());
        Recognition r = recognition(Fixture.EVALUATOR.evaluate(at), "c1");
        assertEquals("ANTT-CN-XA-2025", r.rule());
        assertEquals(List.of("dieu10.xa.authority", "dieu9.deadline.others"),
                r.parameters().stream().map(p -> p.id()).toList());
    }
}
