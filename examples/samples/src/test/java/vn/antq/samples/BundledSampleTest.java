package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.samples.CampaignChecks.countHeldOn;

class BundledSampleTest {
    private static byte[] bundled;
    private static JsonNode dataset;
    private static List<JsonNode> units;

    @BeforeAll
    static void readTheBundledSample() throws IOException {
        try (InputStream in = Samples.thanhHoa2024()) {
            bundled = in.readAllBytes();
        }
        dataset = new ObjectMapper().readTree(bundled);
        units = new ArrayList<>();
        dataset.get("units").forEach(units::add);
    }

    @Test
    void regeneratingWithTheRecordedSettingsGivesTheBundledBytes() {
        assertArrayEquals(bundled, SampleGenerator.generate(Samples.thanhHoa2024Settings()));
    }

    @Test
    void headerSaysWhatTheDatasetIsAndThatItsDataAreInvented() {
        assertEquals("antq-dataset/1", dataset.get("format").asText());
        assertEquals("Tỉnh Thanh Hóa 2024 — dữ liệu mẫu (chỉ số và sự việc là giả lập; tên, mã đơn vị hành chính "
                + "là thật)", dataset.get("title").asText());
        assertEquals(2024, dataset.get("year").asInt());
        assertEquals("2024-11-15", dataset.get("referenceDate").asText());
        assertEquals(4, dataset.get("campaigns").size());
    }

    @Test
    void hasThePlansFourCampaignsOf2024InTheOrderTheyStart() {
        List<List<String>> expected = List.of(
                List.of("CAO-DIEM-TET-2024", "CRIME_SUPPRESSION_PEAK",
                        "Cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán", "2023-12-15", "2024-02-15", ""),
                List.of("MA-TUY-2024", "DRUG_PREVENTION_MONTH", "Tháng hành động phòng, chống ma túy năm 2024",
                        "2024-06-01", "2024-06-30", "2024-06-26"),
                List.of("NGAY-HOI-ANTQ-2024", "NGAY_HOI_ANTQ", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024",
                        "2024-07-02", "2024-08-19", "2024-08-19"),
                List.of("VAN-HOA-KDC-2024", "CULTURAL_LIFE_SOLIDARITY_DAY",
                        "Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư năm 2024", "2024-10-15",
                        "2024-11-14", ""));
        List<List<String>> actual = new ArrayList<>();
        for (JsonNode campaign : dataset.get("campaigns")) {
            actual.add(List.of(campaign.get("id").asText(), campaign.get("kind").asText(),
                    campaign.get("name").asText(), campaign.get("from").asText(), campaign.get("to").asText(),
                    campaign.path("keyDate").asText("")));
        }
        assertEquals(expected, actual);
        assertTrue(Normalizer.isNormalized(actual.toString(), Normalizer.Form.NFC), "names are NFC");
        assertEquals("ALL_COMMUNES", campaign("MA-TUY-2024").get("expected").asText());
        assertEquals("ALL_COMMUNES", campaign("NGAY-HOI-ANTQ-2024").get("expected").asText());
        assertEquals("ALL_COMMUNES", campaign("VAN-HOA-KDC-2024").get("expected").asText());
    }

    @Test
    void theTetPeakExpectsOneOrTwoDiemCommunesInEveryDistrict() {
        Map<String, JsonNode> byId = new HashMap<>();
        units.forEach(unit -> byId.put(unit.get("id").asText(), unit));
        Map<String, Integer> perDistrict = new HashMap<>();
        for (JsonNode id : campaign("CAO-DIEM-TET-2024").get("expected")) {
            JsonNode commune = byId.get(id.asText());
            assertEquals("COMMUNE", commune.get("kind").asText(), id.toString());
            perDistrict.merge(commune.get("parent").asText(), 1, Integer::sum);
        }
        assertEquals(27, perDistrict.size(), perDistrict.toString());
        assertTrue(perDistrict.values().stream().allMatch(n -> n == 1 || n == 2), perDistrict.toString());
        assertEquals(35, campaign("CAO-DIEM-TET-2024").get("expected").size());
    }

    @Test
    void securityForcesShowEveryCaseOfPlanTargetT7() {
        // the README's table: staffed, trained; "-" missing (and every unit without a force)
        assertEquals(Map.of("true true", 1_846L, "true false", 67L, "false true", 58L, "true -", 19L, "- true", 18L,
                "- -", 1_560L), ContractChecks.forceCases(units));
    }

    @Test
    void campaignsKeepTheFormatsRules() {
        assertEquals(List.of(), CampaignChecks.problems(dataset));
    }

