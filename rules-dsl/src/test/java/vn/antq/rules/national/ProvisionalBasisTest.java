package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.code;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.criterionResult;
import static vn.antq.rules.national.Fixture.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.Proposal;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.grassroots.TeamRole;
import vn.antq.plan.TargetResult;
import vn.antq.standard.CriterionResult;
import vn.antq.standard.StandardStatus;

/**
 * A result computed from a provisional value is provisional, however indirectly, and names the provisional
 * parameters it rests on: through a khu dân cư's criterion, its standing, the commune's pooled ANTT-XA-4, the
 * commune's standing and the plan's share of units achieving the standard; and through a team's rating computed
 * under Hướng dẫn 01, ANTT-KDC-5 and the area's standing.
 */
class ProvisionalBasisTest {
    private static final String EQUAL_HOLDS = "crime.equalCountHolds";
    private static final String PLAN = "TH-KH67-2024";

    /**
     * A ward with three khu dân cư whose counts all fell, so that no criterion reads a provisional value, except
     * where a test makes a count equal to last year's.
     */
    private static Fixture fallingCounts() {
        Fixture f = new Fixture().commune("c1").residentialAreas("c1", 3);
        for (String id : List.of("c1", "c1-r1", "c1-r2", "c1-r3")) {
            f.set(id, "socialEvilCount", count(0));
        }
        return f;
    }

    @Test
    void aCountEqualToLastYearsMakesEveryStepAboveItProvisional() {
        EvaluationReport report = fallingCounts().set("c1-r2", "crimeCount", count(3)).evaluate(PLAN);

        CriterionResult kdc4a = criterionResult(report, "c1-r2", "ANTT-KDC-4a");
        assertEquals(List.of(EQUAL_HOLDS), kdc4a.provisionalBasis(), "step 1: the criterion read the equal-count rule");
        assertTrue(kdc4a.provisional());
        UnitAssessment area = unit(report, "c1-r2");
        assertEquals(StandardStatus.ACHIEVED, area.standard().status());
        assertEquals(List.of(EQUAL_HOLDS), area.standard().provisionalBasis(), "step 2: the area's standing");
        CriterionResult xa4 = criterionResult(report, "c1", "ANTT-XA-4");
        assertEquals(List.of(EQUAL_HOLDS), xa4.provisionalBasis(), "step 3: the commune's pooled criterion");
        assertTrue(unit(report, "c1").standard().provisionalBasis().contains(EQUAL_HOLDS), "step 4: its standing");
        TargetResult t5 = Kh67ChiTieuTest.target(report, "KH67-T5", "38");
        assertTrue(t5.provisional());
        assertTrue(t5.provisionalBasis().contains(EQUAL_HOLDS), "step 5: the plan's share " + t5.provisionalBasis());
        assertFalse(t5.parameters().stream().anyMatch(p -> p.id().equals(EQUAL_HOLDS)),
                "the target does not read the parameter itself");
    }

    @Test
    void countsThatFellRestOnNoProvisionalValue() {
        EvaluationReport report = fallingCounts().evaluate(PLAN);

        CriterionResult kdc4a = criterionResult(report, "c1-r2", "ANTT-KDC-4a");
        assertEquals(List.of(), kdc4a.provisionalBasis());
        assertTrue(kdc4a.parameters().stream().anyMatch(p -> p.id().equals(EQUAL_HOLDS)),
                "the rule is still shown among the parameters used");
        assertEquals(List.of(), unit(report, "c1-r2").standard().provisionalBasis());
        assertEquals(List.of(), criterionResult(report, "c1", "ANTT-XA-4").provisionalBasis());
        assertFalse(Kh67ChiTieuTest.target(report, "KH67-T5", "38").provisional());
    }

    @Test
    void aMissingCountLeavesTheCriterionRestingOnTheEqualCountRule() {
        EvaluationReport report = fallingCounts().remove("c1-r1", "crimeCountPrevious").evaluate();
        assertEquals(List.of(EQUAL_HOLDS), criterionResult(report, "c1-r1", "ANTT-KDC-4a").provisionalBasis());
    }

