package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameSeedGivesByteIdenticalDataset() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(42).provinces("01", "38").maxUnits(3000).build();
        byte[] bytes = SampleGenerator.generate(settings);
        assertArrayEquals(bytes, SampleGenerator.generate(settings));
        JsonNode dataset = JSON.readTree(bytes);
        assertEquals(List.of(), CampaignChecks.problems(dataset));
        assertEquals(4, dataset.get("campaigns").size());
    }

    @Test
    void differentSeedsGiveDifferentDatasets() throws IOException {
        JsonNode one = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(1).provinces("38")
                .build()));
        JsonNode two = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(2).provinces("38")
                .build()));
        assertFalse(one.equals(two));
        assertEquals(one.get("units").get(0), two.get("units").get(0), "the province is the same");
        assertEquals(4351, residentialAreas(one), "the Thanh Hóa total holds for any seed");
        assertEquals(4351, residentialAreas(two), "the Thanh Hóa total holds for any seed");
    }

    @Test
    void provincesComeInTheNationalOrderWhateverOrderTheyAreGiven() {
        byte[] one = SampleGenerator.generate(GeneratorSettings.builder().provinces("38", "01").maxUnits(500)
                .build());
        byte[] other = SampleGenerator.generate(GeneratorSettings.builder().provinces("01", "38", "01")
                .maxUnits(500).build());
        assertArrayEquals(one, other);
    }

    @Test
    void maxUnitsOf10000GivesJustOver10000Units() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().maxUnits(10_000).build();
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(settings));
        int units = dataset.get("units").size();
        assertTrue(units >= 10_000 && units <= 10_100, "units: " + units);
        assertEquals("01", dataset.get("units").get(0).get("id").asText(), "starts with Hà Nội");
        assertTrue(dataset.get("title").asText().contains("khoảng 10.000 đơn vị"), dataset.get("title").asText());
    }

    @Test
    void aLimitedDatasetIsThePrefixOfTheFullOne() throws IOException {
        JsonNode full = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("01")
                .build()));
        JsonNode limited = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("01")
                .maxUnits(2000).build()));
        int size = limited.get("units").size();
        assertTrue(size < full.get("units").size());
        for (int i = 0; i < size; i++) {
            assertEquals(full.get("units").get(i), limited.get("units").get(i));
        }
        assertEquals(List.of(), CampaignChecks.problems(limited));
        Map<String, JsonNode> fullParticipation = participationByCampaignAndUnit(full);
        Map<String, JsonNode> limitedParticipation = participationByCampaignAndUnit(limited);
        assertFalse(limitedParticipation.isEmpty());
        limitedParticipation.forEach((key, part) -> assertEquals(fullParticipation.get(key), part, key));
    }

    @Test
    void aDatasetWithoutCommunesHasNoCampaignsButTheProvincesBudgetLines() throws IOException {
        String text = new String(SampleGenerator.generate(GeneratorSettings.builder().provinces("38").maxUnits(1)
                .build()), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n  ],\n  \"campaigns\": [],\n  \"budgetLines\": [\n    {\"id\":\"NS-38-01\","), text);
        assertTrue(text.endsWith("}\n  ],\n  \"history\": [],\n  \"securityTeams\": [],\n  \"leaders\": [],\n"
                + "  \"medalProposalDate\": \"2024-05-15\"\n}\n"), text);
        List<String> ids = new ArrayList<>();
        JSON.readTree(text).get("budgetLines").forEach(line -> ids.add(line.get("id").asText()));
        assertEquals(List.of("NS-38-01", "NS-38-02", "NS-38-03", "NS-38-04", "NS-38-05", "NS-38-06", "NS-38-07",
                "NS-38-08"), ids);
    }

    @Test
    void aProvinceIsTheSameAloneOrAmongOthers() throws IOException {
        JsonNode alone = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("38")
                .build()));
        JsonNode withHaNam = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("35", "38")
                .build()));
        List<JsonNode> thanhHoa = new ArrayList<>();
        boolean inThanhHoa = false;
        for (JsonNode unit : withHaNam.get("units")) {
            if (unit.get("kind").asText().equals("PROVINCE")) {
                inThanhHoa = unit.get("id").asText().equals("38");
            }
            if (inThanhHoa) {
                thanhHoa.add(unit);
            }
        }
        List<JsonNode> expected = new ArrayList<>();
        alone.get("units").forEach(expected::add);
        assertEquals(expected, thanhHoa);
        assertEquals(List.of(), CampaignChecks.problems(withHaNam));
        assertEquals(List.of(), HistoryChecks.problems(withHaNam));
        Set<String> thanhHoaIds = new HashSet<>();
        thanhHoa.forEach(unit -> thanhHoaIds.add(unit.get("id").asText()));
        List<JsonNode> pastTogether = new ArrayList<>();
        withHaNam.get("history").forEach(entry -> {
            if (thanhHoaIds.contains(entry.get("unit").asText())) {
                pastTogether.add(entry);
            }
        });
        List<JsonNode> pastAlone = new ArrayList<>();
        alone.get("history").forEach(pastAlone::add);
        assertEquals(pastAlone, pastTogether, "a unit's history is the same alone or among others");
        for (String field : List.of("securityTeams", "leaders")) {
            List<JsonNode> together = new ArrayList<>();
            withHaNam.get(field).forEach(together::add);
            List<JsonNode> apart = new ArrayList<>();
            alone.get(field).forEach(apart::add);
            assertEquals(apart, together.subList(together.size() - apart.size(), together.size()),
                    field + " are the same alone or among others, boundary cases included");
        }
        Map<String, JsonNode> together = participationByCampaignAndUnit(withHaNam);
        Map<String, JsonNode> apart = participationByCampaignAndUnit(alone);
        apart.forEach((key, part) -> assertEquals(part, together.get(key), key));
        assertTrue(together.size() > apart.size(), "Hà Nam's communes take part too");
        List<String> diem = new ArrayList<>();
        withHaNam.get("campaigns").get(0).get("expected").forEach(id -> diem.add(id.asText()));
        List<String> diemAlone = new ArrayList<>();
        alone.get("campaigns").get(0).get("expected").forEach(id -> diemAlone.add(id.asText()));
        assertEquals(diemAlone, diem.subList(diem.size() - diemAlone.size(), diem.size()),
                "Thanh Hóa's điểm communes follow Hà Nam's");
    }

    @Test
    void theWholeCountryHasEveryCommuneOnce() throws IOException {
        UnitStreamCheck check = new UnitStreamCheck();
        SampleGenerator.write(GeneratorSettings.builder().build(), check);
        Map<String, Integer> kinds = check.kinds();
        assertEquals(63, kinds.get("PROVINCE"));
        assertEquals(704, kinds.get("DISTRICT"));
        assertEquals(10_472, kinds.get("COMMUNE"));
        assertEquals(List.of(), check.problems());
        Map<String, Integer> participation = check.participation();
        assertEquals(List.of("CAO-DIEM-TET-2024", "MA-TUY-2024", "NGAY-HOI-ANTQ-2024", "VAN-HOA-KDC-2024"),
                List.copyOf(participation.keySet()));
        for (String allCommunes : List.of("MA-TUY-2024", "NGAY-HOI-ANTQ-2024", "VAN-HOA-KDC-2024")) {
            int entries = participation.get(allCommunes);
            assertTrue(entries > 10_472 * 0.97 && entries < 10_472, allCommunes + ": " + entries);
        }
        int diem = participation.get("CAO-DIEM-TET-2024");
        assertTrue(diem > 704 && diem < 2 * 704, "CAO-DIEM-TET-2024: " + diem);
        assertTrue(check.bytes() > 50_000_000, "bytes: " + check.bytes());
    }

    @Test
    void everyProvincePlantsTheBoundaryCasesOfItsYear() throws IOException {
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(5).year(2026)
                .provinces("35").build()));
        assertEquals(List.of(), DutyAndServiceChecks.problems(dataset));
        assertEquals(List.of(), LeaderChecks.problems(dataset));
        assertEquals("2026-05-15", dataset.get("medalProposalDate").asText());
        RatingChecks ratings = new RatingChecks(dataset);
        MedalChecks medals = new MedalChecks(dataset);
        List<String> found = new ArrayList<>();
        for (JsonNode team : dataset.get("securityTeams")) {
            String tasks = team.get("tasksDone").asText() + "/" + team.get("tasksAssigned").asText();
            String id = team.get("id").asText();
            if (tasks.equals("951/1000") || tasks.equals("190/200") || tasks.equals("78/80")
                    || (tasks.equals("39/40") && ratings.outOfQuota(id))) {
                found.add(tasks + " " + ratings.rating(id));
            }
            for (JsonNode member : team.get("members")) {
                long[] service = medals.service(member);
                String verdict = medals.verdict(member.get("id").asText());
                if (service[0] == 120 && service[1] == 0 && member.get("gender").asText().equals("FEMALE")) {
                    found.add("woman, 10 years " + verdict);
                }
                if (service[0] == 179 && service[1] == 29 && member.get("gender").asText().equals("MALE")) {
                    found.add("man, 14 years 11 months 29 days " + verdict);
                }
                if (member.get("joined").asText().startsWith("2026-02-1")) {
                    found.add("joined " + member.get("joined").asText() + " "
                            + ratings.rating(member.get("id").asText()));
                }
            }
        }
        // Hà Nam's three-tier Tổ are rated in 2026 (only the two-tier structure drops the areas' own ratings)
        assertTrue(found.containsAll(List.of("951/1000 EXCELLENT", "190/200 GOOD", "78/80 EXCELLENT",
                "39/40 GOOD", "woman, 10 years MET", "man, 14 years 11 months 29 days SHORT",
                "joined 2026-02-15 GOOD", "joined 2026-02-16 NOT_RATED")), found.toString());
        List<JsonNode> areas = new ArrayList<>();
        dataset.get("units").forEach(unit -> {
            if (unit.get("kind").asText().equals("RESIDENTIAL_AREA")) {
                areas.add(unit);
            }
        });
        long withoutRating = areas.stream().filter(area -> !area.get("indicators").has("securityTeamRating")).count();
        assertTrue(withoutRating < areas.size() / 50, "only data gaps: " + withoutRating);
    }

    @Test
    void theYearMovesTheWindowsAndTheReferenceDate() throws IOException {
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(7).year(2025)
                .provinces("38").maxUnits(4000).build()));
        assertEquals("2025-11-15", dataset.get("referenceDate").asText());
        assertTrue(dataset.get("title").asText().startsWith("Tỉnh Thanh Hóa 2025 — dữ liệu mẫu rút gọn"));
        List<String> problems = new ArrayList<>();
        for (JsonNode unit : dataset.get("units")) {
            if (ContractChecks.ASSESSED.contains(unit.get("kind").asText())) {
                problems.addAll(ContractChecks.problems(unit, 2025));
            }
            for (JsonNode event : unit.path("events")) {
                assertTrue(!LocalDate.parse(event.get("date").asText()).isBefore(LocalDate.of(2024, 10, 31)));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of(), CampaignChecks.problems(dataset));
        assertEquals(List.of(), HistoryChecks.problems(dataset));
        Set<String> years = new HashSet<>();
        dataset.get("history").forEach(entry -> years.add(entry.get("year").asText()));
        assertEquals(Set.of("2023", "2024"), years);
        List<String> windows = new ArrayList<>();
        for (JsonNode campaign : dataset.get("campaigns")) {
            windows.add(campaign.get("id").asText() + " " + campaign.get("name").asText() + " "
                    + campaign.get("from").asText() + " " + campaign.get("to").asText() + " "
                    + campaign.path("keyDate").asText("-"));
        }
        assertEquals(List.of(
                "CAO-DIEM-TET-2025 Cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán 2024-12-15 2025-02-15 -",
                "MA-TUY-2025 Tháng hành động phòng, chống ma túy năm 2025 2025-06-01 2025-06-30 2025-06-26",
                "NGAY-HOI-ANTQ-2025 Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2025 2025-07-02 2025-08-19 "
                        + "2025-08-19",
                "VAN-HOA-KDC-2025 Ngày hội toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư năm 2025 "
                        + "2025-10-15 2025-11-14 -"), windows);
        for (JsonNode campaign : dataset.get("campaigns")) {
            LocalDate from = LocalDate.parse(campaign.get("from").asText());
            LocalDate to = LocalDate.parse(campaign.get("to").asText());
            for (JsonNode part : campaign.get("participation")) {
                LocalDate date = LocalDate.parse(part.get("date").asText());
                assertTrue(!date.isBefore(from.minusDays(1)) && !date.isAfter(to.plusDays(1)), part.toString());
            }
        }
    }

    @Test
    void everyKhuDanCuOfAnyDatasetHasItsSecurityTeamSaveAFewGaps() throws IOException {
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(11).provinces("01")
                .build()));
        List<JsonNode> units = new ArrayList<>();
        dataset.get("units").forEach(units::add);
        assertEquals(List.of(), SecurityTeamChecks.problems(units));
        Map<String, Long> tally = SecurityTeamChecks.tally(units);
        long areas = tally.get("areas");
        assertTrue(areas > 4000, "areas: " + areas);
        assertTrue(tally.get("missing one") > 0 && tally.get("missing one") <= areas / 50, tally.toString());
        assertTrue(tally.get("1/1/1 trained") > areas * 0.8, tally.toString());
        assertTrue(tally.get("short") > 0 && tally.get("over") > 0 && tally.get("not trained") > 0, tally.toString());
        List<String> problems = new ArrayList<>();
        units.stream().filter(unit -> unit.get("kind").asText().equals("RESIDENTIAL_AREA"))
                .forEach(unit -> problems.addAll(ContractChecks.problems(unit, 2024)));
        assertEquals(List.of(), problems);
    }

    @Test
    void aGivenTitleIsUsedAsItIs() throws IOException {
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().provinces("38")
                .maxUnits(10).title("Thử nghiệm").build()));
        assertEquals("Thử nghiệm", dataset.get("title").asText());
    }

    @Test
    void outputIsUtf8WithUnitsAndParticipationEntriesOnePerLine() {
        String text = new String(SampleGenerator.generate(GeneratorSettings.builder().provinces("38").maxUnits(40)
                .build()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"antq-dataset/1\",\n  \"title\": \"Tỉnh Thanh Hóa 2024"), text);
        assertTrue(text.contains("\n    {\"id\":\"38\",\"kind\":\"PROVINCE\",\"name\":\"Tỉnh Thanh Hóa\"},\n"), text);
        assertTrue(text.contains("\n  ],\n  \"campaigns\": [\n    {\"id\":\"MA-TUY-2024\",\"kind\":"
                + "\"DRUG_PREVENTION_MONTH\",\"name\":\"Tháng hành động phòng, chống ma túy năm 2024\","
                + "\"from\":\"2024-06-01\",\"to\":\"2024-06-30\",\"keyDate\":\"2024-06-26\","
                + "\"expected\":\"ALL_COMMUNES\",\"participation\":[\n      {\"unit\":\""), text);
        assertTrue(text.contains("},\n      {\"unit\":\""), text);
        assertTrue(text.contains("}\n    ]},\n    {\"id\":\"NGAY-HOI-ANTQ-2024\""), text);
        assertTrue(text.contains("}\n    ]}\n  ],\n  \"budgetLines\": [\n    {\"id\":\"NS-38-01\""), text);
        assertTrue(text.contains("}\n  ],\n  \"history\": [\n    {\"unit\":\"380-CQ01\",\"year\":2023,"), text);
        assertTrue(text.contains("}\n  ],\n  \"securityTeams\": [\n    {\"id\":\"TBV-14755-T01\",\"areas\":"
                + "[\"14755-T01\"],\"established\":\"2024-07-01\",\"tasksAssigned\":"), text);
        assertTrue(text.contains(",\"members\":[{\"id\":\"TV-14755-T01-1\","), text);
        assertTrue(text.contains("}]},\n    {\"id\":\"TBV-14755-T02\""), text);
        assertTrue(text.contains("}]}\n  ],\n  \"leaders\": [\n    {\"id\":\"LD-380-01\",\"name\":\""), text);
        assertTrue(text.endsWith("}\n  ],\n  \"medalProposalDate\": \"2024-05-15\"\n}\n"), text);
    }

    @Test
    void anUnknownProvinceIsRejectedBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleGenerator.write(
                GeneratorSettings.builder().provinces("38", "99").build(), out));
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void theTwoTierStructureIsOnlyForThanhHoaAlone() {
        for (List<String> provinces : List.of(List.<String>of(), List.of("01"), List.of("38", "01"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleGenerator.write(
                    GeneratorSettings.builder().year(2026).provinces(provinces).twoTier().build(), out));
            assertTrue(e.getMessage().contains("38"), e.getMessage());
            assertEquals(0, out.size(), provinces.toString());
        }
        assertArrayEquals(SampleGenerator.generate(GeneratorSettings.builder().year(2026).provinces("38", "38")
                .twoTier().maxUnits(100).build()), SampleGenerator.generate(GeneratorSettings.builder().year(2026)
                .provinces("38").twoTier().maxUnits(100).build()));
    }

    @Test
    void aLimitedTwoTierDatasetIsThePrefixOfTheFullOne() throws IOException {
        GeneratorSettings.Builder settings = GeneratorSettings.builder().seed(3).year(2026).provinces("38").twoTier();
        JsonNode full = JSON.readTree(SampleGenerator.generate(settings.build()));
        JsonNode limited = JSON.readTree(SampleGenerator.generate(settings.maxUnits(1500).build()));
        int size = limited.get("units").size();
        assertTrue(size >= 1500 && size < 1700, "units: " + size);
        for (int i = 0; i < size; i++) {
            assertEquals(full.get("units").get(i), limited.get("units").get(i));
        }
        assertTrue(limited.get("title").asText().startsWith("Tỉnh Thanh Hóa 2026 — dữ liệu mẫu rút gọn, khoảng "
                + "1.500 đơn vị theo mô hình chính quyền địa phương hai cấp"), limited.get("title").asText());
        assertEquals(List.of(), CampaignChecks.problems(limited));
        Map<String, JsonNode> fullParticipation = participationByCampaignAndUnit(full);
        participationByCampaignAndUnit(limited).forEach((key, part) ->
                assertEquals(fullParticipation.get(key), part, key));
        String history = new String(SampleGenerator.generate(settings.maxUnits(full.get("units").size() - 1)
                .build()), StandardCharsets.UTF_8);
        assertTrue(history.contains("\"id\":\"16657-old\"") && !history.contains("16660-old"),
                "a limit inside the history stops before the next former commune");
    }

    @Test
    void theTwoTierStructureFollowsTheYear() throws IOException {
        JsonNode dataset = JSON.readTree(SampleGenerator.generate(GeneratorSettings.builder().seed(9).year(2027)
                .provinces("38").twoTier().build()));
        assertEquals("2027-11-15", dataset.get("referenceDate").asText());
        assertEquals(List.of(), CampaignChecks.problems(dataset));
        List<String> ids = new ArrayList<>();
        dataset.get("campaigns").forEach(campaign -> ids.add(campaign.get("id").asText()));
        assertEquals(List.of("CAO-DIEM-TET-2027", "MA-TUY-2027", "NGAY-HOI-ANTQ-2027", "VAN-HOA-KDC-2027"), ids);
        List<String> problems = new ArrayList<>();
        int communes = 0;
        for (JsonNode unit : dataset.get("units")) {
            if (ContractChecks.ASSESSED.contains(unit.get("kind").asText()) && !unit.has("validTo")) {
                problems.addAll(ContractChecks.problems(unit, 2027, true));
                communes += unit.get("kind").asText().equals("COMMUNE") ? 1 : 0;
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(166, communes);
    }

    /** @return each participation entry, by campaign id and unit id ("MA-TUY-2024 14755") */
    private static Map<String, JsonNode> participationByCampaignAndUnit(JsonNode dataset) {
        Map<String, JsonNode> entries = new HashMap<>();
        for (JsonNode campaign : dataset.get("campaigns")) {
            for (JsonNode part : campaign.get("participation")) {
                entries.put(campaign.get("id").asText() + " " + part.get("unit").asText(), part);
            }
        }
        return entries;
    }

    private static long residentialAreas(JsonNode dataset) {
        long count = 0;
        for (JsonNode unit : dataset.get("units")) {
            if (unit.get("kind").asText().equals("RESIDENTIAL_AREA")) {
                count++;
            }
        }
        return count;
    }
}