    @Test
    void everyCommuneTakesPartInTheAllCommunesCampaignsSaveTheDocumentedFew() {
        Map<String, String> kinds = unitKinds();
        // counts, not held, held outside the window, no entry: the README's table
        assertEquals(List.of(33, 1, 0, 1), List.copyOf(CampaignChecks.tally(campaign("CAO-DIEM-TET-2024"), kinds)
                .values()));
        assertEquals(List.of(533, 7, 8, 10), List.copyOf(CampaignChecks.tally(campaign("MA-TUY-2024"), kinds)
                .values()));
        assertEquals(List.of(535, 5, 12, 6), List.copyOf(CampaignChecks.tally(campaign("NGAY-HOI-ANTQ-2024"), kinds)
                .values()));
        assertEquals(List.of(528, 10, 11, 9), List.copyOf(CampaignChecks.tally(campaign("VAN-HOA-KDC-2024"), kinds)
                .values()));
        Set<String> communes = new HashSet<>();
        units.stream().filter(kindIn("COMMUNE")).forEach(unit -> communes.add(unit.get("id").asText()));
        for (String id : List.of("MA-TUY-2024", "NGAY-HOI-ANTQ-2024", "VAN-HOA-KDC-2024")) {
            Set<String> taking = new HashSet<>();
            campaign(id).get("participation").forEach(part -> taking.add(part.get("unit").asText()));
            assertTrue(communes.containsAll(taking), id);
            Set<String> missing = new HashSet<>(communes);
            missing.removeAll(taking);
            assertTrue(!missing.isEmpty() && missing.size() <= communes.size() / 50, id + " missing " + missing);
        }
    }

    @Test
    void participationShowsTheDatesTheRulesMustGetRight() {
        Map<String, Predicate<JsonNode>> cases = new LinkedHashMap<>();
        for (String id : List.of("MA-TUY-2024", "NGAY-HOI-ANTQ-2024", "CAO-DIEM-TET-2024", "VAN-HOA-KDC-2024")) {
            cases.putAll(CampaignChecks.dateCases(campaign(id)));
        }
        List<String> missing = CampaignChecks.missing(dataset, cases);
        assertEquals(List.of(), missing);
        assertEquals(266, countHeldOn(campaign("MA-TUY-2024"), LocalDate.of(2024, 6, 26)), "many on 26/6");
        assertEquals(213, countHeldOn(campaign("NGAY-HOI-ANTQ-2024"), LocalDate.of(2024, 8, 19)), "many on 19/8");
        assertEquals(4, countHeldOn(campaign("MA-TUY-2024"), LocalDate.of(2024, 5, 31)));
        assertEquals(4, countHeldOn(campaign("MA-TUY-2024"), LocalDate.of(2024, 7, 1)));
        assertEquals(4, countHeldOn(campaign("NGAY-HOI-ANTQ-2024"), LocalDate.of(2024, 7, 1)));
        assertEquals(8, countHeldOn(campaign("NGAY-HOI-ANTQ-2024"), LocalDate.of(2024, 8, 20)));
        assertEquals(5, countHeldOn(campaign("VAN-HOA-KDC-2024"), LocalDate.of(2024, 10, 14)));
        assertEquals(6, countHeldOn(campaign("VAN-HOA-KDC-2024"), LocalDate.of(2024, 11, 15)));
    }

    @Test
    void campaignsAreWrittenOneParticipationEntryPerLine() {
        String text = new String(bundled, StandardCharsets.UTF_8);
        String tail = text.substring(text.indexOf("\n  \"campaigns\": [\n"),
                text.indexOf("\n  \"budgetLines\": [\n") + 1);
        List<String> lines = tail.lines().toList();
        // "", "campaigns": [, then each campaign's line, entries and "]}", then "],"
        assertEquals(2 + (1 + 34 + 1) + (1 + 548 + 1) + (1 + 552 + 1) + (1 + 549 + 1) + 1, lines.size(),
                "one line per entry");
        assertTrue(lines.get(2).startsWith("    {\"id\":\"CAO-DIEM-TET-2024\",\"kind\":\"CRIME_SUPPRESSION_PEAK\","),
                lines.get(2));
        assertTrue(lines.get(3).matches("      \\{\"unit\":\"\\d{5}\",\"held\":(true|false),\"date\":\"[0-9-]{10}\","
                + "\"sessions\":\\d+,\"participants\":\\d+},"), lines.get(3));
        assertTrue(tail.endsWith("}\n    ]}\n  ],\n"), tail.substring(tail.length() - 40));
    }

    @Test
    void budgetLinesComeAfterTheCampaignsOnePerLine() {
        String text = new String(bundled, StandardCharsets.UTF_8);
        List<String> lines = text.substring(text.indexOf("\n  \"budgetLines\": [\n") + 1,
                text.indexOf("\n  \"history\": [\n") + 1).lines().toList();
        // "budgetLines": [, then one line per budget line, then "],"
        assertEquals(1 + 119 + 1, lines.size(), "one line per budget line");
        for (String line : lines.subList(1, lines.size() - 1)) {
            assertTrue(line.matches("    \\{\"id\":\"NS-\\d{2,3}-\\d{2}\",\"unit\":\"\\d{2,3}\",\"spender\":\"[A-Z]+\","
                    + "\"category\":\"[A-Z_]+\",\"amount\":\\d+(,\"[a-z]+\":\\d+)*},?"), line);
        }
        assertEquals("    {\"id\":\"NS-38-03\",\"unit\":\"38\",\"spender\":\"PROVINCE\",\"category\":\"VISIT_MODELS\","
                + "\"amount\":300000000,\"models\":30,\"communes\":30},", lines.get(3));
        assertEquals("  ],", lines.get(lines.size() - 1));
    }

