package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.flag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.antq.standard.UsedParameter;
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

        /** Model wards per district: TP Thanh Hóa 380, TX Bỉm Sơn 381, TP Sầm Sơn 382, TX Nghi Sơn 407. */
        private Fixture province(int thanhHoa, int bimSon, int samSon, int nghiSon) {
            Fixture f = new Fixture().district("381").district("382").district("407");
            String[] districts = {"380", "381", "382", "407"};
            int[] models = {thanhHoa, bimSon, samSon, nghiSon};
            for (int d = 0; d < districts.length; d++) {
                for (int i = 1; i <= Math.max(models[d], 1); i++) {
                    String ward = "p" + districts[d] + "-" + i;
                    f.communeIn(ward, districts[d]).set(ward, "modelWardPolice", flag(i <= models[d]));
                }
            }
            return f;
        }

        @ParameterizedTest(name = "TP Thanh Hóa {0}, Bỉm Sơn {1}, Sầm Sơn {2}, Nghi Sơn {3} → {4} with {5} counted")
        @CsvSource({
            "10, 3, 2, 0, MET, 15",       // exactly where the plan puts them
            "10, 2, 2, 0, NOT_MET, 14",   // Bỉm Sơn one short
            "12, 2, 2, 6, NOT_MET, 14",   // surplus in TP Thanh Hóa and Nghi Sơn does not make up for Bỉm Sơn
            "10, 4, 2, 0, MET, 15",       // surplus in Bỉm Sơn is capped at its 3
            "9, 4, 3, 9, NOT_MET, 14"     // 16 in the named districts, but TP Thanh Hóa short
        })
        void theProvinceCountsEachNamedDistrictUpToItsQuotaAgainstFifteen(int thanhHoa, int bimSon, int samSon,
                                                                          int nghiSon, Verdict expected, int counted) {
            TargetResult t = target(province(thanhHoa, bimSon, samSon, nghiSon).evaluate(PLAN), "KH67-T1", "38");
            assertEquals(expected, t.status());
            assertEquals(0, t.actual().compareTo(BigDecimal.valueOf(counted)));
            assertEquals("≥ 15", t.required());
        }

        @Test
        void theProvinceNamesTheDistrictsThatFallShort() {
            TargetResult t = target(province(12, 2, 2, 6).evaluate(PLAN), "KH67-T1", "38");
            assertEquals(List.of("381"), t.against());
            assertEquals(List.of(), t.undecided());
        }

        @Test
        void aWardWithoutDataInADistrictThatFallsShortLeavesTheProvinceUndecided() {
            Fixture f = province(10, 2, 2, 0).communeIn("p381-x", "381").remove("p381-x", "modelWardPolice");
            TargetResult t = target(f.evaluate(PLAN), "KH67-T1", "38");
            assertEquals(Verdict.UNKNOWN, t.status());
            assertEquals(List.of("p381-x"), t.undecided());
            assertEquals(List.of(), t.against());
        }

        @Test
        void aNamedDistrictMissingFromTheDatasetLeavesTheProvinceUndecided() {
            TargetResult t = target(wards(12, 0, 12).evaluate(PLAN), "KH67-T1", "38");
            assertEquals(Verdict.UNKNOWN, t.status());
            assertEquals(0, t.actual().compareTo(BigDecimal.TEN));
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

        @ParameterizedTest(name = "a {0} school reaching none of its 500 → {1}")
        @CsvSource({
            "PRIMARY, MET",              // its pupils are below "trung học cơ sở": not counted
            "KINDERGARTEN, MET",
            "LOWER_SECONDARY, NOT_MET",  // "từ bậc học trung học cơ sở trở lên"
            "MULTI_LEVEL_GENERAL, NOT_MET",
            "VOCATIONAL, NOT_MET"
        })
        void onlySchoolsFromLowerSecondaryUpCount(String level, Verdict expected) {
            Fixture f = covered(1000).organisation("s1", UnitKind.SCHOOL, "c1").set("s1", "level", Fixture.code(level))
                    .set("s1", "propagandaTarget", count(500)).set("s1", "propagandaReached", count(0));
            TargetResult t = target(f.evaluate(PLAN), "KH67-T4", "38");
            assertEquals(expected, t.status());
            assertEquals(expected == Verdict.MET ? List.of() : List.of("s1"), t.against());
        }

        @Test
        void aSchoolWithoutItsLevelIsUndecided() {
            Fixture f = covered(1000).organisation("s1", UnitKind.SCHOOL, "c1").remove("s1", "level")
                    .set("s1", "propagandaTarget", count(500)).set("s1", "propagandaReached", count(500));
            TargetResult t = target(f.evaluate(PLAN), "KH67-T4", "38");
            assertEquals(Verdict.UNKNOWN, t.status());
            assertEquals(List.of("s1"), t.undecided());
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
        void everyOccasionThePlanNamesWithoutACampaignInTheDatasetIsUndecided() {
            EvaluationReport report = new Fixture().commune("c1").campaign(drugMonth("2024-06-26")).evaluate(PLAN);
            for (String kind : List.of("NGAY_HOI_ANTQ", "CULTURAL_LIFE_SOLIDARITY_DAY", "CRIME_SUPPRESSION_PEAK")) {
                TargetResult t = target(report, "KH67-T8/" + kind, "38");
                assertEquals(Verdict.UNKNOWN, t.status(), kind);
                assertTrue(t.label().endsWith("dữ liệu không có đợt nào thuộc loại này"), t.label());
                assertTrue(t.provisional(), kind);
                assertEquals(Verdict.UNKNOWN, target(report, "KH67-T8/" + kind, "380").status(), kind);
            }
            assertTrue(report.targets().stream().noneMatch(t -> t.id().equals("KH67-T8/DRUG_PREVENTION_MONTH")));
            assertEquals(Verdict.MET, target(report, "KH67-T8/MA-TUY", "38").status());
        }

        @Test
        void aGreatUnityDayIsNotTheCulturalLifeSolidarityDay() {
            Campaign unity = new Campaign("DDK", CampaignKind.GREAT_UNITY_DAY, "Ngày hội Đại đoàn kết toàn dân tộc",
                    LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 14), null, true, List.of(),
                    List.of(new Participation("c1", true, LocalDate.of(2024, 11, 10), 1, 100)));
            EvaluationReport report = new Fixture().commune("c1").campaign(unity).evaluate(PLAN);
            assertEquals(Verdict.MET, target(report, "KH67-T8/DDK", "38").status());
            assertEquals(Verdict.UNKNOWN, target(report, "KH67-T8/CULTURAL_LIFE_SOLIDARITY_DAY", "38").status());
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
    class T7SecurityForcesOfAgenciesEnterprisesSchools {
        private Fixture organisations() {
            Fixture f = new Fixture().commune("c1").organisation("a1", UnitKind.AGENCY, "c1")
                    .organisation("e1", UnitKind.ENTERPRISE, "c1").organisation("s1", UnitKind.SCHOOL, "c1");
            for (String id : List.of("a1", "e1", "s1")) {
                f.set(id, "securityForceStaffed", flag(true)).set(id, "securityForceTrained", flag(true));
            }
            return f;
        }

        @ParameterizedTest(name = "{0}: staffed {1}, trained {2} → {3}")
        @CsvSource({
            "a1, true, true, MET",
            "e1, true, false, NOT_MET",   // not trained
            "s1, false, true, NOT_MET",   // not staffed to its number
            "a1, , true, UNKNOWN",        // staffing not reported
            "e1, true, , UNKNOWN",        // training not reported
            "s1, false, , NOT_MET"        // short of staff whatever the training
        })
        void everyOrganisationNeedsItsSecurityForceStaffedAndTrained(String unit, Boolean staffed, Boolean trained,
                                                                     Verdict expected) {
            Fixture f = organisations();
            f = staffed == null ? f.remove(unit, "securityForceStaffed") : f.set(unit, "securityForceStaffed", flag(staffed));
            f = trained == null ? f.remove(unit, "securityForceTrained") : f.set(unit, "securityForceTrained", flag(trained));
            TargetResult t = target(f.evaluate(PLAN), "KH67-T7", "38");
            assertEquals(expected, t.status());
            assertEquals(0, t.denominator().compareTo(BigDecimal.valueOf(3)), "communes and areas are not counted");
            assertEquals(expected == Verdict.NOT_MET ? List.of(unit) : List.of(), t.against());
            assertEquals(expected == Verdict.UNKNOWN ? List.of(unit) : List.of(), t.undecided());
        }

        @Test
        void anOrganisationWithoutASecurityForceIsNotCounted() {
            Fixture f = organisations().set("e1", "securityForceRating", Fixture.code("NONE"))
                    .remove("e1", "securityForceStaffed").remove("e1", "securityForceTrained");
            TargetResult t = target(f.evaluate(PLAN), "KH67-T7", "38");
            assertEquals(Verdict.MET, t.status());
            assertEquals(0, t.denominator().compareTo(BigDecimal.valueOf(2)));
        }

        @Test
        void theTargetQuotesTheArticleAndIsProvisional() {
            TargetResult t = target(organisations().evaluate(PLAN), "KH67-T7", "38");
            assertTrue(t.label().startsWith("Lực lượng bảo vệ ở các cơ quan, doanh nghiệp, cơ sở giáo dục"), t.label());
            assertTrue(t.source().contains("không nêu chỉ tiêu số; antq lượng hóa tạm thời"), t.source());
            assertTrue(t.provisional());
        }
    }

    @Nested
    class T7bSecurityTeamsPerArea {
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
            TargetResult t = target(areas(leaders, deputies, members, trained).evaluate(PLAN), "KH67-T7B", "38");
            assertEquals(expected, t.status());
            assertEquals(expected == Verdict.MET ? List.of() : List.of("c1-r2"), t.against());
        }

        @Test
        void theTeamsMembersInTheDatasetOverrideTheAreasCountIndicators() {
            Fixture f = areas(1, 1, 1, true).team(new SecurityTeam("TBV-c1-r2", List.of("c1-r2"), null, List.of(
                    new TeamMember("m1", "Nguyễn Văn An", TeamRole.LEADER, null, null, null, null, null, null, null, null),
                    new TeamMember("m2", "Lê Văn Bình", TeamRole.MEMBER, null, null, null, null, null, null, null, null))));
            TargetResult t = target(f.evaluate(PLAN), "KH67-T7B", "38");
            assertEquals(Verdict.NOT_MET, t.status());
            assertEquals(List.of("c1-r2"), t.against());
        }

        @ParameterizedTest(name = "reference date {0}: staffing from {1}")
        @CsvSource({
            "2024-06-30, KH 67/KH-BCĐ ngày 08/3/2024 — không nêu chỉ tiêu số; antq lượng hóa tạm thời",
            "2024-07-01, NQ 27/2024/NQ-HĐND"
        })
        void theProvincesStaffingHoldsFromTheDayLaw30DoesAndAntqsReadingBefore(String referenceDate, String source) {
            TargetResult t = target(areas(1, 1, 1, true).referenceDate(referenceDate).evaluate(PLAN), "KH67-T7B", "38");
            assertEquals(Verdict.MET, t.status());
            assertTrue(t.provisional());
            for (String role : List.of("leaders", "deputies", "members")) {
                UsedParameter p = t.parameters().stream().filter(u -> u.id().equals("kh67.t7b.staffing." + role))
                        .findFirst().orElseThrow();
                assertTrue(p.source().startsWith(source), p.source());
                assertTrue(p.provisional(), p.id());
            }
        }

        @Test
        void anAreaWithoutItsTeamCountsLeavesTheTargetUndecided() {
            TargetResult t = target(areas(1, 1, 1, true).remove("c1-r2", "securityTeamMembers").evaluate(PLAN),
                    "KH67-T7B", "38");
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

    @Test
    void onlyTheTargetsTheArticleGivesNoFigureHaveProvisionalParametersOfTheirOwn() {
        EvaluationReport report = tenUnits().evaluate(PLAN);
        assertEquals(PLAN, report.plan().id());
        assertEquals("38", report.plan().scope());
        Set<String> provisional = report.targets().stream().filter(t -> t.scope().equals("38"))
                .filter(t -> t.parameters().stream().anyMatch(p -> p.provisional()))
                .map(t -> t.id().replaceAll("/.*", "")).collect(Collectors.toSet());
        assertEquals(Set.of("KH67-T4", "KH67-T7", "KH67-T7B", "KH67-T8", "KH67-T9"), provisional);
        report.targets().stream().filter(t -> t.id().matches("KH67-T(7|7B|8|9)(/.*)?"))
                .forEach(t -> assertTrue(t.source().endsWith("không nêu chỉ tiêu số; antq lượng hóa tạm thời")
                        || t.id().equals("KH67-T7B"), t.id() + ": " + t.source()));
        assertTrue(report.targets().stream().noneMatch(t -> t.label().matches(".*chỉ tiêu [789].*")));
    }
}
