package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;
import vn.antq.unit.UnitType;

/**
 * The same locality read from JSON and built in memory gives the same report, events included: a unit whose
 * events are not given is "not reported" both ways (its event criteria UNKNOWN), never "none happened".
 */
class JsonAndBuildersAgreeTest {
    private static final String JSON = """
            {"format":"antq-dataset/1","year":2024,"units":[
             {"id":"38","kind":"PROVINCE","name":"Tỉnh Thanh Hóa","events":[]},
             {"id":"380","kind":"DISTRICT","type":"THANH_PHO","name":"Thành phố Thanh Hóa","parent":"38","events":[]},
             {"id":"C1","kind":"COMMUNE","type":"PHUONG","name":"Phường Một","parent":"380","events":[],
              "indicators":{"partyResolutionQ1":true,"peoplesCommitteePlanQ1":true,"registeredForStandard":true,
               "effectiveModels":1,"policiesImplemented":true,"policeProactive":true,"policeDisciplined":0}},
             {"id":"C1-T1","kind":"RESIDENTIAL_AREA","type":"TO_DAN_PHO","name":"Tổ dân phố 1","parent":"C1",
              "indicators":{"partyResolutionQ1":true,"registeredForStandard":true,"householdsResident":420,
               "householdsRegistered":420}}]}
            """;

    @Test
    void aLocalityFromJsonAndFromBuildersGivesTheSameReport() throws Exception {
        Dataset fromJson = DatasetReader.read(JSON);
        Unit province = Unit.builder("38", UnitKind.PROVINCE, "Tỉnh Thanh Hóa").noEvents().build();
        Unit district = Unit.builder("380", UnitKind.DISTRICT, "Thành phố Thanh Hóa").type(UnitType.THANH_PHO)
                .parent("38").noEvents().build();
        Unit commune = Unit.builder("C1", UnitKind.COMMUNE, "Phường Một").type(UnitType.PHUONG).parent("380")
                .noEvents().indicators(Indicators.of(Map.of(
                        "partyResolutionQ1", new IndicatorValue.Flag(true),
                        "peoplesCommitteePlanQ1", new IndicatorValue.Flag(true),
                        "registeredForStandard", new IndicatorValue.Flag(true),
                        "effectiveModels", new IndicatorValue.Count(1),
                        "policiesImplemented", new IndicatorValue.Flag(true),
                        "policeProactive", new IndicatorValue.Flag(true),
                        "policeDisciplined", new IndicatorValue.Count(0)))).build();
        // no events(...) and no noEvents(): not reported, as the JSON unit without "events"
        Unit area = Unit.builder("C1-T1", UnitKind.RESIDENTIAL_AREA, "Tổ dân phố 1").type(UnitType.TO_DAN_PHO)
                .parent("C1").indicators(Indicators.of(Map.of(
                        "partyResolutionQ1", new IndicatorValue.Flag(true),
                        "registeredForStandard", new IndicatorValue.Flag(true),
                        "householdsResident", new IndicatorValue.Count(420),
                        "householdsRegistered", new IndicatorValue.Count(420)))).build();
        Dataset built = Dataset.of(fromJson.title(), 2024, null, List.of(province, district, commune, area));

        EvaluationReport fromJsonReport = Fixture.EVALUATOR.evaluate(fromJson);
        EvaluationReport builtReport = Fixture.EVALUATOR.evaluate(built);

        assertEquals(fromJsonReport.units(), builtReport.units());
        assertEquals(StandardStatus.INSUFFICIENT_DATA, Fixture.unit(builtReport, "C1-T1").standard().status());
    }
}
