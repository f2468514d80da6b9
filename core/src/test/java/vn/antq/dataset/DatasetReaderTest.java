package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.PROVINCE;
import static vn.antq.dataset.DatasetJson.areaIndicators;
import static vn.antq.dataset.DatasetJson.dataset;
import static vn.antq.dataset.DatasetJson.withArea;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.event.Event;
import vn.antq.event.EventType;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/** A valid dataset reads into the expected typed values, with nothing guessed. */
class DatasetReaderTest {
    private static Dataset small;

    @BeforeAll
    static void readSmallDataset() throws Exception {
        try (InputStream in = DatasetReaderTest.class.getResourceAsStream("/datasets/small-valid.json")) {
            small = DatasetReader.read(in);
        }
    }

    @Test
    void readsTheTopLevelFieldsAndDefaultsTheReferenceDateTo15November() {
        assertEquals("Tỉnh Thanh Hóa — dữ liệu thử", small.title());
        assertEquals(2024, small.year());
        assertEquals(LocalDate.of(2024, 11, 15), small.referenceDate());
    }

    @Test
    void keepsTheUnitsInDatasetOrderWithKindTypeAndParent() {
        assertEquals(List.of("38", "380", "380-01", "380-01.TDP1", "380-01.THPT"),
                small.units().stream().map(Unit::id).toList());
        Unit ward = small.unit("380-01").orElseThrow();
        assertEquals(UnitKind.COMMUNE, ward.kind());
        assertEquals(UnitType.PHUONG, ward.type());
        assertEquals("Phường Điện Biên", ward.name());
        assertEquals("380", ward.parentId());
        assertEquals("380", ward.managingUnitId());
        assertEquals("38", small.unit("380-01.THPT").orElseThrow().managingUnitId());
        assertNull(small.unit("38").orElseThrow().parentId());
        assertNull(small.unit("380-01.THPT").orElseThrow().type());
    }

    @Test
    void readsCatalogueIndicatorsIntoTheirTypes() {
        Indicators ward = small.unit("380-01").orElseThrow().indicators();
        assertEquals(new IndicatorValue.Flag(true), ward.get("partyResolutionQ1").orElseThrow());
        assertEquals(Boolean.FALSE, ward.flag("modelWardPolice"));
        assertEquals(new IndicatorValue.Count(2), ward.get("effectiveModels").orElseThrow());
        assertEquals(0L, ward.count("policeDisciplined"));
        assertEquals(new IndicatorValue.Number(new BigDecimal("91.5")), ward.get("movementScore").orElseThrow());
        assertEquals(new IndicatorValue.Number(new BigDecimal("80")),
                small.unit("380").orElseThrow().indicators().get("movementScore").orElseThrow());
        assertEquals("GOOD", small.unit("380-01.TDP1").orElseThrow().indicators().code("securityTeamRating"));
        assertEquals("UPPER_SECONDARY", small.unit("380-01.THPT").orElseThrow().indicators().code("level"));
    }

    @Test
    void leavesAbsentIndicatorsAbsent() {
        Indicators school = small.unit("380-01.THPT").orElseThrow().indicators();
        assertTrue(school.get("hasPartyOrganization").isEmpty());
        assertTrue(school.get("partyResolutionQ1").isEmpty());
        assertTrue(small.unit("38").orElseThrow().indicators().asMap().isEmpty());
    }

    @Test
    void readsEventsWithTheirFlags() {
        assertEquals(List.of(
                        new Event(EventType.SERIOUS_CRIME, LocalDate.of(2024, 3, 4), null, true),
                        new Event(EventType.SERIOUS_FIRE_EXPLOSION, LocalDate.of(2024, 6, 30), true, null)),
                small.unit("380-01").orElseThrow().events());
    }

    @Test
    void emptyEventsArrayMeansNoneHappenedAndAbsentEventsMeansNotReported() {
        Unit area = small.unit("380-01.TDP1").orElseThrow();
        assertEquals(List.of(), area.events());
        assertTrue(area.eventsReported());
        Unit school = small.unit("380-01.THPT").orElseThrow();
        assertNull(school.events());
        assertFalse(school.eventsReported());
    }

    @Test
    void keepsAnUnknownIndicatorAndWarnsNamingTheUnitAndIndicator() {
        assertEquals(42L, small.unit("380-01.TDP1").orElseThrow().indicators().count("localPatrolNights"));
        assertEquals(1, small.warnings().size(), small.warnings().toString());
        String warning = small.warnings().get(0);
        assertTrue(warning.startsWith("380-01.TDP1: indicators.localPatrolNights: "), warning);
    }

