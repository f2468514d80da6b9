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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.samples.CampaignChecks.countHeldOn;

/** The bundled Thanh Hóa 2026 sample on the two-tier structure, checked against the two reference files. */
class ThanhHoa2026SampleTest {
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 15);
    private static final String REFORM = "2025-07-01";
    private static final String LAST_FORMER_DAY = "2025-06-30";

    private static byte[] bundled;
    private static JsonNode dataset;
    private static List<JsonNode> units;
    private static Map<String, JsonNode> byId;
    /** The units valid at the reference date, in dataset order. */
    private static List<JsonNode> current;

    @BeforeAll
    static void readTheBundledSample() throws IOException {
        try (InputStream in = Samples.thanhHoa2026()) {
            bundled = in.readAllBytes();
        }
        dataset = new ObjectMapper().readTree(bundled);
        units = new ArrayList<>();
        dataset.get("units").forEach(units::add);
        byId = new HashMap<>();
        units.forEach(unit -> byId.put(unit.get("id").asText(), unit));
        current = units.stream().filter(unit -> CampaignChecks.validOn(unit, REFERENCE_DATE)).toList();
    }

    @Test
    void regeneratingWithTheRecordedSettingsGivesTheBundledBytes() {
        assertArrayEquals(bundled, SampleGenerator.generate(Samples.thanhHoa2026Settings()));
    }

    @Test
    void headerSaysItIsSampleDataOnTheTwoTierStructure() {
        assertEquals("antq-dataset/1", dataset.get("format").asText());
        assertEquals("Tỉnh Thanh Hóa 2026 — dữ liệu mẫu theo mô hình chính quyền địa phương hai cấp: 166 xã, "
                + "phường từ 01/7/2025, kèm các đơn vị hành chính cấp huyện và xã cũ đến 30/6/2025 (chỉ số và sự "
                + "việc là giả lập; tên, mã đơn vị hành chính là thật)", dataset.get("title").asText());
        assertEquals(2026, dataset.get("year").asInt());
        assertEquals("2026-11-15", dataset.get("referenceDate").asText());
        assertEquals(4, dataset.get("campaigns").size());
    }

    @Test
    void hasNoBudgetLinesNorHistoryButTeamsLeadersAndTheProposalDate() {
        List<String> fields = new ArrayList<>();
        dataset.fieldNames().forEachRemaining(fields::add);
        // no budgetLines or history: those are three-tier only
        assertEquals(List.of("format", "title", "year", "referenceDate", "units", "campaigns", "securityTeams",
                "leaders", "medalProposalDate"), fields);
        assertEquals("2026-05-15", dataset.get("medalProposalDate").asText());
        assertEquals(13_443_459, bundled.length, "the README's size");
        // no history, and none of the indicators about a unit's past: those are three-tier only
        for (JsonNode unit : units) {
            ContractChecks.PAST.forEach(name -> assertFalse(unit.path("indicators").has(name), unit.toString()));
        }
    }

    @Test
    void hasThe166CommunesOfTheMappingUnderTheProvinceFrom01072025() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String[] row : csv(Samples.COMMUNES_2025, "new_code,new_name,old_code,old_name,merge_type")) {
            expected.putIfAbsent(row[0], row[1]);
        }
        assertEquals(166, expected.size());
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, Long> types = new HashMap<>();
        for (JsonNode unit : current) {
            if (unit.get("kind").asText().equals("COMMUNE")) {
                String name = unit.get("name").asText();
                actual.put(unit.get("id").asText(), name);
                assertEquals(name.startsWith("Phường ") ? "PHUONG" : "XA", unit.get("type").asText(), name);
                assertTrue(name.startsWith("Phường ") || name.startsWith("Xã "), name);
                assertEquals("38", unit.get("parent").asText());
                assertEquals(REFORM, unit.get("validFrom").asText());
                assertFalse(unit.has("validTo") || unit.has("successor"), unit.toString());
                types.merge(unit.get("type").asText(), 1L, Long::sum);
            }
        }
        assertEquals(expected, actual, "codes, names and order of the mapping");
        assertEquals(Map.of("PHUONG", 19L, "XA", 147L), types);
        JsonNode province = units.get(0);
        assertEquals("{\"id\":\"38\",\"kind\":\"PROVINCE\",\"name\":\"Tỉnh Thanh Hóa\"}", province.toString());
    }

    @Test
    void everythingValidAtTheReferenceDateIsTheProvinceOrUnderANewCommune() {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (JsonNode unit : current) {
            String kind = unit.get("kind").asText();
            kinds.merge(kind, 1L, Long::sum);
            if (kind.equals("PROVINCE") || kind.equals("COMMUNE")) {
                continue;
            }
            JsonNode parent = byId.get(unit.get("parent").asText());
            assertEquals("COMMUNE", parent.get("kind").asText(), unit.toString());
            assertEquals(REFORM, unit.get("validFrom").asText(), unit.toString());
            assertFalse(unit.has("validTo") || unit.has("successor") || unit.has("managedBy"), unit.toString());
            if (kind.equals("RESIDENTIAL_AREA")) {
                assertEquals(parent.get("type").asText().equals("XA") ? "THON" : "TO_DAN_PHO",
                        unit.get("type").asText(), unit.toString());
            }
        }
        assertEquals(List.of("PROVINCE", "COMMUNE", "RESIDENTIAL_AREA", "AGENCY", "ENTERPRISE", "SCHOOL"),
                List.copyOf(kinds.keySet()));
        assertEquals(1, kinds.get("PROVINCE"));
        assertEquals(166, kinds.get("COMMUNE"));
        assertEquals(4351, kinds.get("RESIDENTIAL_AREA"), "the 4,351 thôn and tổ dân phố of 2024, spread anew");
        Map<String, Long> perCommune = new HashMap<>();
        current.stream().filter(kindIn("RESIDENTIAL_AREA"))
                .forEach(unit -> perCommune.merge(unit.get("parent").asText(), 1L, Long::sum));
        assertEquals(166, perCommune.size());
        assertTrue(perCommune.values().stream().allMatch(n -> n >= 4 && n <= 100), perCommune.toString());
        double perSubtree = (current.size() - 1) / 166.0;
        assertTrue(perSubtree >= 35 && perSubtree <= 55, "units per commune subtree: " + perSubtree);
        for (String kind : List.of("AGENCY", "SCHOOL")) {
            assertTrue(current.stream().filter(kindIn(kind)).map(unit -> unit.get("parent").asText())
                    .distinct().count() == 166, "every new commune has " + kind);
        }
    }

    @Test
    void theFormerDistrictsAndCommunesOf2024AreHistoryEndingOn30062025() throws IOException {
        Map<String, String> wholeInto = wholeInto();
        Map<String, String> codesOfNewCommunes = new HashMap<>();
        current.stream().filter(kindIn("COMMUNE"))
                .forEach(unit -> codesOfNewCommunes.put(unit.get("id").asText(), unit.get("name").asText()));
        List<List<String>> expected = new ArrayList<>();
        Set<String> districts = new HashSet<>();
        for (String[] row : csv(Samples.REFERENCE_UNITS, "code,name,type,level,parent_code")) {
            if (row[3].equals("2") && row[4].equals("38")) {
                districts.add(row[0]);
                expected.add(List.of(row[0], "DISTRICT", row[1], "38", ""));
            } else if (row[3].equals("3") && districts.contains(row[4])) {
                expected.add(List.of(row[0] + "-old", "COMMUNE", row[1], row[4],
                        wholeInto.getOrDefault(row[0], "")));
            }
        }
        List<List<String>> actual = new ArrayList<>();
        for (JsonNode unit : units) {
            if (unit.has("validTo")) {
                actual.add(List.of(unit.get("id").asText(), unit.get("kind").asText(), unit.get("name").asText(),
                        unit.get("parent").asText(), unit.path("successor").asText("")));
                assertEquals(LAST_FORMER_DAY, unit.get("validTo").asText(), unit.toString());
                assertFalse(unit.has("validFrom") || unit.has("indicators") || unit.has("events"), unit.toString());
            }
        }
        assertEquals(expected, actual, "the 27 district-level units and 558 communes of 01/11/2024, in order");
        assertEquals(27 + 558, actual.size());
        long successors = actual.stream().filter(unit -> !unit.get(4).isEmpty()).count();
        assertEquals(535, successors, "558 communes less 12 split and 11 merged before 01/03/2025");
        for (List<String> unit : actual) {
            if (!unit.get(4).isEmpty()) {
                assertTrue(codesOfNewCommunes.containsKey(unit.get(4)), "successor of " + unit + " is a new commune");
            }
        }
        assertEquals(Map.of("HUYEN", 23L, "THI_XA", 2L, "THANH_PHO", 2L, "XA", 467L, "PHUONG", 60L,
                "THI_TRAN", 31L), count(units.stream().filter(unit -> unit.has("validTo")).toList(),
                unit -> unit.get("type").asText()));
        assertTrue(units.stream().noneMatch(unit -> !unit.has("validTo") && byId.containsKey(
                unit.path("parent").asText("")) && byId.get(unit.get("parent").asText()).has("validTo")),
                "nothing current hangs under a former unit");
    }

    @Test
    void theStructureHoldsAtTheReferenceDateAndOnEitherSideOfTheReform() {
        for (LocalDate day : List.of(REFERENCE_DATE, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30),
                LocalDate.of(2024, 11, 15))) {
            List<String> problems = new ArrayList<>();
            for (JsonNode unit : units) {
                if (!CampaignChecks.validOn(unit, day) || !unit.has("parent")) {
                    continue;
                }
                JsonNode parent = byId.get(unit.get("parent").asText());
                if (parent == null || !CampaignChecks.validOn(parent, day)) {
                    problems.add(unit.get("id").asText() + " valid on " + day + " under " + unit.get("parent"));
                }
            }
            assertEquals(List.of(), problems);
        }
        assertEquals(Map.of("PROVINCE", 1L, "DISTRICT", 27L, "COMMUNE", 558L),
                count(units.stream().filter(unit -> CampaignChecks.validOn(unit, LocalDate.of(2024, 11, 15)))
                        .toList(), unit -> unit.get("kind").asText()), "the file read before the reform");
    }

    @Test
    void idsAreUniqueParentsComeFirstAndSuccessorsEndAtNewCommunes() {
        Set<String> seen = new HashSet<>();
        for (JsonNode unit : units) {
            String id = unit.get("id").asText();
            assertTrue(ContractChecks.ID.matcher(id).matches(), id);
            assertTrue(seen.add(id), "duplicate id " + id);
            if (!unit.get("kind").asText().equals("PROVINCE")) {
                assertTrue(seen.contains(unit.get("parent").asText()), "parent not listed before " + unit);
            }
        }
        for (JsonNode unit : units) {
            if (unit.has("successor")) {
                assertTrue(unit.has("validTo"), unit.toString());
                Set<String> passed = new HashSet<>(Set.of(unit.get("id").asText()));
                JsonNode next = byId.get(unit.get("successor").asText());
                while (next != null && next.has("successor")) {
                    assertTrue(passed.add(next.get("id").asText()), "a loop of successors from " + unit);
                    next = byId.get(next.get("successor").asText());
                }
                assertTrue(next != null && CampaignChecks.validOn(next, REFERENCE_DATE), unit.toString());
            }
        }
    }

    @Test
    void everyCurrentAssessedUnitKeepsTheContractsTypesAndRanges() {
        List<String> problems = new ArrayList<>();
        for (JsonNode unit : current) {
            if (ContractChecks.ASSESSED.contains(unit.get("kind").asText())) {
                problems.addAll(ContractChecks.problems(unit, 2026, true));
            } else {
                assertFalse(unit.has("events") || unit.has("indicators"), unit.toString());
            }
        }
        assertEquals(List.of(), problems);
        for (JsonNode commune : current.stream().filter(kindIn("COMMUNE")).toList()) {
            boolean phuong = commune.get("type").asText().equals("PHUONG");
            assertTrue(phuong || !commune.get("indicators").has("modelWardPolice"), commune.toString());
        }
        assertTrue(current.stream().anyMatch(unit -> unit.path("indicators").path("modelWardPolice").asBoolean()));
    }

    @Test
    void aSmallShareOfUnitsLacksData() {
        ContractChecks.Gaps gaps = ContractChecks.gaps(current, true);
        assertTrue(gaps.withoutEvents() > 0 && gaps.withoutAnIndicator() > 0);
        assertTrue(gaps.share() >= 0.01 && gaps.share() <= 0.04, "share lacking data: " + gaps.share());
        assertTrue(gaps.withEvents() < gaps.assessed() / 5, "most units report no event: " + gaps.withEvents());
    }

    @Test
    void everyKhuDanCuHasTheFourIndicatorsOfItsSecurityTeamSaveAFewGaps() {
        assertEquals(List.of(), SecurityTeamChecks.problems(current));
        // the README's counts: areas, 1/1/1 trained, 1/1/1 not trained, short, over, not trained, missing one
        assertEquals(List.of(4351L, 3813L, 145L, 229L, 116L, 161L, 48L),
                List.copyOf(SecurityTeamChecks.tally(current).values()));
        assertEquals(List.of(), SecurityTeamChecks.missingBoundaryCases(current));
    }

    @Test
    void theFactsOfDieu13AndTheSupportClassesAreWhereTheReadmeSays() {
        // Map.equals ignores the order: the tally is kept in order of first appearance
        Map<String, Long> expected = new HashMap<>();
        expected.put("supportClass 2", 1_471L);
        expected.put("supportClass 1", 2_465L);
        expected.put("supportClass 3", 393L);
        expected.put("supportClass absent", 22L);
        expected.put("healthCertified true", 12_853L);
        expected.put("healthCertified false", 28L);
        expected.put("healthCertified absent", 59L);
        expected.put("pastSentence NONE", 12_810L);
        expected.put("pastSentence CLEARED", 82L);
        expected.put("pastSentence absent", 25L);
        expected.put("pastSentence NOT_CLEARED", 23L);
        expected.put("pastAdministrativeMeasure NONE", 12_819L);
        expected.put("pastAdministrativeMeasure CLEARED", 77L);
        expected.put("pastAdministrativeMeasure NOT_CLEARED", 22L);
        expected.put("pastAdministrativeMeasure absent", 22L);
        expected.put("residesRegularly true", 12_866L);
        expected.put("residesRegularly absent", 47L);
        expected.put("residesRegularly false", 27L);
        expected.put("over 70: decision true, fit absent", 8L);
        expected.put("over 70: decision true, fit true", 5L);
        expected.put("over 70: decision true, fit false", 3L);
        expected.put("over 70: decision absent, fit true", 8L);
        expected.put("over 70: decision absent, fit absent", 1L);
        expected.put("over 70: decision absent, fit false", 1L);
        assertEquals(expected, SecurityTeamRosterChecks.eligibilityTally(dataset));
    }

    @Test
    void everyKhuDanCuHasOneSecurityTeamWithTheMembersItsIndicatorsSay() throws IOException {
        // a member's area type follows the district of the new commune's first source of 2024 (its villages' naming)
        Map<String, String> firstSource = new HashMap<>();
        for (String[] row : csv(Samples.COMMUNES_2025, "new_code,new_name,old_code,old_name,merge_type")) {
            if (byId.containsKey(row[2] + "-old")) {
                firstSource.putIfAbsent(row[0], row[2] + "-old");
            }
        }
        Function<String, String> areaType = area -> SecurityTeamRosterChecks.THANH_HOA_MOUNTAIN_DISTRICTS.contains(
                byId.get(firstSource.get(byId.get(area).get("parent").asText())).get("parent").asText())
                ? "MOUNTAIN" : "NORMAL";
        assertEquals(List.of(), SecurityTeamRosterChecks.problems(dataset, areaType));
        // the README's counts
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("teams", 4_351L);
        expected.put("LEADER", 4_351L);
        expected.put("DEPUTY", 4_226L);
        expected.put("MEMBER", 4_363L);
        expected.put("aged 30-65", 11_845L);
        expected.put("exactly 18", 24L);
        expected.put("17, 18 tomorrow", 26L);
        expected.put("exactly 70", 20L);
        expected.put("70 and a day", 26L);
        expected.put("overSeventyDecision", 24L);
        expected.put("PRIMARY, MOUNTAIN", 159L);
        expected.put("PRIMARY, NORMAL", 30L);
        expected.put("resident 365 days", 40L);
        expected.put("resident 364 days", 32L);
        expected.put("prosecuted", 22L);
        expected.put("sanctioned", 60L);
        assertEquals(expected, SecurityTeamRosterChecks.tally(dataset));
    }

    @Test
    void everyTeamAndMemberHasItsDutyAndServiceAsTheReadmeCounts() {
        assertEquals(List.of(), DutyAndServiceChecks.problems(dataset));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("teams under complaint", 56L);
        expected.put("teams EXCELLENT", 672L);
        expected.put("teams GOOD", 2_402L);
        expected.put("teams COMPLETED", 1_247L);
        expected.put("teams NOT_COMPLETED", 30L);
        expected.put("teams at 95% exactly", 40L);
        expected.put("members", 12_940L);
        expected.put("joined later", 2_003L);
        expected.put("with a breach", 420L);
        expected.put("disciplined", 31L);
        expected.put("members under complaint", 63L);
        expected.put("members EXCELLENT", 2_414L);
        expected.put("members GOOD", 6_000L);
        expected.put("members COMPLETED", 3_906L);
        expected.put("members NOT_COMPLETED", 620L);
        expected.put("members at 95% exactly", 90L);
        expected.put("with earlier service", 3_831L);
        expected.put("with two periods or more", 514L);
        expected.put("periods CIVIL_DEFENCE", 857L);
        expected.put("periods PART_TIME_COMMUNE_POLICE", 2_770L);
        expected.put("periods SECURITY_TEAM", 735L);
        expected.put("periods ESPECIALLY_DIFFICULT", 355L);
        expected.put("periods BORDER", 101L);
        expected.put("KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC", 73L);
        expected.put("HUY_CHUONG_CHIEN_SI_VE_VANG", 26L);
        expected.put("HUY_CHUONG_VI_AN_NINH_TO_QUOC", 9L);
        expected.put("not good in service", 934L);
        expected.put("in compulsory education", 28L);
        expected.put("cases recorded", 3_755L);
        expected.put("with a case or a discipline", 130L);
        assertEquals(expected, DutyAndServiceChecks.tally(dataset));
    }

    @Test
    void theTeamsStandInForTheirAreasRatingSaveInFiveAreas() {
        Map<String, List<Integer>> kept = new LinkedHashMap<>();
        for (JsonNode area : current.stream().filter(kindIn("RESIDENTIAL_AREA")).toList()) {
            JsonNode indicators = area.get("indicators");
            if (indicators.has("securityTeamRating") || indicators.has("securityTeamDisciplined")) {
                kept.put(area.get("id").asText() + " " + indicators.path("securityTeamRating").asText(),
                        List.of(indicators.path("securityTeamDisciplined").asInt(-1)));
            }
        }
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("15013-T01 GOOD", List.of(0));
        expected.put("15049-T07 GOOD", List.of(1));
        expected.put("15091-T25 NOT_COMPLETED", List.of(0));
        expected.put("15106-T01 COMPLETED", List.of(0));
        expected.put("15178-T01 COMPLETED", List.of(0));
        assertEquals(expected, kept);
        // where the dataset's value wins over the Tổ's: what the Tổ gives instead
        RatingChecks ratings = new RatingChecks(dataset);
        assertEquals("NOT_COMPLETED", ratings.rating("TBV-15013-T01"));
        assertEquals(List.of(), disciplined("TBV-15049-T07"));
        assertEquals("GOOD", ratings.rating("TBV-15091-T25"));
        assertEquals(List.of("TV-15106-T01-3"), disciplined("TBV-15106-T01"));
        assertEquals(RatingChecks.NOT_RATED, ratings.rating("TBV-15178-T01"));
    }

    @Test
    void elsewhereAnttKdc5FailsThroughTheTeamsOwnRatingOrADisciplinedMember() {
        RatingChecks ratings = new RatingChecks(dataset);
        long notCompleted = 0;
        long withDisciplined = 0;
        for (JsonNode team : dataset.get("securityTeams")) {
            String area = team.get("areas").get(0).asText();
            if (!byId.get(area).get("indicators").has("securityTeamRating")) {
                notCompleted += ratings.rating(team.get("id").asText()).equals("NOT_COMPLETED") ? 1 : 0;
                withDisciplined += disciplined(team.get("id").asText()).isEmpty() ? 0 : 1;
            }
        }
        assertEquals(List.of(29L, 30L), List.of(notCompleted, withDisciplined));
    }

    @Test
    void ratingsFollowTheWindowFrom15112025AsTheReadmeCounts() {
        RatingChecks ratings = new RatingChecks(dataset);
        assertEquals(List.of(460L, 2_574L, 1_231L, 30L, 56L, 145L), List.copyOf(ratings.tally(true).values()));
        assertEquals(List.of(1_273L, 6_173L, 4_151L, 615L, 728L, 236L, 967L),
                List.copyOf(ratings.tally(false).values()));
    }

    @Test
    void theRatingsBoundaryCasesAreWhereTheReadmeSays() {
        RatingChecks ratings = new RatingChecks(dataset);
        Map<String, JsonNode> teams = new HashMap<>();
        Map<String, JsonNode> members = new HashMap<>();
        dataset.get("securityTeams").forEach(team -> {
            teams.put(team.get("id").asText(), team);
            team.get("members").forEach(m -> members.put(m.get("id").asText(), m));
        });
        // id, tasks done / assigned, rating, whether the quota took its EXCELLENT
        List<List<Object>> cases = List.of(
                List.of("TBV-14818-T01", "951/1000", "EXCELLENT", false),
                List.of("TBV-14818-T05", "190/200", "GOOD", false),
                List.of("TBV-14869-T03", "39/40", "EXCELLENT", false),
                List.of("TBV-14869-T04", "39/40", "GOOD", true),
                List.of("TBV-14896-T03", "39/40", "GOOD", true),
                List.of("TBV-14896-T04", "78/80", "EXCELLENT", false));
        for (List<Object> c : cases) {
            JsonNode team = teams.get((String) c.get(0));
            assertEquals(c.get(1), team.get("tasksDone").asText() + "/" + team.get("tasksAssigned").asText());
            assertEquals(c.subList(2, 4), List.of(ratings.rating((String) c.get(0)),
                    ratings.outOfQuota((String) c.get(0))), c.toString());
        }
        assertEquals("2026-02-15", members.get("TV-15211-T02-2").get("joined").asText());
        assertEquals("GOOD", ratings.rating("TV-15211-T02-2"));
        assertEquals("2026-02-16", members.get("TV-15286-T01-2").get("joined").asText());
        assertEquals(RatingChecks.NOT_RATED, ratings.rating("TV-15286-T01-2"));
        // and, among the drawn ones, a breach capping at COMPLETED, a discipline, a Tổ trưởng kept at the Tổ's rating
        assertTrue(members.values().stream().anyMatch(m -> m.get("breaches").asInt() > 0
                && !m.get("disciplined").asBoolean() && DutyAndServiceChecks.band(m).equals("EXCELLENT")
                && ratings.rating(m.get("id").asText()).equals("COMPLETED")));
        assertTrue(members.values().stream().anyMatch(m -> m.get("disciplined").asBoolean()
                && ratings.rating(m.get("id").asText()).equals("NOT_COMPLETED")));
        assertTrue(members.keySet().stream().anyMatch(ratings::cappedByTeam));
    }

    @Test
    void theMedalReviewFollowsTt20WithTheReadmesCounts() {
        MedalChecks medals = new MedalChecks(dataset);
        assertEquals(Map.of(MedalChecks.MET, 1_461L, MedalChecks.SHORT, 11_231L, "NOT_MET", 163L,
                MedalChecks.DEFERRED, 54L, MedalChecks.TO_CONFIRM, 31L),
                medals.tally("TV-"));
        assertEquals(Map.of(MedalChecks.MET, 33L, MedalChecks.SHORT, 0L, "NOT_MET", 64L, MedalChecks.DEFERRED, 2L,
                MedalChecks.TO_CONFIRM, 1L), medals.tally("LD-"));
        assertEquals(List.of(), LeaderChecks.problems(dataset));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("leaders", 100L);
        expected.put("of districts", 0L);
        expected.put("women", 21L);
        expected.put("overlapping posts", 26L);
        expected.put("0 awards", 16L);
        expected.put("1 awards", 45L);
        expected.put("2 awards", 28L);
        expected.put("3 awards", 11L);
        expected.put("only the commune's Giấy khen", 21L);
        expected.put("no achievement", 11L);
        expected.put("serious incidents", 7L);
        expected.put("prosecuted", 2L);
        expected.put("compulsory education", 1L);
        expected.put("Kỷ niệm chương held", 5L);
        expected.put("Huy chương held", 1L);
        expected.put("social-evil hotspot", 5L);
        expected.put("cases not recorded", 1L);
        expected.put("a case or a discipline", 7L);
        assertEquals(expected, LeaderChecks.tally(dataset));
    }

    @Test
    void theMedalsBoundaryCasesAreWhereTheReadmeSays() {
        MedalChecks medals = new MedalChecks(dataset);
        // id, gender, counted service (months, days), verdict
        List<List<Object>> cases = List.of(
                List.of("TV-14797-T02-1", "FEMALE", 120L, 0L, MedalChecks.MET),
                List.of("TV-14854-T03-2", "FEMALE", 119L, 29L, MedalChecks.SHORT),
                List.of("TV-14866-T01-2", "MALE", 180L, 0L, MedalChecks.MET),
                List.of("TV-14890-T01-3", "MALE", 179L, 29L, MedalChecks.SHORT),
                List.of("TV-14932-T01-1", "MALE", 180L, 0L, MedalChecks.MET),
                List.of("TV-14974-T01-3", "MALE", 179L, 28L, MedalChecks.SHORT),
                List.of("TV-15013-T01-1", "MALE", 240L, 0L, "NOT_MET KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC"),
                List.of("TV-15031-T01-1", "MALE", 240L, 0L, "NOT_MET HUY_CHUONG_CHIEN_SI_VE_VANG"),
                List.of("TV-15058-T01-1", "MALE", 240L, 0L, "NOT_MET compulsory education"),
                List.of("TV-15421-T11-1", "MALE", 240L, 0L, "NOT_MET prosecuted"),
                List.of("TV-15163-T01-1", "MALE", 240L, 0L, "NOT_MET not good in service"),
                List.of("TV-15382-T01-1", "MALE", 240L, 0L, MedalChecks.DEFERRED),
                List.of("TV-15448-T01-1", "MALE", 240L, 0L, MedalChecks.DEFERRED));
        medals.assertMembers(cases);
        Map<String, String> leaders = new LinkedHashMap<>();
        leaders.put("LD-14812-01", MedalChecks.MET);
        leaders.put("LD-14869-01", "NOT_MET time");
        leaders.put("LD-14923-01", MedalChecks.MET);
        leaders.put("LD-15007-01", "NOT_MET time");
        leaders.put("LD-15031-01", MedalChecks.MET);
        leaders.put("LD-15091-01", "NOT_MET award");
        leaders.put("LD-15190-01", "NOT_MET award");
        leaders.put("LD-15409-01", MedalChecks.MET);
        leaders.put("LD-15499-01", "NOT_MET incidents");
        leaders.put("LD-15607-01", "NOT_MET achievement");
        leaders.put("LD-15682-01", "NOT_MET KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC");
        leaders.put("LD-15835-01", "NOT_MET HUY_CHUONG_VI_AN_NINH_TO_QUOC");
        leaders.put("LD-16000-01", "NOT_MET prosecuted");
        leaders.put("LD-16174-01", "NOT_MET compulsory education");
        leaders.put("LD-16273-01", "NOT_MET hotspot");
        leaders.put("LD-16438-01", MedalChecks.DEFERRED);
        leaders.put("LD-16645-01", MedalChecks.TO_CONFIRM);
        Map<String, String> actual = new LinkedHashMap<>();
        leaders.keySet().forEach(id -> actual.put(id, medals.verdict(id)));
        assertEquals(leaders, actual);
    }

    @Test
    void everyCriterionOfTheStandardFailsSomewhere() {
        assertEquals(List.of(), new StandardChecks(current, 2026).neverFailingCriteria());
    }

    @Test
    void showsTheEdgeCasesTheRulesMustGetRight() {
        assertEquals(List.of(), new StandardChecks(current, 2026).missingEdgeCases());
    }

    @Test
    void hasThePlansFourCampaignsOf2026ForTheNewCommunes() {
        List<String> actual = new ArrayList<>();
        for (JsonNode campaign : dataset.get("campaigns")) {
            actual.add(String.join(" ", campaign.get("id").asText(), campaign.get("kind").asText(),
                    campaign.get("from").asText(), campaign.get("to").asText(), campaign.path("keyDate").asText("-"),
                    campaign.get("expected").isTextual() ? campaign.get("expected").asText() : "LIST",
                    campaign.get("name").asText()));
        }
        assertEquals(List.of(
                "CAO-DIEM-TET-2026 CRIME_SUPPRESSION_PEAK 2025-12-15 2026-02-15 - LIST "
                        + "Cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán",
                "MA-TUY-2026 DRUG_PREVENTION_MONTH 2026-06-01 2026-06-30 2026-06-26 ALL_COMMUNES "
                        + "Tháng hành động phòng, chống ma túy năm 2026",
                "NGAY-HOI-ANTQ-2026 NGAY_HOI_ANTQ 2026-07-02 2026-08-19 2026-08-19 ALL_COMMUNES "
                        + "Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2026",
                "VAN-HOA-KDC-2026 CULTURAL_LIFE_SOLIDARITY_DAY 2026-10-15 2026-11-14 - ALL_COMMUNES "
                        + "Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư năm 2026"), actual);
        assertEquals(List.of(), CampaignChecks.problems(dataset));
        JsonNode diem = campaign("CAO-DIEM-TET-2026").get("expected");
        assertEquals(20, diem.size());
        for (JsonNode id : diem) {
            JsonNode commune = byId.get(id.asText());
            assertEquals("COMMUNE", commune.get("kind").asText());
            assertTrue(CampaignChecks.validOn(commune, REFERENCE_DATE), id.toString());
        }
    }

    @Test
    void securityForcesShowEveryCaseOfPlanTargetT7() {
        // the README's table: staffed, trained; "-" missing (and every unit without a force)
        assertEquals(Map.of("true true", 1_626L, "true false", 49L, "false true", 38L, "true -", 16L, "- true", 15L,
                "- -", 1_217L), ContractChecks.forceCases(current));
    }

    @Test
    void everyNewCommuneTakesPartSaveTheDocumentedFew() {
        Map<String, String> kinds = CampaignChecks.currentKinds(dataset);
        // counts, not held, held outside the window, no entry: the README's table
        assertEquals(List.of(18, 1, 1, 0), List.copyOf(CampaignChecks.tally(campaign("CAO-DIEM-TET-2026"), kinds)
                .values()));
        assertEquals(List.of(158, 2, 4, 2), List.copyOf(CampaignChecks.tally(campaign("MA-TUY-2026"), kinds)
                .values()));
        assertEquals(List.of(158, 2, 4, 2), List.copyOf(CampaignChecks.tally(campaign("NGAY-HOI-ANTQ-2026"), kinds)
                .values()));
        assertEquals(List.of(149, 6, 7, 4), List.copyOf(CampaignChecks.tally(campaign("VAN-HOA-KDC-2026"), kinds)
                .values()));
        for (JsonNode campaign : dataset.get("campaigns")) {
            for (JsonNode part : campaign.get("participation")) {
                assertFalse(part.get("unit").asText().endsWith("-old"), part.toString());
            }
        }
    }

    @Test
    void participationShowsTheDatesTheRulesMustGetRight() {
        Map<String, Predicate<JsonNode>> cases = new LinkedHashMap<>();
        for (String id : List.of("MA-TUY-2026", "NGAY-HOI-ANTQ-2026", "CAO-DIEM-TET-2026", "VAN-HOA-KDC-2026")) {
            JsonNode campaign = campaign(id);
            LocalDate from = LocalDate.parse(campaign.get("from").asText());
            LocalDate to = LocalDate.parse(campaign.get("to").asText());
            cases.putAll(CampaignChecks.dateCases(campaign));
            cases.put(id + " held on the day before or after", part -> CampaignChecks.held(part, from.minusDays(1))
                    || CampaignChecks.held(part, to.plusDays(1)));
        }
        List<String> missing = CampaignChecks.missing(dataset, cases);
        assertEquals(List.of(), missing);
        assertEquals(64, countHeldOn(campaign("MA-TUY-2026"), LocalDate.of(2026, 6, 26)), "many on 26/6");
        assertEquals(63, countHeldOn(campaign("NGAY-HOI-ANTQ-2026"), LocalDate.of(2026, 8, 19)), "many on 19/8");
        assertEquals(3, countHeldOn(campaign("MA-TUY-2026"), LocalDate.of(2026, 5, 31)));
        assertEquals(1, countHeldOn(campaign("MA-TUY-2026"), LocalDate.of(2026, 7, 1)));
        assertEquals(1, countHeldOn(campaign("NGAY-HOI-ANTQ-2026"), LocalDate.of(2026, 7, 1)));
        assertEquals(3, countHeldOn(campaign("NGAY-HOI-ANTQ-2026"), LocalDate.of(2026, 8, 20)));
        assertEquals(1, countHeldOn(campaign("CAO-DIEM-TET-2026"), LocalDate.of(2026, 2, 16)));
        assertEquals(6, countHeldOn(campaign("VAN-HOA-KDC-2026"), LocalDate.of(2026, 10, 14)));
        assertEquals(1, countHeldOn(campaign("VAN-HOA-KDC-2026"), LocalDate.of(2026, 11, 15)));
    }

    @Test
    void layoutIsOneUnitAndOneParticipationEntryPerLine() {
        String text = new String(bundled, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int campaigns = lines.indexOf("  \"campaigns\": [");
        assertEquals("  ],", lines.get(campaigns - 1));
        assertEquals(units.size(), campaigns - 1 - lines.indexOf("  \"units\": [") - 1, "one line per unit");
        int teams = lines.indexOf("  \"securityTeams\": [");
        assertEquals(2 + (1 + 20 + 1) + (1 + 164 + 1) + (1 + 164 + 1) + (1 + 162 + 1) + 1, teams - campaigns + 1,
                "one line per participation entry");
        assertEquals(1 + 4_351 + 1 + (1 + 100 + 1) + 2, lines.size() - teams, "one line per Tổ and per leader");
        assertTrue(text.contains("\n    {\"id\":\"14755-old\",\"kind\":\"COMMUNE\",\"type\":\"PHUONG\","
                + "\"name\":\"Phường Hàm Rồng\",\"parent\":\"380\",\"validTo\":\"2025-06-30\","
                + "\"successor\":\"14758\"},\n"),
                "a former commune");
        assertTrue(text.contains("\n    {\"id\":\"380\",\"kind\":\"DISTRICT\",\"type\":\"THANH_PHO\","
                + "\"name\":\"Thành phố Thanh Hóa\",\"parent\":\"38\",\"validTo\":\"2025-06-30\"},\n"), "a district");
        assertTrue(text.contains("\n    {\"id\":\"14758\",\"kind\":\"COMMUNE\",\"type\":\"PHUONG\","
                + "\"name\":\"Phường Hàm Rồng\",\"parent\":\"38\",\"validFrom\":\"2025-07-01\",\"indicators\":{"),
                "a new commune");
        assertTrue(text.contains("}\n    ]}\n  ],\n  \"securityTeams\": [\n    {\"id\":\"TBV-14758-T01\","), "the Tổ");
        assertTrue(text.contains("}]},\n    {\"id\":\"TBV-14758-T02\","), "one Tổ per line");
        assertTrue(text.contains("}]}\n  ],\n  \"leaders\": [\n    {\"id\":\"LD-"), "the leaders");
        assertTrue(text.endsWith("}\n  ],\n  \"medalProposalDate\": \"2026-05-15\"\n}\n"),
                text.substring(text.length() - 40));
    }

    /** @return the ids of the Tổ's members disciplined in the window */
    private static List<String> disciplined(String team) {
        List<String> ids = new ArrayList<>();
        for (JsonNode t : dataset.get("securityTeams")) {
            if (t.get("id").asText().equals(team)) {
                t.get("members").forEach(m -> {
                    if (m.get("disciplined").asBoolean()) {
                        ids.add(m.get("id").asText());
                    }
                });
            }
        }
        return ids;
    }

    /** @return the new commune each former commune went into whole, from the mapping, by former code */
    private static Map<String, String> wholeInto() throws IOException {
        Map<String, List<String[]>> rows = new HashMap<>();
        for (String[] row : csv(Samples.COMMUNES_2025, "new_code,new_name,old_code,old_name,merge_type")) {
            rows.computeIfAbsent(row[2], code -> new ArrayList<>()).add(row);
        }
        Map<String, String> wholeInto = new HashMap<>();
        rows.forEach((code, itsRows) -> {
            if (itsRows.size() == 1 && itsRows.get(0)[4].equals("full")) {
                wholeInto.put(code, itsRows.get(0)[0]);
            }
        });
        return wholeInto;
    }

    private static List<String[]> csv(String resource, String header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Samples.class.getResourceAsStream("/" + resource), StandardCharsets.UTF_8))) {
            assertEquals(header, reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    private static JsonNode campaign(String id) {
        return CampaignChecks.campaign(dataset, id);
    }



    private static Predicate<JsonNode> kindIn(String... kinds) {
        return StandardChecks.kindIn(kinds);
    }

    private static Map<String, Long> count(List<JsonNode> some, Function<JsonNode, String> key) {
        Map<String, Long> counts = new HashMap<>();
        some.forEach(unit -> counts.merge(key.apply(unit), 1L, Long::sum));
        return counts;
    }
}
