package vn.antq.rules.national;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.evaluation.Evaluator;
import vn.antq.commendation.Award;
import vn.antq.commendation.AwardReceived;
import vn.antq.commendation.Decoration;
import vn.antq.commendation.Leader;
import vn.antq.commendation.LeaderCategory;
import vn.antq.commendation.PersonCases;
import vn.antq.commendation.Post;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.funding.BudgetCategory;
import vn.antq.funding.BudgetLine;
import vn.antq.funding.SpenderLevel;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServiceKind;
import vn.antq.grassroots.ServicePeriod;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.movement.MovementLevel;
import vn.antq.rules.national.ReferenceExtendedAgreementTest.Tally;
import vn.antq.standard.StandardStatus;

/**
 * On generated communes (fixed seed) the engine and the plain-Java references agree on every team, member, medal
 * verdict, proposal, budget line and yearly cap, with the values drawn around the law's boundaries: the 18th and 70th
 * birthdays, one year of residence, the first day of the rating window and nine months before its end, the shares
 * of 50, 80 and 95 %, 10 and 15 years of service, 5 and 10 years in post, the regime change of 28/4/2025, the norms
 * and caps of TT 40 to the đồng, and missing data everywhere. Where the engine leaves open what the law already
 * decides (K1–K4, see {@link ReferenceExtendedAgreementTest}) the case is counted and printed, not failed.
 */
class ReferenceExtendedRandomTest {
    private static final int EXAMPLES = 300;
    private static final LocalDate REF = LocalDate.of(Fixture.YEAR, 11, 15);
    private static final LocalDate WINDOW_START = LocalDate.of(Fixture.YEAR - 1, 11, 15);
    private static final String[] PROPOSAL_DATES = {"2024-05-15", "2025-04-27", "2025-04-28", "2025-06-10"};

    @Test
    void engineAndReferencesAgreeOnGeneratedCommunes() {
        Tally teams = new Tally();
        Tally medals = new Tally();
        Tally proposals = new Tally();
        Tally budget = new Tally();
        qt().withFixedSeed(20_261_203L).withExamples(EXAMPLES).forAll(integers().between(0, Integer.MAX_VALUE - 1))
                .checkAssert(seed -> {
                    Random r = new Random(seed);
                    Dataset d = locality(r);
                    EvaluationReport report = Fixture.EVALUATOR.evaluate(d);
                    ReferenceExtendedAgreementTest.teams(d, report, teams);
                    ReferenceExtendedAgreementTest.medals(d, report, medals);
                    ReferenceExtendedAgreementTest.proposals(d, report, proposals);
                    ReferenceExtendedAgreementTest.budget(d, report, budget);
                });
        teams.assertAgreed(10_000, "staffed:MET", "staffed:NOT_MET", "eligible:MET", "eligible:NOT_MET",
                "eligible:UNKNOWN", "team:NOT_RATED", "team:RATED/EXCELLENT", "team:RATED/GOOD",
                "team:RATED/COMPLETED", "team:RATED/NOT_COMPLETED", "team:INSUFFICIENT_DATA",
                "member:NOT_RATED", "member:RATED/EXCELLENT", "member:RATED/GOOD", "member:RATED/COMPLETED",
                "member:RATED/NOT_COMPLETED", "member:INSUFFICIENT_DATA");
        medals.assertAgreed(1_000, "medal:ELIGIBLE", "medal:NOT_ELIGIBLE", "medal:MISSING_DATA", "medal:DEFERRED",
                "medal:NEEDS_CONFIRMATION");
        proposals.assertAgreed(300, "proposal:PROPOSED", "proposal:BLOCKED", "proposal:NEEDS_CONFIRMATION");
        budget.assertAgreed(1_000, "line:MET", "line:NOT_MET", "line:UNKNOWN", "line:NOT_APPLICABLE", "cap:MET",
                "cap:NOT_MET", "cap:UNKNOWN");
    }