    @Test
    void keepsUnknownIndicatorsAsFlagCountNumberOrCode() {
        Dataset dataset = assertDoesNotThrow(() -> DatasetReader.read(areaIndicators(
                "\"a\": true, \"b\": 7, \"c\": -7, \"d\": 2.5, \"e\": \"X\", \"f\": 3.0")));
        Map<String, IndicatorValue> values = dataset.unit("A").orElseThrow().indicators().asMap();
        assertEquals(new IndicatorValue.Flag(true), values.get("a"));
        assertEquals(new IndicatorValue.Count(7), values.get("b"));
        assertEquals(new IndicatorValue.Number(new BigDecimal("-7")), values.get("c"));
        assertEquals(new IndicatorValue.Number(new BigDecimal("2.5")), values.get("d"));
        assertEquals(new IndicatorValue.Code("X"), values.get("e"));
        assertEquals(new IndicatorValue.Count(3), values.get("f"));
        assertEquals(6, dataset.warnings().size());
    }

    @Test
    void keepsAGivenReferenceDate() throws Exception {
        Dataset dataset = DatasetReader.read(dataset(PROVINCE)
                .replace("\"year\": 2024", "\"year\": 2025, \"referenceDate\": \"2025-07-01\""));
        assertEquals(LocalDate.of(2025, 7, 1), dataset.referenceDate());
    }

    @Test
    void readsValidityAndSuccessor() throws Exception {
        Dataset dataset = DatasetReader.read(dataset(PROVINCE, """
                { "id": "C1", "kind": "COMMUNE", "name": "Xã cũ", "parent": "P", "validTo": "2025-06-30",
                  "successor": "C2" }""", """
                { "id": "C2", "kind": "COMMUNE", "name": "Xã mới", "parent": "P", "validFrom": "2025-07-01" }"""));
        Unit old = dataset.unit("C1").orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 30), old.validTo());
        assertNull(old.validFrom());
        assertEquals("C2", old.successorId());
        assertEquals(LocalDate.of(2025, 7, 1), dataset.unit("C2").orElseThrow().validFrom());
    }

    @Test
    void communeAndAreaMayHangDirectlyUnderAProvince() {
        assertDoesNotThrow(() -> DatasetReader.read(dataset(PROVINCE, """
                { "id": "C", "kind": "COMMUNE", "type": "DAC_KHU", "name": "Đặc khu", "parent": "P" }""", """
                { "id": "A", "kind": "RESIDENTIAL_AREA", "name": "Khu phố", "parent": "P" }""")));
    }

    @Test
    void nullFieldsAndIndicatorsCountAsAbsent() throws Exception {
        Dataset dataset = DatasetReader.read(withArea("""
                "type": null, "managedBy": null, "events": null, "indicators": { "crimeCount": null }"""));
        Unit area = dataset.unit("A").orElseThrow();
        assertNull(area.type());
        assertNull(area.events());
        assertTrue(area.indicators().asMap().isEmpty());
    }

    @Test
    void unknownFieldsAreIgnoredWithAWarning() throws Exception {
        Dataset dataset = DatasetReader.read(withArea("\"note\": \"x\", \"events\": [ { \"type\": \"SERIOUS_CRIME\","
                + " \"date\": \"2024-01-01\", \"victims\": 1 } ]").replace("\"year\"", "\"source\": \"x\", \"year\""));
        assertEquals(3, dataset.warnings().size(), dataset.warnings().toString());
        assertTrue(dataset.warnings().stream().anyMatch(w -> w.startsWith("A: note: ")));
        assertTrue(dataset.warnings().stream().anyMatch(w -> w.startsWith("A: events[0].victims: ")));
        assertTrue(dataset.warnings().stream().anyMatch(w -> w.startsWith("dataset: source: ")));
    }

    @Test
    void readsTheSameDatasetFromAFileFromTextAndFromBytesWithAByteOrderMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.json");
        try (InputStream in = getClass().getResourceAsStream("/datasets/small-valid.json")) {
            Files.copy(in, file);
        }
        String text = Files.readString(file);
        assertEquals(small, DatasetReader.read(file));
        assertEquals(small, DatasetReader.read(text));
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(small, DatasetReader.read(new ByteArrayInputStream(bom)));
        assertEquals(small, DatasetReader.read(bom));
        assertEquals(small, DatasetReader.read(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedWithTheOffsetOfTheFirstBadByte() {
        byte[] bytes = "{ \"format\": \"antq-dataset/1\", \"title\": \"Ph\u01b0\u1eddng\" }"
                .getBytes(StandardCharsets.UTF_8);
        bytes[30] = (byte) 0xFF;
        InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(bytes));
        assertEquals("bytes that are not UTF-8 at byte offset 30", e.problems().get(0).found());
    }
}
