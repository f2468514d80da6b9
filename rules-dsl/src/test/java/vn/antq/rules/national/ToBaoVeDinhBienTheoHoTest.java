package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.antq.evaluation.Evaluator;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.grassroots.TeamRole;
import vn.antq.indicator.IndicatorValue;
import vn.antq.pack.RulePack;
import vn.antq.verdict.Verdict;

/**
 * A province that sizes its Tổ bảo vệ ANTT by households writes the sizing as rules, with its counts as parameters;
 * the engine only compares (no household threshold, no team size in {@code core}). The national pack is copied and
 * its staffing rule replaced by Hòa Bình's reading: in a tổ dân phố, 2 tổ viên from 500 resident households, 1
 * below; a team whose area lacks the count is unknown.
 */
class ToBaoVeDinhBienTheoHoTest {
    private static final String RULES = """
            rule "L30-DINH-BIEN"
                @label("Tổ bảo vệ ANTT ở tổ dân phố dưới 500 hộ: 1 tổ trưởng, 1 tổ phó, 1 tổ viên")
                @source("QĐ của UBND tỉnh Hòa Bình (ví dụ)")
                ruleflow-group "to-bao-ve"
            when
                $leaders  : Param( id == "l30.staffing.leaders" )
                $deputies : Param( id == "l30.staffing.deputies" )
                $members  : Param( id == "l30.staffing.members" )
                $from     : Param( id == "hb.staffing.largeFromHouseholds.TO_DAN_PHO" )
                $t        : TeamFact( areaType == UnitType.TO_DAN_PHO, households != null, !householdsAtLeast($from) )
            then
                insert( Grassroots.team(drools.getRule().getName(), $t).uses($from)
                    .staffed($leaders, $deputies, $members).done() );
            end

            rule "HB-DINH-BIEN-LON"
                @label("Tổ bảo vệ ANTT ở tổ dân phố từ 500 hộ trở lên: 1 tổ trưởng, 1 tổ phó, 2 tổ viên")
                @source("QĐ của UBND tỉnh Hòa Bình (ví dụ)")
                ruleflow-group "to-bao-ve"
            when
                $leaders  : Param( id == "l30.staffing.leaders" )
                $deputies : Param( id == "l30.staffing.deputies" )
                $members  : Param( id == "hb.staffing.members.large" )
                $from     : Param( id == "hb.staffing.largeFromHouseholds.TO_DAN_PHO" )
                $t        : TeamFact( areaType == UnitType.TO_DAN_PHO, householdsAtLeast($from) )
            then
                insert( Grassroots.team(drools.getRule().getName(), $t).uses($from)
                    .staffed($leaders, $deputies, $members).done() );
            end

            rule "HB-DINH-BIEN-CHUA-RO-SO-HO"
                @label("Định biên chưa xác định được khi chưa có số hộ của khu dân cư")
                @source("QĐ của UBND tỉnh Hòa Bình (ví dụ)")
                ruleflow-group "to-bao-ve"
            when
                $t : TeamFact( households == null )
            then
                insert( Grassroots.team(drools.getRule().getName(), $t)
                    .staffingUnknown("chưa có số hộ thường trú của khu dân cư: không xác định được định biên").done() );
            end

            """;
    private static final String PARAMETERS = """
              - id: hb.staffing.members.large
                label: Số tổ viên của Tổ ở khu dân cư đông hộ (ví dụ Hòa Bình)
                values:
                  - from: 2024-07-01
                    value: 2
                    source: QĐ của UBND tỉnh Hòa Bình (ví dụ)
                    provisional: false
              - id: hb.staffing.largeFromHouseholds.TO_DAN_PHO
                label: Số hộ từ đó tổ dân phố cần Tổ đông hơn (ví dụ Hòa Bình)
                values:
                  - from: 2024-07-01
                    value: 500
                    source: QĐ của UBND tỉnh Hòa Bình (ví dụ)
                    provisional: false
            """;
    private static Evaluator hoaBinh;

    @BeforeAll
    static void pack(@TempDir Path dir) throws IOException {
        EditedPack.copy(dir);
        Path drl = dir.resolve("luat30").resolve("to-bao-ve-antt.drl");
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"L30-DINH-BIEN\"");
        int end = text.indexOf("end\n", start) + "end\n".length();
        assertTrue(start > 0 && end > start, "the pack has no L30-DINH-BIEN rule");
        text = text.substring(0, start) + RULES + text.substring(end);
        text = text.replace("import vn.antq.rules.TeamFact;", "import vn.antq.rules.TeamFact;\nimport vn.antq.unit.UnitType;");
        Files.writeString(drl, text);
        Path yaml = dir.resolve("parameters").resolve("luat30.yaml");
        Files.writeString(yaml, Files.readString(yaml) + PARAMETERS);
        hoaBinh = Evaluator.builder().rulePack(RulePack.directory(dir)).bundledPlans(false).build();
    }

    @ParameterizedTest(name = "{0} households, {1} tổ viên → {2}")
    @CsvSource({
        "499, 1, MET",
        "499, 2, NOT_MET",
        "500, 1, NOT_MET",
        "500, 2, MET",
        "   , 1, UNKNOWN",
        "   , 2, UNKNOWN"
    })
    void theTeamsSizeFollowsTheHouseholdsTheRulesName(Long households, int members, Verdict expected) {
        Fixture f = new Fixture().commune("c1").residentialArea("r1", "c1");
        f = households == null ? f.remove("r1", "householdsResident")
                : f.set("r1", "householdsResident", new IndicatorValue.Count(households));
        List<TeamMember> team = new ArrayList<>(List.of(member(TeamRole.LEADER, 0), member(TeamRole.DEPUTY, 0)));
        for (int i = 0; i < members; i++) {
            team.add(member(TeamRole.MEMBER, i));
        }
        f.team(new SecurityTeam("TBV-r1", List.of("r1"), LocalDate.of(2024, 7, 1), team, null, 1));
        TeamResult t = hoaBinh.evaluate(f.dataset()).securityTeams().get(0);
        assertEquals(expected, t.staffed(), t::toString);
        if (households != null) {
            assertTrue(t.parameters().stream().anyMatch(p -> p.id().equals("hb.staffing.largeFromHouseholds.TO_DAN_PHO")),
                    t.parameters()::toString);
        }
    }

    private static TeamMember member(TeamRole role, int i) {
        return new TeamMember("m-" + role + "-" + i, "Nguyễn Văn An", role, LocalDate.of(1980, 5, 1), false,
                Education.UPPER_SECONDARY, LocalDate.of(2000, 1, 1), AreaType.NORMAL, null, false, false, null, null,
                null, true, null, null, true, null);
    }
}
