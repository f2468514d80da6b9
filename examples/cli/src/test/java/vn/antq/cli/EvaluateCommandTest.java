package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.samples.Samples;

class EvaluateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theBundledSampleIsEvaluatedEveryUnitOnceInDatasetOrder() throws IOException {
        Path report = dir.resolve("report.json");

        CommandResult result = CommandResult.run("evaluate", "--format", "json", "--out", report.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        JsonNode json = MAPPER.readTree(report.toFile());
        assertEquals("antq-report/1.1", json.get("format").textValue());
        assertEquals(2024, json.get("year").intValue());
        assertEquals(sampleUnitIds(), ids(json.get("units")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(report), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aLocalityPassingEveryCriterionIsAchievedThroughout() throws IOException {
        Path dataset = write(TinyDataset.json(420, "380-01"));

        CommandResult result = CommandResult.run("evaluate", dataset.toString(), "--format", "json",
                "--parallelism", "1");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode units = MAPPER.readTree(result.out()).get("units");
        assertEquals(List.of("38", "380", "380-01", "380-01-01"), ids(units));
        assertEquals("ACHIEVED", units.get(2).get("standard").get("status").textValue());
        assertEquals("ACHIEVED", units.get(3).get("standard").get("status").textValue());
        assertEquals("EXCELLENT", units.get(2).get("movement").get("level").textValue());
    }

    @Test
    void aTooSmallRegistrationFailsTheAreaAndThroughItTheCommune() throws IOException {
        Path dataset = write(TinyDataset.json(400, "380-01"));

        CommandResult json = CommandResult.run("evaluate", dataset.toString(), "--format", "json");
        CommandResult text = CommandResult.run("evaluate", dataset.toString());

        assertEquals(0, json.exitCode(), json::toString);
        JsonNode units = MAPPER.readTree(json.out()).get("units");
        assertEquals("NOT_ACHIEVED", units.get(2).get("standard").get("status").textValue());
        assertEquals("NOT_ACHIEVED", units.get(3).get("standard").get("status").textValue());
        assertEquals("NOT_MET", criterion(units.get(3), "ANTT-KDC-1").get("status").textValue());
        assertEquals("NOT_MET", criterion(units.get(2), "ANTT-XA-4").get("status").textValue());
        assertEquals(0, text.exitCode(), text::toString);
        String failed = text.out().substring(text.out().indexOf("ĐƠN VỊ CHƯA ĐẠT CHUẨN (2)"));
        assertTrue(failed.contains("380-01-01 · Tổ dân phố 1 · khu dân cư · Thành phố Thanh Hóa"), text::toString);
        assertTrue(failed.contains("- ANTT-KDC-1: "), text::toString);
        assertTrue(failed.contains("- ANTT-XA-4: "), text::toString);
    }

    @Test
    void anInvalidDatasetExitsWithTwoNamesUnitAndFieldAndWritesNothing() throws IOException {
        Path dataset = write(TinyDataset.json(420, "999"));
        Path report = dir.resolve("report.json");

        CommandResult result = CommandResult.run("evaluate", dataset.toString(), "--out", report.toString());

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Lỗi: dữ liệu không hợp lệ"), result::toString);
        assertTrue(result.err().contains("Error: invalid dataset"), result::toString);
        assertTrue(result.err().contains("380-01-01: parent"), result::toString);
        assertTrue(result.err().contains("999"), result::toString);
        assertFalse(result.err().contains("\tat "), "no stack trace without --verbose");
        assertFalse(Files.exists(report));
        assertEquals("", result.out());
    }

    @Test
    void theSamplesBudgetLinesAreCheckedAgainstTheNormsAndTheOnesOverAreListed() throws IOException {
        CommandResult json = CommandResult.run("evaluate", "--format", "json");
        CommandResult text = CommandResult.run("evaluate");

        JsonNode budget = MAPPER.readTree(json.out()).get("budget");
        assertEquals(119, budget.size());
        int over = 0;
        int undecided = 0;
        for (JsonNode line : budget) {
            over += line.get("status").asText().equals("NOT_MET") ? 1 : 0;
            undecided += line.get("status").asText().equals("UNKNOWN") ? 1 : 0;
        }
        assertEquals(8, over);
        assertEquals(2, undecided);
        assertTrue(text.out().contains(". KINH PHÍ SO VỚI ĐỊNH MỨC (TT 40/2023/TT-BTC) (119 dòng)"));
        assertTrue(text.out().contains("vượt định mức"));
        List<String> capsOver = new ArrayList<>();
        for (JsonNode cap : MAPPER.readTree(json.out()).get("budgetCaps")) {
            if (cap.get("status").asText().equals("NOT_MET")) {
                capsOver.add(cap.get("unit").asText() + " " + cap.get("rule").asText());
            }
        }
        assertEquals(List.of("38 TT40-TRAN-NAM-XA-TINH", "387 TT40-TRAN-NAM-NGUOI-HUYEN"), capsOver);
        assertTrue(text.out().contains("vượt mức trần trong năm"));
    }

    @Test
    void theSamplesCandidatesForAwardsAreProposedAndTheBlockedOnesSayWhy() throws IOException {
        CommandResult json = CommandResult.run("evaluate", "--format", "json");

        JsonNode proposals = MAPPER.readTree(json.out()).get("proposals");
        int proposed = 0;
        int blocked = 0;
        for (JsonNode p : proposals) {
            String status = p.get("status").asText();
            proposed += status.equals("PROPOSED") ? 1 : 0;
            if (status.equals("BLOCKED")) {
                blocked++;
                assertTrue(p.get("reasons").toString().contains("Chưa đề nghị: "), p::toString);
            }
            assertTrue(p.get("provisional").asBoolean(), "the default criteria are provisional");
        }
        assertTrue(proposed > 0 && blocked > 0, proposed + " proposed, " + blocked + " blocked");
    }

    @Test
    void theSamplesSecurityTeamsAreCheckedMemberByMember() throws IOException {
        CommandResult json = CommandResult.run("evaluate", "--format", "json");

        JsonNode teams = MAPPER.readTree(json.out()).get("securityTeams");
        assertEquals(4351, teams.size());
        int ineligible = 0;
        for (JsonNode t : teams) {
            for (JsonNode m : t.get("members")) {
                if (m.get("eligible").asText().equals("NOT_MET")) {
                    ineligible++;
                    assertTrue(m.get("reasons").size() > 0, m::toString);
                }
                assertTrue(m.has("monthlySupport") ? m.get("monthlySupport").asLong() > 0
                        : m.get("supportReasons").size() > 0, m::toString);
            }
        }
        assertTrue(ineligible > 0);
    }

    @Test
    void theDefaultSamplePrintsTheRatingsAndTheMedalReviewUnderTt11() throws IOException {
        CommandResult text = CommandResult.run("evaluate");
        JsonNode medals = MAPPER.readTree(CommandResult.run("evaluate", "--format", "json").out()).get("medals");

        assertTrue(text.out().contains("Xếp loại Tổ (HD 01/HD-BCA-V05): "), text::toString);
        assertTrue(text.out().contains(". KỶ NIỆM CHƯƠNG \"BẢO VỆ AN NINH TỔ QUỐC\""), text::toString);
        assertTrue(text.out().contains("Căn cứ: TT 11/2021/TT-BCA"), text::toString);
        assertEquals("2024-05-15", medals.get("proposalDate").asText());
        assertTrue(medals.get("candidates").size() > 0);
    }

    @Test
    void theTwoTierSampleRatesItsTeamsAndChecksTheMedalUnderTt20() throws IOException {
        CommandResult text = CommandResult.run("evaluate", "--sample", "thanh-hoa-2026");

        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("Hạ từ xuất sắc xuống tốt do vượt tỷ lệ xuất sắc của xã: "), text::toString);
        assertTrue(text.out().contains("Căn cứ: TT 20/2025/TT-BCA Điều 4; hồ sơ gửi Bộ trước 30/05/2026"),
                text::toString);
    }

    @Test
    void anUnknownPlanIsRejectedByNameWithTheKnownOnes() {
        CommandResult result = CommandResult.run("evaluate", "--plan", "KH67-2024");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Không có kế hoạch KH67-2024"), result::toString);
        assertTrue(result.err().contains("no plan KH67-2024 (known: "), result::toString);
        assertTrue(result.err().contains("TH-KH67-2024"), result::toString);
    }

    @Test
    void theTwoTierSampleAndItsPlanAreEvaluatedGroupedByCommune() throws IOException {
        CommandResult result = CommandResult.run("evaluate", "--sample", "thanh-hoa-2026", "--plan", "TH-2026",
                "--format", "json");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode report = MAPPER.readTree(result.out());
        assertEquals("COMMUNE", report.get("plan").get("groupBy").asText());
        List<String> scopes = new ArrayList<>();
        for (JsonNode t : report.get("targets")) {
            if (t.get("id").asText().equals("TH26-T5")) {
                scopes.add(t.get("scope").asText());
            }
        }
        assertEquals(167, scopes.size(), "the province and its 166 communes");
        assertTrue(report.get("rules").get("provisionalParameters").toString().contains("th26.t5.minShare"));
    }

    @Test
    void aPlanForAnotherYearIsRejected() {
        CommandResult result = CommandResult.run("evaluate", "--plan", "TH-2026");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("plan TH-2026 sets targets for 2026, the dataset is for 2024"), result::toString);
    }

    @Test
    void thePlanOfTheSampleGivesItsTargetsForTheProvinceAndEveryDistrict() throws IOException {
        CommandResult json = CommandResult.run("evaluate", "--plan", "TH-KH67-2024", "--format", "json");
        CommandResult text = CommandResult.run("evaluate", "--plan", "TH-KH67-2024");

        assertEquals(0, json.exitCode(), json::toString);
        JsonNode report = MAPPER.readTree(json.out());
        assertEquals("TH-KH67-2024", report.get("plan").get("id").asText());
        List<String> t5Scopes = new ArrayList<>();
        for (JsonNode t : report.get("targets")) {
            if (t.get("id").asText().equals("KH67-T5")) {
                t5Scopes.add(t.get("scope").asText());
            }
        }
        assertEquals(28, t5Scopes.size(), t5Scopes::toString);
        assertEquals("38", t5Scopes.get(0));
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("A. CHỈ TIÊU CỦA KẾ HOẠCH — Tỉnh Thanh Hóa"), text.out().substring(0, 2000));
        assertTrue(text.out().contains("C. ĐƠN VỊ LÀM CHƯA ĐẠT CHỈ TIÊU"));
    }

    @Test
    void badArgumentsExitWithTwo() {
        CommandResult format = CommandResult.run("evaluate", "--format", "xml");
        CommandResult missing = CommandResult.run("evaluate", dir.resolve("missing.json").toString());
        CommandResult threads = CommandResult.run("evaluate", "--parallelism", "0");

        assertEquals(2, format.exitCode(), format::toString);
        assertTrue(format.err().contains("Lỗi: tham số dòng lệnh không hợp lệ / Error: invalid command line"));
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("missing.json"));
        assertEquals(2, threads.exitCode(), threads::toString);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("dataset.json"), json, StandardCharsets.UTF_8);
    }

    private static JsonNode criterion(JsonNode unit, String rule) {
        for (JsonNode c : unit.get("standard").get("criteria")) {
            if (c.get("rule").textValue().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + rule + " in " + unit);
    }

    private static List<String> sampleUnitIds() throws IOException {
        try (InputStream in = Samples.thanhHoa2024()) {
            return ids(MAPPER.readTree(in).get("units"));
        }
    }

    private static List<String> ids(JsonNode units) {
        List<String> ids = new ArrayList<>();
        units.forEach(u -> ids.add(u.get("id").textValue()));
        return ids;
    }
}
