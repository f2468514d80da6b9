package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.flag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.campaign.Campaign;
import vn.antq.campaign.CampaignKind;
import vn.antq.campaign.Participation;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.plan.TargetResult;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/** The targets of plan TH-KH67-2024 (Kế hoạch 67/KH-BCĐ), each at its boundary. */
class Kh67ChiTieuTest {
    private static final String PLAN = "TH-KH67-2024";

    static TargetResult target(EvaluationReport report, String id, String scope) {
        return report.targets().stream().filter(t -> t.id().equals(id) && t.scope().equals(scope)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + id + " for " + scope + " in " + report.targets()));
    }

    /**
     * A ward with nine residential areas: ten units assessed against the standard. The first three areas
     * are managed by the district, so that making them fail leaves the ward's own ANTT-XA-4 pool intact.
     */
    static Fixture tenUnits() {
        return new Fixture().commune("c1").residentialAreas("c1", 9)
                .managedBy("c1-r1", "380").managedBy("c1-r2", "380").managedBy("c1-r3", "380");
    }

    @Nested
    class T1ModelWardPolice {
        private Fixture wards(int model, int unknown, int total) {
            Fixture f = new Fixture();
            for (int i = 1; i <= total; i++) {
                f.commune("w" + i).set("w" + i, "modelWardPolice", flag(i <= model));
            }
            for (int i = model + 1; i <= model + unknown; i++) {
                f.remove("w" + i, "modelWardPolice");
            }
            return f;
        }

        @Test
        void tenModelWardsInThanhHoaCityMeetTheCitysTarget() {
            TargetResult t = target(wards(10, 0, 12).evaluate(PLAN), "KH67-T1", "380");
            assertEquals(Verdict.MET, t.status());
            assertEquals(0, t.actual().compareTo(BigDecimal.TEN));
            assertEquals("≥ 10", t.required());
        }

        @Test
        void nineModelWardsMissTheCitysTargetAndNameTheOtherWards() {
            TargetResult t = target(wards(9, 0, 12).evaluate(PLAN), "KH67-T1", "380");
            assertEquals(Verdict.NOT_MET, t.status());
            assertEquals(List.of("w10", "w11", "w12"), t.against());
        }

        @Test
        void nineModelWardsAndOneUnknownLeaveTheTargetUndecided() {
            TargetResult t = target(wards(9, 1, 12).evaluate(PLAN), "KH67-T1", "380");
            assertEquals(Verdict.UNKNOWN, t.status());
            assertEquals(List.of("w10"), t.undecided());
        }

        @Test
        void theProvinceNeedsFifteenModelWardsInAll() {
            TargetResult t = target(wards(12, 0, 12).evaluate(PLAN), "KH67-T1", "38");
            assertEquals(Verdict.NOT_MET, t.status());
            assertEquals("≥ 15", t.required());
        }

        @Test
        void aDistrictWithoutACityTargetGetsNoModelWardTarget() {
            EvaluationReport report = wards(1, 0, 1).district("390").communeIn("x1", "390").evaluate(PLAN);
            assertTrue(report.targets().stream().noneMatch(t -> t.id().equals("KH67-T1") && t.scope().equals("390")));
        }
    }

    @Nested
    class T5StandardAchievedAboveEightyPercent {
        @ParameterizedTest(name = "{0} failing and {1} undecided of 10 → {2}")
        @CsvSource({
            "1, 0, MET",        // 9/10 = 90%
            "2, 0, NOT_MET",    // 8/10 = 80%: "trên 80%" is strict
            "1, 1, UNKNOWN",    // 8 achieved, 1 undecided: 80% or 90%
            "0, 1, MET",        // 9 achieved, 1 undecided: at least 90%
            "2, 1, NOT_MET"     // 7 achieved, 1 undecided: at most 80%
        })
        void shareOfUnitsAchievingTheStandardIsStrictlyAboveEightyPercent(int failing, int undecided, Verdict expected) {
            Fixture f = tenUnits();
            for (int i = 1; i <= failing; i++) {
                f.failing("c1-r" + i);
            }
            for (int i = failing + 1; i <= failing + undecided; i++) {
                f.undecided("c1-r" + i);
            }
            TargetResult t = target(f.evaluate(PLAN), "KH67-T5", "38");
            assertEquals(expected, t.status());
            assertEquals(0, t.denominator().compareTo(BigDecimal.TEN), "undecided units stay in the denominator");
            assertEquals(failing, t.against().size());
            assertEquals(undecided, t.undecided().size());
        }

        @Test
        void exactlyEightyPercentIsReportedAsTheShareAndTheStrictThreshold() {
            Fixture f = tenUnits().failing("c1-r1").failing("c1-r2");
            TargetResult t = target(f.evaluate(PLAN), "KH67-T5", "38");
            assertEquals(0, t.actual().compareTo(new BigDecimal("0.8")));
            assertEquals("> 0.8", t.required());
            assertEquals(List.of("c1-r1", "c1-r2"), t.against());
        }
    }

    @Nested
    class T4PropagandaCoverage {
        private Fixture covered(long reached) {
            Fixture f = tenUnits().setAll(UnitKind.RESIDENTIAL_AREA, "propagandaTarget", count(100))
                    .setAll(UnitKind.RESIDENTIAL_AREA, "propagandaReached", count(100))
                    .set("c1", "propagandaTarget", count(100)).set("c1", "propagandaReached", count(100));
            return f.set("c1-r1", "propagandaTarget", count(1000)).set("c1-r1", "propagandaReached", count(reached));
        }

        @Test
        void everyoneReachedMeetsTheTarget() {
            assertEquals(Verdict.MET, target(covered(1000).evaluate(PLAN), "KH67-T4", "38").status());
        }

        @Test
        void onePersonShortOfAThousandMissesIt() {
            TargetResult t = target(covered(999).evaluate(PLAN), "KH67-T4", "38");
            assertEquals(Verdict.NOT_MET, t.status());
            assertEquals(0, t.numerator().compareTo(BigDecimal.valueOf(100 + 999 + 8 * 100)));
            assertEquals(List.of("c1-r1"), t.against());
        }

        @Test
        void aUnitWithoutCountsLeavesAFullCoverageUndecided() {
            TargetResult t = target(covered(1000).remove("c1-r2", "propagandaReached").evaluate(PLAN), "KH67-T4", "38");
            assertEquals(Verdict.UNKNOWN, t.status());
            assertEquals(List.of("c1-r2"), t.undecided());
        }
    }

    @Nested
    class T8CampaignParticipation {
        private Campaign drugMonth(String held) {
            return new Campaign("MA-TUY", CampaignKind.DRUG_PREVENTION_MONTH, "Tháng hành động phòng, chống ma túy",
                    LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 26), true, List.of(),
                    held == null ? List.of() : List.of(new Participation("c1", true, LocalDate.parse(held), 1, 100)));
        }

        @ParameterizedTest(name = "held on {0} → {1}")
        @CsvSource({"2024-05-31, NOT_MET", "2024-06-01, MET", "2024-06-30, MET", "2024-07-01, NOT_MET"})
        void participationCountsOnlyInsideTheCampaignsWindow(String held, Verdict expected) {
            TargetResult t = target(new Fixture().commune("c1").campaign(drugMonth(held)).evaluate(PLAN),
                    "KH67-T8/MA-TUY", "38");
            assertEquals(expected, t.status());
        }

        @Test
        void aCommuneWithoutParticipationReportedIsUndecided() {
            TargetResult t = target(new Fixture().commune("c1").campaign(drugMonth(null)).evaluate(PLAN),
                    "KH67-T8/MA-TUY", "38");
            assertEquals(Verdict.UNKNOWN, t.status());
            assertEquals(List.of("c1"), t.undecided());
            assertTrue(t.label().endsWith("Tháng hành động phòng, chống ma túy"), t.label());
        }
    }

    @Nested
    class T2T3DocumentsResolutionsAndPlans {
        @Test
        void documentsReachingEveryUnitMeetT2AndOneUnitShortMissesIt() {
            Fixture all = tenUnits().setAll(UnitKind.RESIDENTIAL_AREA, "documentsDeployed", flag(true))
                    .set("c1", "documentsDeployed", flag(true));
            assertEquals(Verdict.MET, target(all.evaluate(PLAN), "KH67-T2", "38").status());
            TargetResult missed = target(all.set("c1-r4", "documentsDeployed", flag(false)).evaluate(PLAN), "KH67-T2", "38");
            assertEquals(Verdict.NOT_MET, missed.status());
            assertEquals(0, missed.actual().compareTo(new BigDecimal("0.9")));
            assertEquals(List.of("c1-r4"), missed.against());
        }

        @Test
        void t3CountsCommunesAndOrganisationsNotResidentialAreas() {
            Fixture f = new Fixture().commune("c1").residentialAreas("c1", 3).organisation("e1", UnitKind.ENTERPRISE, "c1");
            TargetResult t = target(f.evaluate(PLAN), "KH67-T3", "38");
            assertEquals(Verdict.MET, t.status());
            assertEquals(0, t.denominator().compareTo(BigDecimal.valueOf(2)));
        }

        @Test
        void t3NeedsTheResolutionOnlyWhereAPartyOrganisationExists() {
            Fixture f = new Fixture().commune("c1").organisation("e1", UnitKind.ENTERPRISE, "c1")
                    .set("e1", "hasPartyOrganization", flag(false)).set("e1", "partyResolutionQ1", flag(false));
            assertEquals(Verdict.MET, target(f.evaluate(PLAN), "KH67-T3", "38").status());
            f.set("c1", "peoplesCommitteePlanQ1", flag(false));
            TargetResult t = target(f.evaluate(PLAN), "KH67-T3", "38");
            assertEquals(Verdict.NOT_MET, t.status());
            assertEquals(List.of("c1"), t.against());
        }
    }

    @Nested
    class T6MovementGoodOrBetterAboveEightyPercent {
        @ParameterizedTest(name = "{0} of 10 rated below Khá → {1}")
        @CsvSource({"1, MET", "2, NOT_MET"})
        void shareRatedKhaOrBetterIsStrictlyAboveEightyPercent(int belowGood, Verdict expected) {
            Fixture f = tenUnits();
            for (int i = 1; i <= belowGood; i++) {
                f.set("c1-r" + i, "movementScore", Fixture.num("69.99"));
            }
            TargetResult t = target(f.evaluate(PLAN), "KH67-T6", "38");
            assertEquals(expected, t.status());
            assertEquals(belowGood, t.against().size());
        }
    }

    @Nested
    class T7SecurityTeams {
        private Fixture areas(long leaders, long deputies, long members, boolean trained) {
            Fixture f = new Fixture().commune("c1").residentialAreas("c1", 2)
                    .setAll(UnitKind.RESIDENTIAL_AREA, "securityTeamLeaders", count(1))
                    .setAll(UnitKind.RESIDENTIAL_AREA, "securityTeamDeputies", count(1))
                    .setAll(UnitKind.RESIDENTIAL_AREA, "securityTeamMembers", count(1))
                    .setAll(UnitKind.RESIDENTIAL_AREA, "securityTeamTrained", flag(true));
            return f.set("c1-r2", "securityTeamLeaders", count(leaders)).set("c1-r2", "securityTeamDeputies", count(deputies))
                    .set("c1-r2", "securityTeamMembers", count(members)).set("c1-r2", "securityTeamTrained", flag(trained));
        }

        @ParameterizedTest(name = "{0} trưởng, {1} phó, {2} viên, trained {3} → {4}")
        @CsvSource({
            "1, 1, 1, true, MET",       // Thanh Hóa's staffing: exactly 1 + 1 + 1
            "1, 1, 0, true, NOT_MET",   // a tổ viên short
            "1, 0, 1, true, NOT_MET",   // no tổ phó
            "1, 1, 2, true, NOT_MET",   // above the staffing
            "1, 1, 1, false, NOT_MET"   // not trained
        })
        void everyAreaNeedsItsTeamAtTheProvincesStaffingAndTrained(long leaders, long deputies, long members,
                                                                   boolean trained, Verdict expected) {
            TargetResult t = target(areas(leaders, deputies, members, trained).evaluate(PLAN), "KH67-T7", "38");
            assertEquals(expected, t.status());
            assertEquals(expected == Verdict.MET ? List.of() : List.of("c1-r2"), t.against());
        }

        @Test
        void theTeamsMembersInTheDatasetOverrideTheAreasCountIndicators() {
            Fixture f = areas(1, 1, 1, true).team(new SecurityTeam("TBV-c1-r2", List.of("c1-r2"), null, List.of(
                    new TeamMember("m1", "Nguyễn Văn An", TeamRole.LEADER, null, null, null, null, null, null, null, null),
                    new TeamMember("m2", "Lê Văn Bình", TeamRole.MEMBER, null, null, null, null, null, null, null, null))));
            TargetResult t = target(f.evaluate(PLAN), "KH67-T7", "38");
            assertEquals(Verdict.NOT_MET, t.status());
            assertEquals(List.of("c1-r2"), t.against());
        }

        @Test
        void anAreaWithoutItsTeamCountsLeavesTheTargetUndecided() {
            TargetResult t = target(areas(1, 1, 1, true).remove("c1-r2", "securityTeamMembers").evaluate(PLAN),
                    "KH67-T7", "38");
            assertEquals(Verdict.UNKNOWN, t.status());
            assertEquals(List.of("c1-r2"), t.undecided());
        }
    }

    @Nested
    class T9EffectiveModels {
        @Test
        void everyCommuneNeedsAtLeastOneEffectiveModel() {
            Fixture f = new Fixture().commune("c1").commune("c2").set("c2", "effectiveModels", count(0));
            TargetResult t = target(f.evaluate(PLAN), "KH67-T9", "38");
            assertEquals(Verdict.NOT_MET, t.status());
            assertEquals(List.of("c2"), t.against());
            assertEquals(Verdict.MET, target(new Fixture().commune("c1").evaluate(PLAN), "KH67-T9", "38").status());
        }
    }

    @Test
    void theReportNamesThePlanAndTheTargetsRestingOnProvisionalUnitResults() {
        EvaluationReport report = tenUnits().evaluate(PLAN);
        assertEquals(PLAN, report.plan().id());
        assertEquals("38", report.plan().scope());
        TargetResult t6 = target(report, "KH67-T6", "38");
        assertTrue(t6.parameters().stream().noneMatch(p -> p.provisional()), "the plan's own figure is confirmed");
        assertTrue(t6.provisional(), "the movement levels it counts rest on QĐ 510's provisional bands");
        assertTrue(t6.provisionalBasis().contains("movement.band.good"), t6.provisionalBasis().toString());
        assertFalse(target(report, "KH67-T2", "38").provisional(), "documents deployed are data");
    }
}
