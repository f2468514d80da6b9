package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.dataset.DatasetJson.problemAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/** {@link Dataset#of} runs the same structural checks as the reader on units built in memory. */
class DatasetOfTest {
    private static final Unit PROVINCE = Unit.builder("P", UnitKind.PROVINCE, "Tỉnh").build();
    private static final Unit COMMUNE =
            Unit.builder("C", UnitKind.COMMUNE, "Xã").type(UnitType.XA).parent("P").build();

    private static List<Problem> problems(Unit... units) {
        List<Unit> all = new ArrayList<>(List.of(PROVINCE, COMMUNE));
        all.addAll(List.of(units));
        return assertThrows(InvalidDatasetException.class, () -> Dataset.of("t", 2024, null, all)).problems();
    }

    private static Unit area(Map<String, IndicatorValue> indicators) {
        return Unit.builder("A", UnitKind.RESIDENTIAL_AREA, "Thôn").parent("C").indicators(Indicators.of(indicators))
                .build();
    }

    @Test
    void validUnitsGiveADatasetWithTheDefaultReferenceDate() throws Exception {
        Dataset dataset = Dataset.of("t", 2024, null, List.of(PROVINCE, COMMUNE));
        assertEquals(LocalDate.of(2024, 11, 15), dataset.referenceDate());
        assertEquals(List.of(PROVINCE, COMMUNE), dataset.units());
        assertEquals(List.of(), dataset.warnings());
    }

    @Test
    void unknownIndicatorIsKeptWithAWarning() throws Exception {
        Unit area = area(Map.of("localScore", new IndicatorValue.Count(3)));
        Dataset dataset = Dataset.of("t", 2024, LocalDate.of(2024, 10, 31), List.of(PROVINCE, COMMUNE, area));
        assertEquals(LocalDate.of(2024, 10, 31), dataset.referenceDate());
        assertEquals(1, dataset.warnings().size());
        assertTrue(dataset.warnings().get(0).startsWith("A: indicators.localScore: "));
    }

    @Test
    void duplicateIdIsRejectedNamingTheUnitAndField() {
        problemAt(problems(COMMUNE), "C", "id");
    }

    @Test
    void malformedIdAndMissingParentAreRejected() {
        List<Problem> problems = problems(Unit.builder("bad id", UnitKind.COMMUNE, "Xã").build());
        assertEquals(2, problems.size(), problems.toString());
        problemAt(problems, "units[2]", "id");
        problemAt(problems, "units[2]", "parent");
    }

    @Test
    void typeOfAnotherKindIsRejected() {
        problemAt(problems(Unit.builder("C2", UnitKind.COMMUNE, "Xã").type(UnitType.HUYEN).parent("P").build()),
                "C2", "type");
    }

    @Test
    void indicatorValuesOfTheWrongTypeCodeOrRangeAreRejected() {
        List<Problem> problems = problems(area(Map.of(
                "crimeCount", new IndicatorValue.Flag(true),
                "partyResolutionQ1", new IndicatorValue.Count(1),
                "securityTeamRating", new IndicatorValue.Code("SUPER"),
                "movementScore", new IndicatorValue.Count(101))));
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("true", problemAt(problems, "A", "indicators.crimeCount").found());
        assertEquals("1", problemAt(problems, "A", "indicators.partyResolutionQ1").found());
        assertEquals("\"SUPER\"", problemAt(problems, "A", "indicators.securityTeamRating").found());
        assertEquals("101", problemAt(problems, "A", "indicators.movementScore").found());
    }

    @Test
    void registeredAboveResidentIsRejected() {
        problemAt(problems(area(Map.of(
                "householdsResident", new IndicatorValue.Count(10),
                "householdsRegistered", new IndicatorValue.Count(11)))), "A", "indicators.householdsRegistered");
    }

    @Test
    void yearOutsideTheAcceptedRangeIsRejected() {
        List<Problem> problems = assertThrows(InvalidDatasetException.class,
                () -> Dataset.of("t", 1989, null, List.of(PROVINCE))).problems();
        assertEquals("1989", problemAt(problems, "dataset", "year").found());
    }
}
