package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The top-level {@code securityTeams} of a three-tier dataset (one Tổ bảo vệ an ninh, trật tự per khu dân cư, with its
 * members), written out independently of the generator.
 */
final class SecurityTeamRosterChecks {
    /** The Tổ's fields, in order; supportClass is added before members where present. */
    static final List<String> TEAM_FIELDS = List.of("id", "areas", "established", "tasksAssigned", "tasksDone",
            "underComplaint", "members");
    /** The facts of Luật 30/2023/QH15 Điều 13 drawn apart, in order after the member's other fields, each optional. */
    static final List<String> FACT_FIELDS = List.of("healthCertified", "pastSentence", "pastAdministrativeMeasure",
            "residesRegularly", "overSeventyFit");
    static final Set<String> PAST_CODES = Set.of("NONE", "CLEARED", "NOT_CLEARED");
    /**
     * The member's fields, in order; overSeventyDecision, earlierService and decorations are added where present,
     * then the {@link #FACT_FIELDS} present, and (last) cases where present.
     */
    static final List<String> MEMBER_FIELDS = List.of("id", "name", "role", "birthDate", "gender", "education",
            "residentSince", "areaType", "prosecuted", "sanctioned", "joined", "tasksAssigned", "tasksDone",
            "breaches", "disciplined", "underComplaint", "goodInService", "compulsoryEducation");
    static final List<String> ROLES = List.of("LEADER", "DEPUTY", "MEMBER");
    static final Set<String> EDUCATION = Set.of("NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "HIGHER");
    /** Mường Lát, Quan Hóa, Bá Thước, Quan Sơn, Lang Chánh, Ngọc Lặc, Cẩm Thủy, Thạch Thành, Thường Xuân, Như Xuân, Như Thanh. */
    static final Set<String> THANH_HOA_MOUNTAIN_DISTRICTS = Set.of("384", "385", "386", "387", "388", "389", "390",
            "391", "396", "402", "403");

    private SecurityTeamRosterChecks() {
    }

    /**
     * @param dataset a three-tier dataset of Thanh Hóa
     * @return what {@link #problems(JsonNode, Function)} finds, with the area types of the districts of 2024
     */
    static List<String> problems(JsonNode dataset) {
        Map<String, JsonNode> byId = new HashMap<>();
        dataset.get("units").forEach(unit -> byId.put(unit.get("id").asText(), unit));
        return problems(dataset, area -> THANH_HOA_MOUNTAIN_DISTRICTS.contains(
                byId.get(byId.get(area).get("parent").asText()).get("parent").asText()) ? "MOUNTAIN" : "NORMAL");
    }

    /**
     * @param dataset  a dataset of Thanh Hóa
     * @param areaType the members' area type expected in each khu dân cư, by its id
     * @return every Tổ or member that breaks the layout: not exactly one Tổ per khu dân cư, ids not
     *         {@code TBV-<area>} and {@code TV-<area>-<n>} or not unique, members per role other than the area's
     *         indicators (1 when left out), fields out of order or unknown, dates that do not parse, a birth after
     *         the reference date or after the residence began, another areaType than expected,
     *         {@code overSeventyDecision} on someone under 70, {@code overSeventyFit} on someone not over 70, a
     *         {@code supportClass} other than 1–3, a fact of Điều 13 of the wrong shape, a name not NFC or not of three
     *         words or more; empty if none
     */
    static List<String> problems(JsonNode dataset, Function<String, String> areaType) {
        LocalDate reference = LocalDate.parse(dataset.get("referenceDate").asText());
        Map<String, JsonNode> byId = new HashMap<>();
        dataset.get("units").forEach(unit -> byId.put(unit.get("id").asText(), unit));
        Set<String> areasLeft = new HashSet<>();
        byId.values().stream().filter(unit -> unit.get("kind").asText().equals("RESIDENTIAL_AREA"))
                .forEach(unit -> areasLeft.add(unit.get("id").asText()));
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode team : dataset.get("securityTeams")) {
            String id = team.path("id").asText();
            List<String> teamFields = new ArrayList<>(TEAM_FIELDS);
            if (team.has("supportClass")) {
                teamFields.add(teamFields.indexOf("members"), "supportClass");
                if (!team.get("supportClass").isInt() || !Set.of(1, 2, 3).contains(team.get("supportClass").asInt())) {
                    problems.add(id + ": supportClass " + team.get("supportClass"));
                }
            }
            if (!fields(team).equals(teamFields)) {
                problems.add(id + ": fields " + fields(team));
                continue;
            }
            String area = team.get("areas").size() == 1 ? team.get("areas").get(0).asText() : "";
            if (!areasLeft.remove(area)) {
                problems.add(id + ": areas " + team.get("areas") + " is not one khu dân cư without a Tổ yet");
                continue;
            }
            if (!id.equals("TBV-" + area) || !ids.add(id)) {
                problems.add(id + ": id");
            }
            if (!team.get("established").asText().equals("2024-07-01")) {
                problems.add(id + ": established " + team.get("established"));
            }
            JsonNode indicators = byId.get(area).path("indicators");
            String expectedAreaType = areaType.apply(area);
            List<String> roles = new ArrayList<>();
            List<String> expectedRoles = new ArrayList<>();
            int[] counts = {indicators.path("securityTeamLeaders").asInt(1),
                    indicators.path("securityTeamDeputies").asInt(1), indicators.path("securityTeamMembers").asInt(1)};
            for (int r = 0; r < ROLES.size(); r++) {
                for (int i = 0; i < counts[r]; i++) {
                    expectedRoles.add(ROLES.get(r));
                }
            }
            int n = 0;
            for (JsonNode member : team.get("members")) {
                n++;
                String memberId = member.path("id").asText();
                roles.add(member.path("role").asText());
                List<String> expectedFields = new ArrayList<>(MEMBER_FIELDS);
                if (member.has("overSeventyDecision")) {
                    expectedFields.add(8, "overSeventyDecision");
                }
                for (String optional : List.of("earlierService", "decorations")) {
                    if (member.has(optional)) {
                        expectedFields.add(expectedFields.indexOf("goodInService"), optional);
                    }
                }
                FACT_FIELDS.stream().filter(member::has).forEach(expectedFields::add);
                if (member.has("cases")) {
                    expectedFields.add("cases");
                }
                if (!fields(member).equals(expectedFields)) {
                    problems.add(memberId + ": fields " + fields(member));
                    continue;
                }
                if (!memberId.equals("TV-" + area + "-" + n) || !ids.add(memberId)) {
                    problems.add(memberId + ": id");
                }
                String name = member.get("name").asText();
                if (!Normalizer.isNormalized(name, Normalizer.Form.NFC) || name.split(" ").length < 3) {
                    problems.add(memberId + ": name " + name);
                }
                LocalDate born = date(member.get("birthDate"));
                LocalDate resident = date(member.get("residentSince"));
                if (born == null || resident == null || born.isAfter(reference) || resident.isBefore(born)
                        || resident.isAfter(reference)) {
                    problems.add(memberId + ": dates " + member.get("birthDate") + ", " + member.get("residentSince"));
                } else if (member.has("overSeventyDecision") && born.isAfter(reference.minusYears(70))) {
                    problems.add(memberId + ": overSeventyDecision under 70");
                } else if (member.has("overSeventyFit") && !born.isBefore(reference.minusYears(70))) {
                    problems.add(memberId + ": overSeventyFit not over 70");
                }
                if (!factsValid(member)) {
                    problems.add(memberId + ": facts " + member);
                }
                if (!Set.of("MALE", "FEMALE").contains(member.get("gender").asText())
                        || !EDUCATION.contains(member.get("education").asText())
                        || !member.get("areaType").asText().equals(expectedAreaType)
                        || !member.get("prosecuted").isBoolean() || !member.get("sanctioned").isBoolean()
                        || (member.has("overSeventyDecision") && !member.get("overSeventyDecision").isBoolean())) {
                    problems.add(memberId + ": values " + member);
                }
            }
            if (!roles.equals(expectedRoles)) {
                problems.add(id + ": roles " + roles + ", the indicators say " + expectedRoles);
            }
        }
        areasLeft.forEach(area -> problems.add(area + ": no Tổ"));
        return problems;
    }

