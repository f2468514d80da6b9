package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.commendation.Award;
import vn.antq.commendation.AwardReceived;
import vn.antq.commendation.Leader;
import vn.antq.commendation.LeaderCategory;
import vn.antq.commendation.PersonCases;
import vn.antq.commendation.Post;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.report.JsonReportWriter;
import vn.antq.report.TextReportWriter;

/**
 * The ratings, the support not computed without the area's class, and the Kỷ niệm chương review as the JSON and
 * text reports show them, explained.
 */
class GrassrootsReportTest {

    private static EvaluationReport report() {
        TeamMember m = new TeamMember("m1", "Trần Thị Bình", TeamRole.LEADER, LocalDate.of(1970, 1, 1), true,
                Education.UPPER_SECONDARY, LocalDate.of(1990, 1, 1), AreaType.NORMAL, null, false, false,
                LocalDate.of(2014, 1, 1), new DutyRecord(10, 10, 0, false, false),
                new ServiceRecord(List.of(), List.of(), true, false, PersonCases.CLEAR));
        return new Fixture().commune("c1").residentialArea("r1", "c1")
                .team(new SecurityTeam("T1", List.of("r1"), LocalDate.of(2023, 1, 1), List.of(m),
                        new DutyRecord(10, 6, null, null, false)))
                .leader(leader("LD1", "Phạm Văn Cường", PersonCases.CLEAR))
                .leader(leader("LD2", "Lê Văn Dũng", PersonCases.NONE))
                .leader(leader("LD3", "Đỗ Thị Hoa", new PersonCases(false, false, false, false, true, false)))
                .medalProposalDate("2025-05-15").evaluate();
    }

    private static Leader leader(String id, String name, PersonCases cases) {
        return new Leader(id, name, false, "c1", List.of(new Post("Chủ tịch UBND xã", LocalDate.of(2010, 1, 1), null)),
                List.of(new AwardReceived(Award.GIAY_KHEN_CHU_TICH_HUYEN, LocalDate.of(2020, 1, 10))), true, false,
                false, false, List.of(), LeaderCategory.POLITICAL_SYSTEM_COMMUNE_UP, false, cases);
    }

    @Test
    void jsonCarriesEachRatingAndTheMedalReviewWithTheirExplanations() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonReportWriter().render(report()));
        JsonNode team = root.get("securityTeams").get(0);
        assertEquals("RATED", team.get("rating").get("status").textValue());
        assertEquals("COMPLETED", team.get("rating").get("rating").textValue());
        assertEquals("HD01-XEP-LOAI-TO-HOAN-THANH", team.get("rating").get("rule").textValue());
        assertEquals("Nhiệm vụ hoàn thành: 6/10 (60%)", team.get("rating").get("actual").textValue());
        JsonNode leader = team.get("members").get(0).get("rating");
        assertEquals("COMPLETED", leader.get("rating").textValue(), "a leader is never above the team");
        assertTrue(leader.get("reasons").get(0).textValue().startsWith("tổ trưởng không được xếp loại cao hơn"));
        JsonNode first = team.get("members").get(0);
        assertTrue(first.get("monthlySupport") == null, "the team gives no supportClass");
        assertEquals("chưa có số liệu về loại địa bàn (supportClass): không tính mức hỗ trợ",
                first.get("supportReasons").get(0).textValue());
        JsonNode medals = root.get("medals");
        assertEquals("2025-05-15", medals.get("proposalDate").textValue());
        assertEquals(1, medals.get("membersChecked").intValue());
        assertEquals(4, medals.get("candidates").size());
        JsonNode member = medals.get("candidates").get(0);
        assertEquals("TEAM_MEMBER", member.get("candidate").textValue());
        assertEquals("MET", member.get("eligible").textValue());
        assertEquals("ELIGIBLE", member.get("status").textValue());
        assertEquals("NEEDS_CONFIRMATION", medals.get("candidates").get(2).get("status").textValue());
        assertEquals("UNKNOWN", medals.get("candidates").get(2).get("eligible").textValue());
        assertEquals("DEFERRED", medals.get("candidates").get(3).get("status").textValue());
        assertEquals("2025-05-30", member.get("deadline").textValue());
        assertEquals("TT 20/2025/TT-BCA Điều 4", member.get("source").textValue());
        assertEquals("LEADER", medals.get("candidates").get(1).get("candidate").textValue());
    }

    @Test
    void textShowsTheRatingCountsAndTheMedalSection() {
        String text = new TextReportWriter().render(report());
        assertTrue(text.contains("Xếp loại Tổ (HD 01/HD-BCA-V05): hoàn thành xuất sắc nhiệm vụ 0, hoàn thành tốt nhiệm vụ 0, "
                + "hoàn thành nhiệm vụ 1, không hoàn thành nhiệm vụ 0, không xếp loại 0, chưa đủ số liệu 0"), text);
        assertTrue(text.contains("Tổng mức hỗ trợ hằng tháng: 0 đồng (chưa tính được cho 1 thành viên: thiếu loại địa bàn"
                + " hoặc hệ số, xem supportReasons trong báo cáo JSON)"), text);
        assertTrue(text.contains("KỶ NIỆM CHƯƠNG \"BẢO VỆ AN NINH TỔ QUỐC\""), text);
        assertTrue(text.contains("Ngày đề nghị: 15/05/2025; thành viên Tổ đã kiểm tra 1, chưa đủ thời gian công tác 0"), text);
        assertTrue(text.contains("Căn cứ: TT 20/2025/TT-BCA Điều 4; hồ sơ gửi Bộ trước 30/05/2025"), text);
        assertTrue(text.contains("  Đủ điều kiện 2, không đủ điều kiện 0, thiếu số liệu 0, cần xác nhận 1, hoãn xét 1\n"), text);
        assertTrue(text.contains("  Đủ điều kiện (2)\n    Cán bộ lãnh đạo Phạm Văn Cường (LD1, c1): Thời gian giữ chức vụ: "), text);
        assertTrue(text.contains("  Cần xác nhận (1)\n    Cán bộ lãnh đạo Lê Văn Dũng (LD2, c1): Thời gian giữ chức vụ: "
                + "15 năm 4 tháng 14 ngày — Cần xác nhận, chưa có thông tin: đang trong thời gian chấp hành kỷ luật, "), text);
        assertTrue(text.contains("  Hoãn xét (1)\n    Cán bộ lãnh đạo Đỗ Thị Hoa (LD3, c1): Thời gian giữ chức vụ: "
                + "15 năm 4 tháng 14 ngày — Hoãn xét: đang có đơn thư khiếu nại, tố cáo chưa có kết luận "
                + "(NĐ 98/2023/NĐ-CP Điều 4)\n"), text);
    }
}