    @Test
    void theMovementBandsMakeTheLevelTheShareOfGoodLevelsAndTheProposalProvisional() {
        EvaluationReport report = fallingCounts()
                .history("c1-r1", 2023, StandardStatus.ACHIEVED, vn.antq.movement.MovementLevel.EXCELLENT)
                .set("c1-r1", "movementScore", Fixture.num("95")).evaluate(PLAN);

        List<String> bands = unit(report, "c1-r1").movement().provisionalBasis();
        assertFalse(bands.isEmpty(), "QĐ 510's bands are provisional");
        TargetResult t6 = Kh67ChiTieuTest.target(report, "KH67-T6", "38");
        assertTrue(t6.provisionalBasis().containsAll(bands), t6.provisionalBasis().toString());
        Proposal p = report.proposals().stream().filter(x -> x.unitId().equals("c1-r1")).findFirst().orElseThrow();
        assertTrue(p.provisionalBasis().containsAll(bands), "the proposal rests on the level: " + p.provisionalBasis());
    }

    @Test
    void aTeamRatingComputedUnderHd01CarriesItsBasisIntoKdc5TheStandingAndTheCommune() {
        SecurityTeam team = new SecurityTeam("T1", List.of("c1-r1"), LocalDate.of(2022, 1, 1), List.of(
                member("T1-1", TeamRole.LEADER), member("T1-2", TeamRole.DEPUTY), member("T1-3", TeamRole.MEMBER)),
                new DutyRecord(10, 9, 0, false, false));
        EvaluationReport report = fallingCounts().team(team)
                .remove("c1-r1", "securityTeamRating").remove("c1-r1", "securityTeamDisciplined").evaluate();

        TeamResult rated = report.securityTeams().get(0);
        List<String> ratingBasis = rated.rating().provisionalBasis();
        assertFalse(ratingBasis.isEmpty(), "every value of Hướng dẫn 01 is provisional");
        CriterionResult kdc5 = criterionResult(report, "c1-r1", "ANTT-KDC-5");
        assertTrue(kdc5.provisionalBasis().containsAll(ratingBasis), "step 2: " + kdc5.provisionalBasis());
        assertTrue(unit(report, "c1-r1").standard().provisionalBasis().containsAll(ratingBasis), "step 3");
        assertTrue(criterionResult(report, "c1", "ANTT-XA-4").provisionalBasis().containsAll(ratingBasis), "step 4");

        List<String> leader = rated.members().get(0).rating().provisionalBasis();
        assertTrue(leader.containsAll(ratingBasis), "the tổ trưởng is kept no higher than the team: " + leader);
    }

    @Test
    void theAreasOwnRatingRestsOnNoComputedOne() {
        SecurityTeam team = new SecurityTeam("T1", List.of("c1-r1"), LocalDate.of(2022, 1, 1), List.of(),
                new DutyRecord(10, 9, 0, false, false));
        EvaluationReport report = fallingCounts().team(team).set("c1-r1", "securityTeamRating", code("GOOD"))
                .evaluate();
        assertEquals(List.of(), criterionResult(report, "c1-r1", "ANTT-KDC-5").provisionalBasis());
    }

    @Test
    void everyProvisionalResultNamesOnlyProvisionalParametersOfTheReport() {
        EvaluationReport report = fallingCounts().set("c1-r2", "crimeCount", count(3)).evaluate(PLAN);
        TreeSet<String> named = new TreeSet<>();
        List<Boolean> consistent = new ArrayList<>();
        for (UnitAssessment u : report.units()) {
            for (CriterionResult c : u.standard().criteria()) {
                named.addAll(c.provisionalBasis());
                consistent.add(c.provisional() == !c.provisionalBasis().isEmpty());
            }
            named.addAll(u.movement().provisionalBasis());
            consistent.add(u.movement().provisional() == !u.movement().provisionalBasis().isEmpty());
        }
        for (TargetResult t : report.targets()) {
            named.addAll(t.provisionalBasis());
        }
        assertFalse(consistent.contains(false), "provisional exactly when the basis is not empty");
        assertTrue(report.provisionalParameters().containsAll(named), named + " ⊄ " + report.provisionalParameters());
    }

    private static TeamMember member(String id, TeamRole role) {
        return new TeamMember(id, "Lê Văn " + id, role, LocalDate.of(1980, 1, 1), false, Education.UPPER_SECONDARY,
                LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, false, false, LocalDate.of(2023, 1, 1),
                new DutyRecord(10, 9, 0, false, false), ServiceRecord.NONE);
    }
}
