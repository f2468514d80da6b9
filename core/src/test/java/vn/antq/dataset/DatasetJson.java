package vn.antq.dataset;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Small datasets written inline, and assertions on the problems they raise. */
final class DatasetJson {
    /** A province with id {@code P}. */
    static final String PROVINCE = """
            { "id": "P", "kind": "PROVINCE", "name": "Tỉnh Thử" }""";
    /** A district {@code D} under {@code P}. */
    static final String DISTRICT = """
            { "id": "D", "kind": "DISTRICT", "type": "HUYEN", "name": "Huyện Thử", "parent": "P" }""";
    /** A commune {@code C} under {@code D}. */
    static final String COMMUNE = """
            { "id": "C", "kind": "COMMUNE", "type": "XA", "name": "Xã Thử", "parent": "D" }""";

    /** A campaign {@code K} of every commune in June 2024, with only its required fields. */
    static final String CAMPAIGN = """
            { "id": "K", "kind": "OTHER", "name": "Đợt thử", "from": "2024-06-01", "to": "2024-06-30",
              "expected": "ALL_COMMUNES" }""";

    private DatasetJson() {
    }

    /**
     * @param units the JSON of each unit
     * @return a dataset of year 2024 holding those units
     */
    static String dataset(String... units) {
        return """
                { "format": "antq-dataset/1", "year": 2024, "units": [
                %s
                ] }""".formatted(String.join(",\n", units));
    }

    /**
     * @param campaigns the JSON of each campaign
     * @return a dataset of year 2024 holding {@link #PROVINCE}, {@link #DISTRICT}, {@link #COMMUNE} and
     *         those campaigns
     */
    static String withCampaigns(String... campaigns) {
        return """
                { "format": "antq-dataset/1", "year": 2024, "units": [
                %s
                ], "campaigns": [
                %s
                ] }""".formatted(String.join(",\n", PROVINCE, DISTRICT, COMMUNE), String.join(",\n", campaigns));
    }

    /**
     * @param fields JSON fields that {@link #CAMPAIGN} does not have
     * @return {@link #withCampaigns} holding that one campaign
     */
    static String withCampaign(String fields) {
        return withCampaigns(CAMPAIGN.replace(" }", ", " + fields + " }"));
    }

    /**
     * @param fields the JSON fields of a unit after its id, kind and name
     * @return province, district and commune, then a residential area {@code A} under the commune
     */
    static String withArea(String fields) {
        return dataset(PROVINCE, DISTRICT, COMMUNE, """
                { "id": "A", "kind": "RESIDENTIAL_AREA", "name": "Thôn Thử", "parent": "C", %s }"""
                .formatted(fields));
    }

    /**
     * @param indicators the JSON members of an indicators object
     * @return {@link #withArea} with those indicators
     */
    static String areaIndicators(String indicators) {
        return withArea("\"indicators\": { " + indicators + " }");
    }

    /**
     * @param json a dataset
     * @return the problems of the exception the reader throws
     */
    static List<Problem> problems(String json) {
        return assertThrows(InvalidDatasetException.class, () -> DatasetReader.read(json)).problems();
    }

    /**
     * @param problems problems
     * @param location the expected location
     * @param field    the expected field
     * @return the first problem with that location and field; fails when there is none
     */
    static Problem problemAt(List<Problem> problems, String location, String field) {
        return problems.stream()
                .filter(p -> p.location().equals(location) && p.field().equals(field))
                .findFirst()
                .orElseGet(() -> fail("no problem at " + location + " / " + field + " in " + problems));
    }

    /**
     * @param json     a dataset
     * @param location the expected location
     * @param field    the expected field
     * @return the problem the reader reports there; fails when the dataset is accepted or the problem is absent
     */
    static Problem onlyProblemAt(String json, String location, String field) {
        List<Problem> problems = problems(json);
        Problem problem = problemAt(problems, location, field);
        if (problems.size() != 1) {
            fail("expected only " + problem + " but got " + problems);
        }
        return problem;
    }
}