    @Test
    void historyComesAfterTheBudgetLinesOneEntryPerLine() {
        String text = new String(bundled, StandardCharsets.UTF_8);
        List<String> lines = text.substring(text.indexOf("\n  \"history\": [\n") + 1,
                text.indexOf("\n  \"securityTeams\": [\n") + 1).lines().toList();
        // "history": [, then one line per entry, then "],"
        assertEquals(1 + 16_406 + 1, lines.size(), "one line per entry");
        for (String line : lines.subList(1, lines.size() - 1)) {
            assertTrue(line.matches("    \\{\"unit\":\"[0-9A-Z-]+\",\"year\":202[23],\"standard\":\"[A-Z_]+\","
                    + "\"movement\":\"[A-Z]+\"},?"), line);
        }
        assertEquals("    {\"unit\":\"380-CQ01\",\"year\":2023,\"standard\":\"NOT_APPLICABLE\","
                + "\"movement\":\"EXCELLENT\"},", lines.get(1));
        assertEquals("  ],", lines.get(lines.size() - 1));
        List<String> fields = new ArrayList<>();
        dataset.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("format", "title", "year", "referenceDate", "units", "campaigns", "budgetLines",
                "history", "securityTeams", "leaders", "medalProposalDate"), fields);
    }

    @Test
    void securityTeamsThenLeadersThenTheProposalDateComeLastOneTeamOrLeaderPerLine() {
        String text = new String(bundled, StandardCharsets.UTF_8);
        List<String> lines = text.substring(text.indexOf("\n  \"securityTeams\": [\n") + 1,
                text.indexOf("\n  \"leaders\": [\n") + 1).lines().toList();
        // "securityTeams": [, then one line per Tổ (its members inline), then "],"
        assertEquals(1 + 4_351 + 1, lines.size(), "one line per Tổ");
        for (String line : lines.subList(1, lines.size() - 1)) {
            assertTrue(line.matches("    \\{\"id\":\"TBV-[0-9]+-T[0-9]{2}\",\"areas\":\\[\"[0-9]+-T[0-9]{2}\"],"
                    + "\"established\":\"2024-07-01\",\"tasksAssigned\":\\d+,\"tasksDone\":\\d+,"
                    + "\"underComplaint\":(true|false),(\"supportClass\":[123],)?\"members\":\\[\\{.*}]},?"), line);
        }
        assertTrue(lines.get(1).startsWith("    {\"id\":\"TBV-14755-T01\",\"areas\":[\"14755-T01\"],"
                + "\"established\":\"2024-07-01\",\"tasksAssigned\":"), lines.get(1));
        List<String> leaders = text.substring(text.indexOf("\n  \"leaders\": [\n") + 1).lines().toList();
        // "leaders": [, then one line per leader, then "],", the proposal date and "}"
        assertEquals(1 + 140 + 3, leaders.size(), "one line per leader");
        for (String line : leaders.subList(1, leaders.size() - 3)) {
            assertTrue(line.matches("    \\{\"id\":\"LD-[0-9]+-01\",.*\"compulsoryEducation\":(true|false)"
                    + "(,\"decorations\":\\[[A-Z_\",]+])?,\"category\":\"POLITICAL_SYSTEM_COMMUNE_UP\","
                    + "\"socialEvilHotspot\":(true|false)(,\"cases\":\\{[A-Za-z\":,]+})?},?"), line);
        }
        assertEquals(List.of("  ],", "  \"medalProposalDate\": \"2024-05-15\"", "}"),
                leaders.subList(leaders.size() - 3, leaders.size()));
        assertEquals(16_469_877, bundled.length, "the README's size");
    }

    @Test
    void everyKhuDanCuHasOneSecurityTeamWithTheMembersItsIndicatorsSay() {
        assertEquals(List.of(), SecurityTeamRosterChecks.problems(dataset));
        // the README's counts
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("teams", 4_351L);
        expected.put("LEADER", 4_351L);
        expected.put("DEPUTY", 4_215L);
        expected.put("MEMBER", 4_331L);
        expected.put("aged 30-65", 11_789L);
        expected.put("exactly 18", 22L);
        expected.put("17, 18 tomorrow", 23L);
        expected.put("exactly 70", 28L);
        expected.put("70 and a day", 34L);
        expected.put("overSeventyDecision", 36L);
        expected.put("PRIMARY, MOUNTAIN", 187L);
        expected.put("PRIMARY, NORMAL", 28L);
        expected.put("resident 365 days", 35L);
        expected.put("resident 364 days", 49L);
        expected.put("prosecuted", 32L);
        expected.put("sanctioned", 43L);
        assertEquals(expected, SecurityTeamRosterChecks.tally(dataset));
        // the boundary cases of age: with and without overSeventyDecision on both sides of 70
        for (String born : List.of("1954-11-15", "1954-11-14")) {
            Set<Boolean> decisions = new HashSet<>();
            dataset.get("securityTeams").forEach(team -> team.get("members").forEach(member -> {
                if (member.get("birthDate").asText().equals(born)) {
                    decisions.add(member.has("overSeventyDecision"));
                }
            }));
            assertEquals(Set.of(true, false), decisions, born);
        }
    }

    @Test
    void everyTeamAndMemberHasItsDutyAndServiceAsTheReadmeCounts() {
        assertEquals(List.of(), DutyAndServiceChecks.problems(dataset));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("teams under complaint", 45L);
        expected.put("teams EXCELLENT", 646L);
        expected.put("teams GOOD", 2_406L);
        expected.put("teams COMPLETED", 1_268L);
        expected.put("teams NOT_COMPLETED", 31L);
        expected.put("teams at 95% exactly", 38L);
        expected.put("members", 12_897L);
        expected.put("joined later", 1_946L);
        expected.put("with a breach", 454L);
        expected.put("disciplined", 43L);
        expected.put("members under complaint", 67L);
        expected.put("members EXCELLENT", 2_305L);
        expected.put("members GOOD", 6_058L);
        expected.put("members COMPLETED", 3_903L);
        expected.put("members NOT_COMPLETED", 631L);
        expected.put("members at 95% exactly", 69L);
        expected.put("with earlier service", 3_534L);
        expected.put("with two periods or more", 450L);
        expected.put("periods CIVIL_DEFENCE", 827L);
        expected.put("periods PART_TIME_COMMUNE_POLICE", 2_722L);
        expected.put("periods SECURITY_TEAM", 444L);
        expected.put("periods ESPECIALLY_DIFFICULT", 356L);
        expected.put("periods BORDER", 83L);
        expected.put("KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC", 71L);
        expected.put("HUY_CHUONG_CHIEN_SI_VE_VANG", 26L);
        expected.put("HUY_CHUONG_VI_AN_NINH_TO_QUOC", 11L);
        expected.put("not good in service", 923L);
        expected.put("in compulsory education", 20L);
        expected.put("cases recorded", 3_455L);
        expected.put("with a case or a discipline", 111L);
        assertEquals(expected, DutyAndServiceChecks.tally(dataset));
    }

    @Test
    void noTeamOrMemberIsRatedIn2024ForTheTeamsWereSetUpOn01072024() {
        RatingChecks ratings = new RatingChecks(dataset);
        assertEquals(4_351L, ratings.tally(true).get(RatingChecks.NOT_RATED));
        assertEquals(12_897L, ratings.tally(false).get(RatingChecks.NOT_RATED));
    }

    @Test
    void leadersKeepTheLayoutAsTheReadmeCounts() {
        assertEquals(List.of(), LeaderChecks.problems(dataset));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("leaders", 140L);
        expected.put("of districts", 27L);
        expected.put("women", 15L);
        expected.put("overlapping posts", 42L);
        expected.put("0 awards", 19L);
        expected.put("1 awards", 73L);
        expected.put("2 awards", 36L);
        expected.put("3 awards", 12L);
        expected.put("only the commune's Giấy khen", 21L);
        expected.put("no achievement", 15L);
        expected.put("serious incidents", 14L);
        expected.put("prosecuted", 2L);
        expected.put("compulsory education", 1L);
        expected.put("Kỷ niệm chương held", 4L);
        expected.put("Huy chương held", 2L);
        expected.put("social-evil hotspot", 5L);
        expected.put("cases not recorded", 2L);
        expected.put("a case or a discipline", 4L);
        assertEquals(expected, LeaderChecks.tally(dataset));
    }

    @Test
    void theMedalReviewFollowsTt11WithTheReadmesCounts() {
        assertEquals("2024-05-15", dataset.get("medalProposalDate").asText());
        MedalChecks medals = new MedalChecks(dataset);
        assertEquals(Map.of(MedalChecks.MET, 1_327L, MedalChecks.SHORT, 11_439L, "NOT_MET", 43L,
                MedalChecks.DEFERRED, 54L, MedalChecks.TO_CONFIRM, 34L), medals.tally("TV-"));
        assertEquals(Map.of(MedalChecks.MET, 50L, MedalChecks.SHORT, 0L, "NOT_MET", 86L, MedalChecks.DEFERRED, 3L,
                MedalChecks.TO_CONFIRM, 1L), medals.tally("LD-"));
    }

    @Test
    void theFactsOfDieu13AndTheSupportClassesAreWhereTheReadmeSays() {
        // Map.equals ignores the order: the tally is kept in order of first appearance
        Map<String, Long> expected = new HashMap<>();
        expected.put("supportClass 1", 2_402L);
        expected.put("supportClass 2", 1_511L);
        expected.put("supportClass absent", 26L);
        expected.put("supportClass 3", 412L);
        expected.put("healthCertified true", 12_834L);
        expected.put("healthCertified false", 25L);
        expected.put("healthCertified absent", 38L);
        expected.put("pastSentence NONE", 12_786L);
        expected.put("pastSentence CLEARED", 68L);
        expected.put("pastSentence NOT_CLEARED", 22L);
        expected.put("pastSentence absent", 21L);
        expected.put("pastAdministrativeMeasure NONE", 12_769L);
        expected.put("pastAdministrativeMeasure CLEARED", 76L);
        expected.put("pastAdministrativeMeasure NOT_CLEARED", 32L);
        expected.put("pastAdministrativeMeasure absent", 20L);
        expected.put("residesRegularly true", 12_841L);
        expected.put("residesRegularly false", 24L);
        expected.put("residesRegularly absent", 32L);
        expected.put("over 70: decision true, fit true", 13L);
        expected.put("over 70: decision absent, fit false", 2L);
        expected.put("over 70: decision absent, fit absent", 4L);
        expected.put("over 70: decision true, fit absent", 4L);
        expected.put("over 70: decision absent, fit true", 10L);
        expected.put("over 70: decision true, fit false", 1L);
        assertEquals(expected, SecurityTeamRosterChecks.eligibilityTally(dataset));
    }

    @Test
    void theMembersBoundaryCasesOfTheMedalAreWhereTheReadmeSays() {
        MedalChecks medals = new MedalChecks(dataset);
        // id, gender, counted service (months, days), verdict
        List<List<Object>> cases = List.of(
                List.of("TV-14758-T01-3", "FEMALE", 120L, 0L, MedalChecks.MET),
                List.of("TV-14773-T01-1", "FEMALE", 119L, 29L, MedalChecks.SHORT),
                List.of("TV-14788-T01-3", "MALE", 180L, 0L, MedalChecks.MET),
                List.of("TV-14803-T01-3", "MALE", 179L, 29L, MedalChecks.SHORT),
                List.of("TV-14845-T01-1", "MALE", 180L, 0L, MedalChecks.MET),
                List.of("TV-14845-T01-2", "MALE", 179L, 28L, MedalChecks.SHORT),
                List.of("TV-16507-T01-2", "MALE", 240L, 0L, "NOT_MET KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC"),
                List.of("TV-14815-T01-1", "MALE", 240L, 0L, "NOT_MET HUY_CHUONG_CHIEN_SI_VE_VANG"),
                List.of("TV-14830-T01-1", "MALE", 240L, 0L, "NOT_MET compulsory education"),
                List.of("TV-15025-T01-3", "MALE", 240L, 0L, "NOT_MET prosecuted"),
                List.of("TV-16537-T01-1", "MALE", 240L, 0L, MedalChecks.MET),
                List.of("TV-14860-T01-1", "MALE", 240L, 0L, MedalChecks.DEFERRED),
                List.of("TV-14872-T01-1", "MALE", 240L, 0L, MedalChecks.DEFERRED));
        Map<String, JsonNode> members = medals.assertMembers(cases);
        // the doubled case: 5 years 6 months in an especially difficult area count as 11 years
        assertEquals("ESPECIALLY_DIFFICULT", members.get("TV-14845-T01-1").get("earlierService").get(0)
                .get("areaType").asText());
        // TT 11/2021/TT-BCA does not ask "hoàn thành tốt nhiệm vụ"
        assertFalse(members.get("TV-16537-T01-1").get("goodInService").asBoolean());
    }

    @Test
    void theLeadersBoundaryCasesOfTheMedalAreWhereTheReadmeSays() {
        MedalChecks medals = new MedalChecks(dataset);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("LD-14761-01", MedalChecks.MET);
        expected.put("LD-15970-01", "NOT_MET time");
        expected.put("LD-16513-01", MedalChecks.MET);
        expected.put("LD-14869-01", "NOT_MET time");
        expected.put("LD-14902-01", "NOT_MET award");
        expected.put("LD-14986-01", "NOT_MET award");
        expected.put("LD-15040-01", "NOT_MET award");
        expected.put("LD-15136-01", MedalChecks.MET);
        expected.put("LD-15217-01", "NOT_MET incidents");
        expected.put("LD-15292-01", "NOT_MET achievement");
        expected.put("LD-15409-01", "NOT_MET KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC");
        expected.put("LD-15523-01", "NOT_MET HUY_CHUONG_VI_AN_NINH_TO_QUOC");
        expected.put("LD-396-01", "NOT_MET prosecuted");
        expected.put("LD-15667-01", "NOT_MET compulsory education");
        expected.put("LD-15751-01", "NOT_MET hotspot");
        expected.put("LD-399-01", MedalChecks.DEFERRED);
        expected.put("LD-400-01", MedalChecks.TO_CONFIRM);
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(id -> actual.put(id, medals.verdict(id)));
        assertEquals(expected, actual);
        Map<String, JsonNode> leaders = new HashMap<>();
        dataset.get("leaders").forEach(l -> leaders.put(l.get("id").asText(), l));
        assertEquals("2019-05-15", leaders.get("LD-14761-01").get("posts").get(0).get("from").asText());
        assertEquals("2019-05-16", leaders.get("LD-15970-01").get("posts").get(0).get("from").asText());
        assertEquals(2, leaders.get("LD-16513-01").get("posts").size(), "two overlapping posts");
        assertEquals("GIAY_KHEN_CHU_TICH_XA", leaders.get("LD-14902-01").get("awards").get(0).get("award").asText());
        assertEquals("2024-05-15", leaders.get("LD-15040-01").get("awards").get(0).get("date").asText());
        assertEquals("2024-05-14", leaders.get("LD-15136-01").get("awards").get(0).get("date").asText());
        assertTrue(leaders.get("LD-15217-01").get("seriousIncidents").asBoolean(), "irrelevant under TT 11");
    }

    @Test
    void historyGivesTheTwoPreviousYearsOfAssessedUnitsSaveAFewGaps() {
        assertEquals(List.of(), HistoryChecks.problems(dataset));
        // the README's counts: entries; units with 2, 1, 0 years; standards; movements
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("entries", 16_406L);
        expected.put("2 years", 8_047L);
        expected.put("1 years", 312L);
        expected.put("0 years", 118L);
        expected.put("ACHIEVED", 13_856L);
        expected.put("NOT_ACHIEVED", 1_691L);
        expected.put("INSUFFICIENT_DATA", 806L);
        expected.put("NOT_APPLICABLE", 53L);
        expected.put("EXCELLENT", 4_454L);
        expected.put("GOOD", 9_094L);
        expected.put("AVERAGE", 2_185L);
        expected.put("WEAK", 673L);
        assertEquals(expected, HistoryChecks.tally(dataset));
        Set<String> years = new HashSet<>();
        dataset.get("history").forEach(entry -> years.add(entry.get("year").asText()));
        assertEquals(Set.of("2022", "2023"), years);
    }

    @Test
    void aFewUnitsHavePendingCasesOrADisciplineThatEndedLastYear() {
        // the README's table, kinds in HistoryChecks.KINDS' order: COMMUNE, RESIDENTIAL_AREA, AGENCY, ENTERPRISE,
        // SCHOOL
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        expected.put("pendingDiscipline", List.of(12L, 61L, 18L, 12L, 32L));
        expected.put("pendingInspection", List.of(4L, 68L, 8L, 12L, 23L));
        expected.put("pendingComplaint", List.of(8L, 68L, 13L, 14L, 22L));
        expected.put("disciplineEndedYear", List.of(9L, 44L, 8L, 6L, 17L));
        expected.put("underInvestigation", List.of(5L, 27L, 5L, 5L, 15L));
        expected.put("pressCorruption", List.of(3L, 26L, 7L, 3L, 8L));
        expected.put("notRecorded", List.of(7L, 44L, 6L, 7L, 6L));
        Map<String, List<Long>> actual = new LinkedHashMap<>();
        HistoryChecks.pastIndicators(units).forEach((key, count) -> actual
                .computeIfAbsent(key.substring(0, key.indexOf(' ')), k -> new ArrayList<>()).add(count));
        assertEquals(expected, actual);
        for (JsonNode unit : units) {
            if (unit.path("indicators").has("disciplineEndedYear")) {
                assertEquals(2023, unit.get("indicators").get("disciplineEndedYear").asInt(), unit.toString());
            }
            if (!ContractChecks.ASSESSED.contains(unit.get("kind").asText())) {
                ContractChecks.PAST.forEach(name -> assertTrue(!unit.path("indicators").has(name), unit.toString()));
            }
        }
    }

    @Test
    void budgetLinesKeepTheFormatsRules() {
        assertEquals(List.of(), BudgetLineChecks.problems(dataset));
        Map<String, String> kinds = unitKinds();
        for (JsonNode line : dataset.get("budgetLines")) {
            String kind = kinds.get(line.get("unit").asText());
            String spender = line.get("spender").asText();
            assertEquals(spender.equals("DISTRICT") ? "DISTRICT" : "PROVINCE", kind, line.toString());
            assertTrue(!spender.equals("COMMUNE"), line.toString());
        }
    }

    @Test
    void budgetLinesAreMostlyWithinTheNormsSomeAtThemAFewOverOrWithoutTheirCount() {
        // the README's table: lines by category and how they stand against TT 40/2023/TT-BTC
        Map<String, Integer> expected = new TreeMap<>();
        expected.put("MODEL_BUILDING WITHIN", 25);
        expected.put("MODEL_BUILDING AT_NORM", 2);
        expected.put("MODEL_BUILDING OVER", 1);
        expected.put("MOBILISATION_FUEL WITHIN", 20);
        expected.put("MOBILISATION_FUEL AT_NORM", 5);
        expected.put("MOBILISATION_FUEL OVER", 3);
        expected.put("VISIT_MODELS WITHIN", 23);
        expected.put("VISIT_MODELS AT_NORM", 4);
        expected.put("VISIT_MODELS OVER", 1);
        expected.put("VISIT_MODELS NO_COUNT", 2);
        expected.put("VISIT_PEOPLE WITHIN", 22);
        expected.put("VISIT_PEOPLE AT_NORM", 4);
        expected.put("VISIT_PEOPLE OVER", 3);
        expected.put("OTHER NO_NORM", 4);
        assertEquals(expected, BudgetLineChecks.tally(dataset));
        assertEquals(119, dataset.get("budgetLines").size());
    }

    @Test
    void theYearlyCapsHoldOverEachSpendersLinesAndThePlantedOnesAreOver() {
        // the README: the province's two VISIT_MODELS lines add up to 31 communes; NS-387-04's 51 people
        Map<String, Boolean> caps = BudgetLineChecks.yearlyCaps(dataset);
        assertEquals(Boolean.FALSE, caps.get("38 PROVINCE VISIT_MODELS"));
        assertEquals(Boolean.FALSE, caps.get("387 DISTRICT VISIT_PEOPLE"));
        assertEquals(Boolean.TRUE, caps.get("38 CENTRAL VISIT_MODELS"));
        assertEquals(Boolean.TRUE, caps.get("38 CENTRAL VISIT_PEOPLE"));
        assertEquals(List.of("38 PROVINCE VISIT_MODELS", "387 DISTRICT VISIT_PEOPLE"), caps.entrySet().stream()
                .filter(e -> !e.getValue()).map(Map.Entry::getKey).toList());
    }

    @Test
    void someOrganisationsAreFollowedByTheMinistry() {
        // TT 124 Điều 10 khoản 4: the Bộ Công an recognises them (ANTT-CN-BCA)
        int followed = 0;
        for (JsonNode unit : dataset.get("units")) {
            if (unit.path("indicators").path("followedByMinistry").asBoolean(false)) {
                followed++;
            }
        }
        assertEquals(100, followed);
    }

    @Test
    void budgetLinesShowTheCasesTheNormsMustGetRight() {
        Map<String, Predicate<JsonNode>> cases = new LinkedHashMap<>();
        cases.put("the province's VISIT_MODELS at its norm, 30 communes × 10,000,000", line ->
                line.get("unit").asText().equals("38") && line.get("category").asText().equals("VISIT_MODELS")
                        && line.get("spender").asText().equals("PROVINCE") && line.path("communes").asInt() == 30
                        && line.get("amount").asLong() == 300_000_000L);
        cases.put("a central VISIT_PEOPLE line", line -> line.get("spender").asText().equals("CENTRAL")
                && line.get("category").asText().equals("VISIT_PEOPLE") && line.has("localities"));
        for (String category : List.of("MODEL_BUILDING", "MOBILISATION_FUEL", "VISIT_MODELS", "VISIT_PEOPLE")) {
            cases.put("a district's " + category + " at its norm", line -> district(line, category)
                    && BudgetLineChecks.standing(line) == BudgetLineChecks.Standing.AT_NORM);
        }
        for (String category : List.of("MODEL_BUILDING", "MOBILISATION_FUEL", "VISIT_PEOPLE")) {
            String count = Map.of("MODEL_BUILDING", "models", "MOBILISATION_FUEL", "km", "VISIT_PEOPLE", "people")
                    .get(category);
            cases.put("a district's " + category + " 1 đồng per unit over", line -> district(line, category)
                    && line.has(count) && line.get("amount").asLong() == line.get(count).asLong()
                    * (norm(category) + 1));
        }
        cases.put("the province's 3 models in one commune exactly at 3 × 10,000,000", line ->
                line.get("spender").asText().equals("PROVINCE") && line.get("category").asText().equals("VISIT_MODELS")
                        && line.path("models").asInt() == 3 && line.path("communes").asInt() == 1
                        && line.get("amount").asLong() == 30_000_000L);
        cases.put("a central body's 3 models in one locality 1 đồng over 3 × 20,000,000", line ->
                line.get("spender").asText().equals("CENTRAL") && line.get("category").asText().equals("VISIT_MODELS")
                        && line.path("models").asInt() == 3 && line.get("amount").asLong() == 60_000_001L);
        cases.put("a district's VISIT_MODELS with more models than communes", line ->
                district(line, "VISIT_MODELS") && line.path("models").asInt() > line.path("communes").asInt());
        cases.put("a district's VISIT_PEOPLE for 51 people, one over the cap", line ->
                district(line, "VISIT_PEOPLE") && line.path("people").asInt() == 51
                        && line.get("amount").asLong() == 51_000_000L);
        cases.put("a district's VISIT_MODELS with 10 communes, exactly the cap, at the norm", line ->
                district(line, "VISIT_MODELS") && line.path("communes").asInt() == 10
                        && line.get("amount").asLong() == 50_000_000L);
        cases.put("a line without its count", line ->
                BudgetLineChecks.standing(line) == BudgetLineChecks.Standing.NO_COUNT);
        cases.put("a district's OTHER line", line -> district(line, "OTHER"));
        List<String> missing = new ArrayList<>();
        cases.forEach((name, test) -> {
            boolean found = false;
            for (JsonNode line : dataset.get("budgetLines")) {
                found |= test.test(line);
            }
            if (!found) {
                missing.add(name);
            }
        });
        assertEquals(List.of(), missing);
    }

    private static boolean district(JsonNode line, String category) {
        return line.get("spender").asText().equals("DISTRICT") && line.get("category").asText().equals(category);
    }

    private static long norm(String category) {
        return switch (category) {
            case "MODEL_BUILDING" -> 20_000_000L;
            case "MOBILISATION_FUEL" -> 12_000L;
            case "VISIT_MODELS" -> 5_000_000L;
            default -> 1_000_000L;
        };
    }

    @Test
    void hasTheOfficialProvinceDistrictsAndCommunesOfThanhHoa() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Set<String> districts = new HashSet<>();
        for (String[] row : csvRows()) {
            boolean district = row[3].equals("2") && row[4].equals("38");
            boolean commune = row[3].equals("3") && districts.contains(row[4]);
            if (row[0].equals("38") || district || commune) {
                expected.put(row[0], List.of(row[1], row[3]));
            }
            if (district) {
                districts.add(row[0]);
            }
        }
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (JsonNode unit : units) {
            String kind = unit.get("kind").asText();
            if (kind.equals("PROVINCE") || kind.equals("DISTRICT") || kind.equals("COMMUNE")) {
                String level = kind.equals("PROVINCE") ? "1" : kind.equals("DISTRICT") ? "2" : "3";
                actual.put(unit.get("id").asText(), List.of(unit.get("name").asText(), level));
            }
        }
        assertEquals(expected, actual);
        assertEquals(Map.of("PROVINCE", 1L, "DISTRICT", 27L, "COMMUNE", 558L), count(kindIn("PROVINCE", "DISTRICT",
                "COMMUNE"), unit -> unit.get("kind").asText()));
        assertEquals(Map.of("XA", 467L, "PHUONG", 60L, "THI_TRAN", 31L), count(kindIn("COMMUNE"),
                unit -> unit.get("type").asText()));
        assertEquals(Map.of("HUYEN", 23L, "THI_XA", 2L, "THANH_PHO", 2L), count(kindIn("DISTRICT"),
                unit -> unit.get("type").asText()));
    }

    @Test
    void hasExactly4351ResidentialAreasThonUnderXaAndToDanPhoElsewhere() {
        Map<String, String> communeTypes = new HashMap<>();
        units.stream().filter(kindIn("COMMUNE"))
                .forEach(unit -> communeTypes.put(unit.get("id").asText(), unit.get("type").asText()));
        List<JsonNode> areas = units.stream().filter(kindIn("RESIDENTIAL_AREA")).toList();
        assertEquals(4351, areas.size());
        for (JsonNode area : areas) {
            String communeType = communeTypes.get(area.get("parent").asText());
            assertEquals(communeType.equals("XA") ? "THON" : "TO_DAN_PHO", area.get("type").asText(),
                    area.toString());
        }
        Map<String, Long> perCommune = count(kindIn("RESIDENTIAL_AREA"), unit -> unit.get("parent").asText());
        assertEquals(558, perCommune.size());
        assertTrue(perCommune.values().stream().allMatch(n -> n >= 4 && n <= 14), perCommune.toString());
    }

    @Test
    void hasAboutTwelveToSixteenUnitsPerCommuneSubtree() {
        long underCommunes = units.stream().filter(unit -> unit.has("parent")
                && unit.get("parent").asText().length() == 5).count();
        double perSubtree = (underCommunes + 558) / 558.0;
        assertTrue(perSubtree >= 12 && perSubtree <= 16, "units per commune subtree: " + perSubtree);
    }

    @Test
    void listsParentsBeforeChildren() {
        Set<String> seen = new HashSet<>();
        for (JsonNode unit : units) {
            if (unit.get("kind").asText().equals("PROVINCE")) {
                assertTrue(!unit.has("parent"), unit.toString());
            } else {
                assertTrue(seen.contains(unit.get("parent").asText()), "parent not listed before " + unit);
            }
            seen.add(unit.get("id").asText());
        }
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        for (JsonNode unit : units) {
            String id = unit.get("id").asText();
            assertTrue(ContractChecks.ID.matcher(id).matches(), id);
            assertTrue(ids.add(id), "duplicate id " + id);
        }
    }

    @Test
    void everyAssessedUnitKeepsTheContractsTypesAndRanges() {
        List<String> problems = new ArrayList<>();
        for (JsonNode unit : units) {
            if (ContractChecks.ASSESSED.contains(unit.get("kind").asText())) {
                problems.addAll(ContractChecks.problems(unit, 2024));
            } else {
                assertTrue(!unit.has("events"), unit.toString());
            }
        }
        assertEquals(List.of(), problems);
        units.stream().filter(kindIn("DISTRICT")).forEach(district ->
                assertEquals(List.of("movementScore"), fieldNames(district.get("indicators")), district.toString()));
    }

    @Test
    void aSmallShareOfUnitsLacksData() {
        ContractChecks.Gaps gaps = ContractChecks.gaps(units, false);
        assertTrue(gaps.withoutEvents() > 0 && gaps.withoutAnIndicator() > 0);
        assertTrue(gaps.share() >= 0.015 && gaps.share() <= 0.04, "share lacking data: " + gaps.share());
        assertTrue(gaps.withEvents() < gaps.assessed() / 5, "most units report no event: " + gaps.withEvents());
    }

    @Test
    void everyKhuDanCuHasTheFourIndicatorsOfItsSecurityTeamSaveAFewGaps() {
        assertEquals(List.of(), SecurityTeamChecks.problems(units));
        // the README's counts: areas, 1/1/1 trained, 1/1/1 not trained, short, over, not trained, missing one
        assertEquals(List.of(4351L, 3828L, 125L, 259L, 102L, 140L, 37L),
                List.copyOf(SecurityTeamChecks.tally(units).values()));
        assertEquals(List.of(), SecurityTeamChecks.missingBoundaryCases(units));
    }

    @Test
    void everyCriterionOfTheStandardFailsSomewhere() {
        assertEquals(List.of(), new StandardChecks(units, 2024).neverFailingCriteria());
    }

    @Test
    void showsTheEdgeCasesTheRulesMustGetRight() {
        assertEquals(List.of(), new StandardChecks(units, 2024).missingEdgeCases());
    }

    private static JsonNode campaign(String id) {
        return CampaignChecks.campaign(dataset, id);
    }

    private static Map<String, String> unitKinds() {
        Map<String, String> kinds = new HashMap<>();
        units.forEach(unit -> kinds.put(unit.get("id").asText(), unit.get("kind").asText()));
        return kinds;
    }



    private static List<String[]> csvRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Samples.class.getResourceAsStream("/" + Samples.REFERENCE_UNITS), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    private static Predicate<JsonNode> kindIn(String... kinds) {
        return StandardChecks.kindIn(kinds);
    }

    private static Map<String, Long> count(Predicate<JsonNode> filter, Function<JsonNode, String> key) {
        Map<String, Long> counts = new HashMap<>();
        units.stream().filter(filter).forEach(unit -> counts.merge(key.apply(unit), 1L, Long::sum));
        return counts;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