    /**
     * @param dataset a three-tier dataset
     * @return teams; members per role; ages 30–65 at the reference date; the boundary cases: exactly 18, 17 (18
     *         tomorrow), exactly 70, 70 and a day, of those two how many with overSeventyDecision; PRIMARY in MOUNTAIN
     *         and in NORMAL areas; resident exactly 365 and 364 days; prosecuted; sanctioned
     */
    static Map<String, Long> tally(JsonNode dataset) {
        LocalDate reference = LocalDate.parse(dataset.get("referenceDate").asText());
        Map<String, Long> tally = new LinkedHashMap<>();
        tally.put("teams", (long) dataset.get("securityTeams").size());
        List<JsonNode> members = new ArrayList<>();
        dataset.get("securityTeams").forEach(team -> team.get("members").forEach(members::add));
        for (String role : ROLES) {
            tally.put(role, members.stream().filter(m -> m.get("role").asText().equals(role)).count());
        }
        tally.put("aged 30-65", members.stream().filter(m -> {
            LocalDate born = LocalDate.parse(m.get("birthDate").asText());
            return !born.isAfter(reference.minusYears(30)) && born.isAfter(reference.minusYears(66));
        }).count());
        tally.put("exactly 18", born(members, reference.minusYears(18)));
        tally.put("17, 18 tomorrow", born(members, reference.minusYears(18).plusDays(1)));
        tally.put("exactly 70", born(members, reference.minusYears(70)));
        tally.put("70 and a day", born(members, reference.minusYears(70).minusDays(1)));
        tally.put("overSeventyDecision", members.stream().filter(m -> m.has("overSeventyDecision")).count());
        tally.put("PRIMARY, MOUNTAIN", members.stream().filter(m -> m.get("education").asText().equals("PRIMARY")
                && m.get("areaType").asText().equals("MOUNTAIN")).count());
        tally.put("PRIMARY, NORMAL", members.stream().filter(m -> m.get("education").asText().equals("PRIMARY")
                && m.get("areaType").asText().equals("NORMAL")).count());
        tally.put("resident 365 days", resident(members, reference.minusDays(365)));
        tally.put("resident 364 days", resident(members, reference.minusDays(364)));
        tally.put("prosecuted", members.stream().filter(m -> m.get("prosecuted").asBoolean()).count());
        tally.put("sanctioned", members.stream().filter(m -> m.get("sanctioned").asBoolean()).count());
        return tally;
    }