    @Test
    void proposalsAgreeUnderAQuota(@TempDir Path dir) {
        Evaluator withQuota = EditedPack.evaluator(dir, "khen-thuong.yaml", "parameters:\n", """
                parameters:
                  - id: kt.quota.GIAY_KHEN_CHU_TICH_XA
                    label: Số khu dân cư được đề nghị Giấy khen của Chủ tịch UBND cấp xã (kiểm thử)
                    values:
                      - from: 2024-01-01
                        value: 2
                        source: kiểm thử
                        provisional: false
                """);
        Tally proposals = new Tally();
        qt().withFixedSeed(20_261_204L).withExamples(60).forAll(integers().between(0, Integer.MAX_VALUE - 1))
                .checkAssert(seed -> {
                    Dataset d = locality(new Random(seed));
                    ReferenceExtendedAgreementTest.proposals(d, withQuota.evaluate(d),
                            Map.of(Award.GIAY_KHEN_CHU_TICH_XA, 2), proposals);
                });
        proposals.assertAgreed(300, "proposal:PROPOSED", "proposal:OVER_QUOTA", "proposal:BLOCKED",
                "proposal:NEEDS_CONFIRMATION");
    }

    private static Dataset locality(Random r) {
        Fixture f = new Fixture();
        f.medalProposalDate(PROPOSAL_DATES[r.nextInt(PROPOSAL_DATES.length)]);
        int communes = 1 + r.nextInt(2);
        for (int c = 1; c <= communes; c++) {
            String commune = "c" + c;
            f.commune(commune);
            unitForProposal(f, r, commune);
            int teams = 1 + r.nextInt(8);
            for (int t = 1; t <= teams; t++) {
                String area = commune + "-r" + t;
                f.residentialArea(area, commune);
                unitForProposal(f, r, area);
                f.team(team(r, commune + "-T" + t, area));
            }
        }
        Dataset d = f.dataset();
        LocalDate proposal = d.medalProposalDate();
        List<Leader> leaders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            leaders.add(leader(r, "LD-" + i, proposal));
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0, n = r.nextInt(8); i < n; i++) {
            lines.add(line(r, "NS-" + i));
        }
        return new Dataset(d.title(), d.year(), d.referenceDate(), d.units(), d.campaigns(), lines, d.history(),
                d.securityTeams(), leaders, proposal, d.warnings());
    }

    private static void unitForProposal(Fixture f, Random r, String id) {
        f.set(id, "movementScore", Fixture.num(pick(r, "100", "95", "90", "89.99", "92")));
        for (String c : new String[] {"pendingDiscipline", "underInvestigation", "pendingInspection",
                "pendingComplaint", "pressCorruption"}) {
            int x = r.nextInt(40);
            if (x == 0) {
                f.remove(id, c);
            } else {
                f.set(id, c, Fixture.flag(x == 1));
            }
        }
        if (r.nextInt(8) == 0) {
            f.set(id, "disciplineEndedYear", Fixture.count(Fixture.YEAR - 1 - r.nextInt(3)));
        }
        for (int y = Fixture.YEAR - 1; y >= Fixture.YEAR - 3; y--) {
            int x = r.nextInt(6);
            if (x > 0) {
                f.history(id, y, x == 1 ? StandardStatus.NOT_ACHIEVED : StandardStatus.ACHIEVED, MovementLevel.GOOD);
            }
        }
    }

    private static SecurityTeam team(Random r, String id, String area) {
        List<TeamMember> members = new ArrayList<>();
        List<TeamRole> roles = new ArrayList<>(List.of(TeamRole.LEADER, TeamRole.DEPUTY, TeamRole.MEMBER));
        if (r.nextInt(8) == 0) {
            roles.remove(r.nextInt(roles.size()));
        }
        if (r.nextInt(8) == 0) {
            roles.add(TeamRole.values()[r.nextInt(3)]);
        }
        for (int i = 0; i < roles.size(); i++) {
            members.add(member(r, id + "-" + i, roles.get(i)));
        }
        LocalDate established = r.nextInt(20) == 0 ? null : joiningDay(r);
        Integer supportClass = r.nextInt(10) == 0 ? null : 1 + r.nextInt(3);
        return new SecurityTeam(id, List.of(area), established, members, duty(r), supportClass);
    }

    private static LocalDate joiningDay(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> WINDOW_START.plusDays(r.nextInt(3) - 1);
            case 1 -> LocalDate.of(Fixture.YEAR, 2, 14 + r.nextInt(3));
            case 2 -> LocalDate.of(2005 + r.nextInt(19), 1 + r.nextInt(12), 1 + r.nextInt(28));
            default -> LocalDate.of(2023, 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    private static TeamMember member(Random r, String id, TeamRole role) {
        LocalDate birth = switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> REF.minusYears(18).plusDays(r.nextInt(3) - 1);
            case 2 -> REF.minusYears(70).plusDays(r.nextInt(3) - 1);
            default -> LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
        LocalDate resident = r.nextInt(20) == 0 ? null
                : r.nextBoolean() ? REF.minusYears(1).plusDays(r.nextInt(3) - 1) : LocalDate.of(2000, 1, 1);
        Education education = r.nextInt(20) == 0 ? null : Education.values()[r.nextInt(Education.values().length)];
        AreaType area = r.nextInt(20) == 0 ? null : AreaType.values()[r.nextInt(AreaType.values().length)];
        LocalDate joined = r.nextInt(20) == 0 ? null : joiningDay(r);
        return new TeamMember(id, "Thành viên " + id, role, birth, bool(r, 20), education, resident, area,
                bool(r, 5), rare(r), rare(r), joined, duty(r), service(r, joined), bool(r, 20), sanction(r),
                sanction(r), bool(r, 20), bool(r, 5));
    }

    private static ServiceRecord service(Random r, LocalDate joined) {
        List<ServicePeriod> earlier = new ArrayList<>();
        LocalDate end = joined == null ? LocalDate.of(2023, 6, 30) : joined.minusDays(1);
        for (int i = 0, n = r.nextInt(3); i < n && end.getYear() > 1995; i++) {
            LocalDate from = end.minusYears(1 + r.nextInt(12)).minusDays(r.nextInt(40));
            AreaType area = r.nextInt(10) == 0 ? null : AreaType.values()[r.nextInt(AreaType.values().length)];
            earlier.add(new ServicePeriod(ServiceKind.values()[r.nextInt(ServiceKind.values().length)], from, end,
                    area));
            end = from.minusDays(1 + r.nextInt(400));
        }
        List<Decoration> decorations = r.nextInt(10) == 0
                ? List.of(Decoration.values()[r.nextInt(Decoration.values().length)]) : List.of();
        return new ServiceRecord(earlier, decorations, bool(r, 10), rare(r), cases(r));
    }

    private static PersonCases cases(Random r) {
        if (r.nextInt(15) == 0) {
            return PersonCases.NONE;
        }
        return new PersonCases(rare(r), rare(r), rare(r), rare(r), rare(r), rare(r));
    }

    private static Leader leader(Random r, String id, LocalDate p) {
        int years = r.nextBoolean() ? 5 : 10;
        LocalDate from = p.minusYears(years).plusDays(r.nextInt(3) - 1);
        List<Post> posts = new ArrayList<>();
        if (r.nextBoolean()) {
            posts.add(new Post("Chủ tịch UBND xã", from, null));
        } else {
            LocalDate split = from.plusYears(1 + r.nextInt(3));
            posts.add(new Post("Phó Chủ tịch UBND xã", from, split.plusDays(r.nextInt(30) - 10)));
            posts.add(new Post("Chủ tịch UBND xã", split.plusDays(r.nextInt(3)), null));
        }
        List<AwardReceived> awards = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            LocalDate date = switch (r.nextInt(3)) {
                case 0 -> p;
                case 1 -> p.minusDays(1);
                default -> p.minusYears(2);
            };
            awards.add(new AwardReceived(Award.values()[r.nextInt(Award.values().length)], date));
        }
        LeaderCategory category = r.nextInt(15) == 0 ? null
                : LeaderCategory.values()[r.nextInt(LeaderCategory.values().length)];
        List<Decoration> decorations = r.nextInt(10) == 0
                ? List.of(Decoration.values()[r.nextInt(Decoration.values().length)]) : List.of();
        return new Leader(id, "Lãnh đạo " + id, bool(r, 20), "c1", posts, awards, bool(r, 10), rare(r), rare(r),
                rare(r), decorations, category, rare(r), cases(r));
    }

    private static BudgetLine line(Random r, String id) {
        SpenderLevel spender = SpenderLevel.values()[r.nextInt(SpenderLevel.values().length)];
        BudgetCategory category = BudgetCategory.values()[r.nextInt(BudgetCategory.values().length)];
        Long communes = r.nextInt(12) == 0 ? null : (long) 1 + r.nextInt(20);
        Long localities = r.nextInt(12) == 0 ? null : (long) 1 + r.nextInt(20);
        long floor = Math.max(communes == null ? 1 : communes, localities == null ? 1 : localities);
        Long models = r.nextInt(12) == 0 ? null : floor + r.nextInt(3);
        Long people = r.nextInt(12) == 0 ? null : (long) r.nextInt(60);
        Long km = r.nextInt(12) == 0 ? null : (long) r.nextInt(500);
        long norm = switch (category) {
            case MODEL_BUILDING -> 20_000_000L * (models == null ? 1 : models);
            case MOBILISATION_FUEL -> 12_000L * (km == null ? 1 : km);
            case VISIT_MODELS -> 5_000_000L * (models == null ? 1 : models) * (1 + r.nextInt(4));
            case VISIT_PEOPLE -> 1_000_000L * (people == null ? 1 : people) * (1 + r.nextInt(5));
            case OTHER -> 1_000_000L;
        };
        BigDecimal amount = BigDecimal.valueOf(norm + r.nextInt(3) - 1);
        String unit = switch (spender) {
            case CENTRAL, PROVINCE -> "38";
            case DISTRICT -> "380";
            case COMMUNE -> "c1";
        };
        return new BudgetLine(id, unit, spender, category, amount, models, communes, people, km, localities);
    }

    private static DutyRecord duty(Random r) {
        Integer assigned = r.nextInt(20) == 0 ? null : r.nextInt(30) == 0 ? 0 : 20 + r.nextInt(21);
        Integer done = null;
        if (assigned != null && r.nextInt(20) != 0) {
            // around 50, 80 and 95 % of the tasks
            int share = new int[] {40, 50, 79, 80, 81, 95, 96, 100}[r.nextInt(8)];
            done = Math.min(assigned, (int) Math.round(assigned * share / 100.0) + r.nextInt(3) - 1);
            done = Math.max(0, done);
        }
        Integer breaches = r.nextInt(20) == 0 ? null : r.nextInt(8) == 0 ? 1 : 0;
        return new DutyRecord(assigned, done, breaches, rare(r), rare(r));
    }

    /** Mostly false, sometimes true, now and then unknown. */
    private static Boolean rare(Random r) {
        int x = r.nextInt(25);
        return x == 0 ? null : x == 1;
    }

    /** True or false, unknown one time in {@code n}. */
    private static Boolean bool(Random r, int n) {
        return r.nextInt(n) == 0 ? null : r.nextInt(6) != 0;
    }

    private static PastSanction sanction(Random r) {
        int x = r.nextInt(25);
        return x == 0 ? null : x == 1 ? PastSanction.NOT_CLEARED : x < 6 ? PastSanction.CLEARED : PastSanction.NONE;
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }
}
