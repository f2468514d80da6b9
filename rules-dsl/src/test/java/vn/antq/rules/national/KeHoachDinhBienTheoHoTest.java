package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.rules.national.Fixture.count;
import static vn.antq.rules.national.Fixture.flag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.evaluation.Evaluator;
import vn.antq.pack.RulePack;
import vn.antq.plan.TargetResult;
import vn.antq.unit.UnitKind;
import vn.antq.verdict.Verdict;

/**
 * A plan whose province sizes its Tổ bảo vệ ANTT by households writes the sizing in its rule (the worked example of
 * docs/plans.md, "A province that sizes its teams by households"): 2 tổ viên from 500 resident households, 1 below;
 * the areas meeting the staffing and those failing it are collected in the left-hand side with the household count
 * and the staffing as parameters, and {@code Target} only counts. An area without its count of households is
 * undecided, unless something else it has already fails.
 */
class KeHoachDinhBienTheoHoTest {
    static final String RULE = """
            package vn.antq.plans.vi_du_ho;

            import vn.antq.rules.OutcomeFact;
            import vn.antq.rules.Param;
            import vn.antq.rules.ScopeFact;
            import vn.antq.rules.Target;
            import vn.antq.unit.UnitKind;
            import java.util.List;

            rule "VD-T7B"
                @label("Mỗi thôn, tổ dân phố có Tổ bảo vệ ANTT đủ định biên (từ 500 hộ: 2 tổ viên), được tập huấn")
                @source("Kế hoạch ví dụ của tỉnh")
                ruleflow-group "chi-tieu"
            when
                $min      : Param( id == "vd.t7b.minShare" )
                $leaders  : Param( id == "vd.staffing.leaders" )
                $deputies : Param( id == "vd.staffing.deputies" )
                $members  : Param( id == "vd.staffing.members" )
                $large    : Param( id == "vd.staffing.members.large" )
                $from     : Param( id == "vd.staffing.largeFromHouseholds" )
                $s        : ScopeFact()
                $units    : List() from collect( OutcomeFact( scopes contains $s.id, kind == UnitKind.RESIDENTIAL_AREA ) )
                $met      : List() from collect( OutcomeFact( flagIs("securityTeamTrained", true),
                                countIs("securityTeamLeaders", $leaders), countIs("securityTeamDeputies", $deputies),
                                countBelow("householdsResident", $from) && countIs("securityTeamMembers", $members)
                                || countAtLeast("householdsResident", $from) && countIs("securityTeamMembers", $large) )
                            from $units )
                $notMet   : List() from collect( OutcomeFact( flagIs("securityTeamTrained", false)
                                || countIsNot("securityTeamLeaders", $leaders) || countIsNot("securityTeamDeputies", $deputies)
                                || countBelow("householdsResident", $from) && countIsNot("securityTeamMembers", $members)
                                || countAtLeast("householdsResident", $from) && countIsNot("securityTeamMembers", $large) )
                            from $units )
            then
                insert( Target.of(drools.getRule().getName(), $s)
                    .uses($leaders).uses($deputies).uses($members).uses($large).uses($from)
                    .each($units, $met, $notMet).shareAtLeast($min)
                    .done() );
            end
            """;
    private static Evaluator plan;

    @BeforeAll
    static void pack(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), """
                id: vi-du-ho-2024
                name: Kế hoạch ví dụ — định biên Tổ bảo vệ ANTT theo số hộ
                version: "1"
                phases:
                  - chi-tieu
                plan:
                  id: VD-2024
                  title: Kế hoạch ví dụ
                  issuer: Ban Chỉ đạo tỉnh (ví dụ)
                  legalBasis: Kế hoạch ví dụ
                  year: 2024
                  scope: "38"
                  groupBy: DISTRICT
                parameters:
                  - parameters.yaml
                """);
        StringBuilder parameters = new StringBuilder("parameters:\n");
        for (String[] p : List.of(new String[] {"vd.t7b.minShare", "1.00"}, new String[] {"vd.staffing.leaders", "1"},
                new String[] {"vd.staffing.deputies", "1"}, new String[] {"vd.staffing.members", "1"},
                new String[] {"vd.staffing.members.large", "2"}, new String[] {"vd.staffing.largeFromHouseholds", "500"})) {
            parameters.append("  - id: ").append(p[0]).append("\n    label: ").append(p[0])
                    .append("\n    values:\n      - from: 2024-01-01\n        value: ").append(p[1])
                    .append("\n        source: Kế hoạch ví dụ\n        provisional: false\n");
        }
        Files.writeString(dir.resolve("parameters.yaml"), parameters.toString());
        Files.writeString(dir.resolve("chi-tieu.drl"), RULE);
        plan = Evaluator.builder().plan(RulePack.directory(dir)).bundledPlans(false).build();
    }

    @ParameterizedTest(name = "{0} households, {1} tổ viên, trained {2} → {3}")
    @CsvSource({
        "499, 1, true, MET",
        "499, 2, true, NOT_MET",
        "500, 1, true, NOT_MET",
        "500, 2, true, MET",
        "   , 1, true, UNKNOWN",
        "   , 2, true, UNKNOWN",
        "   , 1, false, NOT_MET"
    })
    void theTeamsSizeFollowsTheHouseholdsThePlanNames(Long households, long members, boolean trained, Verdict expected) {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1")
                .set("r1", "securityTeamLeaders", count(1)).set("r1", "securityTeamDeputies", count(1))
                .set("r1", "securityTeamMembers", count(members)).set("r1", "securityTeamTrained", flag(trained));
        f = households == null ? f.remove("r1", "householdsResident") : f.set("r1", "householdsResident", count(households));
        TargetResult t = plan.evaluate(f.dataset(), "VD-2024").targets().stream()
                .filter(r -> r.id().equals("VD-T7B") && r.scope().equals("38")).findFirst().orElseThrow();
        assertEquals(expected, t.status(), t::toString);
        assertEquals(expected == Verdict.UNKNOWN ? List.of("r1") : List.of(), t.undecided());
        assertEquals(expected == Verdict.NOT_MET ? List.of("r1") : List.of(), t.against());
        assertTrue(t.parameters().stream().anyMatch(p -> p.id().equals("vd.staffing.largeFromHouseholds")),
                t.parameters()::toString);
        assertEquals(1, f.dataset().units().stream().filter(u -> u.kind() == UnitKind.RESIDENTIAL_AREA).count());
    }
}