    /**
     * @param dataset a dataset of Thanh Hóa
     * @return the facts of Điều 13 drawn apart and the Tổ's classes: Tổ by supportClass (none when left out);
     *         members by healthCertified, pastSentence, pastAdministrativeMeasure, residesRegularly (each value, and
     *         "absent"); members over 70 by overSeventyDecision and overSeventyFit
     */
    static Map<String, Long> eligibilityTally(JsonNode dataset) {
        LocalDate reference = LocalDate.parse(dataset.get("referenceDate").asText());
        Map<String, Long> tally = new LinkedHashMap<>();
        List<JsonNode> members = new ArrayList<>();
        for (JsonNode team : dataset.get("securityTeams")) {
            tally.merge("supportClass " + team.path("supportClass").asText("absent"), 1L, Long::sum);
            team.get("members").forEach(members::add);
        }
        for (String field : FACT_FIELDS.subList(0, 4)) {
            for (JsonNode m : members) {
                tally.merge(field + " " + m.path(field).asText("absent"), 1L, Long::sum);
            }
        }
        for (JsonNode m : members) {
            if (LocalDate.parse(m.get("birthDate").asText()).isBefore(reference.minusYears(70))) {
                tally.merge("over 70: decision " + m.path("overSeventyDecision").asText("absent") + ", fit "
                        + m.path("overSeventyFit").asText("absent"), 1L, Long::sum);
            }
        }
        return tally;
    }

    private static boolean factsValid(JsonNode member) {
        for (String flag : List.of("healthCertified", "residesRegularly", "overSeventyFit")) {
            if (member.has(flag) && !member.get(flag).isBoolean()) {
                return false;
            }
        }
        for (String code : List.of("pastSentence", "pastAdministrativeMeasure")) {
            if (member.has(code) && !PAST_CODES.contains(member.get(code).asText())) {
                return false;
            }
        }
        return true;
    }

    private static long born(List<JsonNode> members, LocalDate day) {
        return members.stream().filter(m -> m.get("birthDate").asText().equals(day.toString())).count();
    }

    private static long resident(List<JsonNode> members, LocalDate day) {
        return members.stream().filter(m -> m.get("residentSince").asText().equals(day.toString())).count();
    }

    private static LocalDate date(JsonNode node) {
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
