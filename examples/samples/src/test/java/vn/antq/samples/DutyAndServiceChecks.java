package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Tổ bảo vệ ANTT and their members did in the rating window and the members' earlier service, written out
 * independently of the generator: the values the reader accepts and the order the sample keeps.
 */
final class DutyAndServiceChecks {
    static final Set<String> SERVICE_KINDS = Set.of("SECURITY_TEAM", "CIVIL_DEFENCE", "PART_TIME_COMMUNE_POLICE");
    static final Set<String> AREA_TYPES = Set.of("NORMAL", "BORDER", "MOUNTAIN", "ISLAND", "ESPECIALLY_DIFFICULT",
            "ETHNIC_MINORITY");
    static final Set<String> DECORATIONS = Set.of("KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC",
            "HUY_CHUONG_CHIEN_SI_VE_VANG", "HUY_CHUONG_VI_AN_NINH_TO_QUOC");
    static final Set<String> DOUBLED = Set.of("ESPECIALLY_DIFFICULT", "BORDER", "ISLAND");

    private DutyAndServiceChecks() {
    }

    /**
     * @param dataset a dataset with {@code securityTeams}
     * @return every Tổ or member whose duty or service breaks the rules: tasks not whole numbers, none assigned or
     *         more done than assigned; a member joined before the Tổ was set up, after the reference date or before
     *         turning 18 (save on the reference date, for one not 18 by then), with
     *         negative breaches, disciplined without a breach, booleans that are not booleans; an earlier period of
     *         an unknown kind or area, ending before it starts, not before the member joined, overlapping or before
     *         the previous one, or starting before the member was 18; unknown or repeated decorations; empty if none
     */
    static List<String> problems(JsonNode dataset) {
        LocalDate reference = LocalDate.parse(dataset.get("referenceDate").asText());
        List<String> problems = new ArrayList<>();
        for (JsonNode team : dataset.get("securityTeams")) {
            String id = team.get("id").asText();
            checkTasks(id, team, problems);
            if (!team.get("underComplaint").isBoolean()) {
                problems.add(id + ": underComplaint " + team.get("underComplaint"));
            }
            LocalDate established = LocalDate.parse(team.get("established").asText());
            for (JsonNode member : team.get("members")) {
                problems.addAll(memberProblems(member, established, reference));
            }
        }
        return problems;
    }

    private static List<String> memberProblems(JsonNode member, LocalDate established, LocalDate reference) {
        String id = member.get("id").asText();
        List<String> problems = new ArrayList<>();
        checkTasks(id, member, problems);
        LocalDate joined = date(member.get("joined"));
        LocalDate adult = LocalDate.parse(member.get("birthDate").asText()).plusYears(18);
        if (joined == null || joined.isBefore(established) || joined.isAfter(reference)
                || (joined.isBefore(adult) && !joined.equals(reference))) {
            problems.add(id + ": joined " + member.get("joined"));
            return problems;
        }
        if (!member.get("breaches").isInt() || member.get("breaches").asInt() < 0) {
            problems.add(id + ": breaches " + member.get("breaches"));
        }
        for (String flag : List.of("disciplined", "underComplaint", "goodInService", "compulsoryEducation")) {
            if (!member.get(flag).isBoolean()) {
                problems.add(id + ": " + flag + " " + member.get(flag));
            }
        }
        if (member.get("disciplined").asBoolean() && member.get("breaches").asInt() == 0) {
            problems.add(id + ": disciplined without a breach");
        }
        LocalDate previous = null;
        for (JsonNode period : member.path("earlierService")) {
            LocalDate from = date(period.get("from"));
            LocalDate to = date(period.get("to"));
            if (!SERVICE_KINDS.contains(period.path("kind").asText())
                    || !AREA_TYPES.contains(period.path("areaType").asText()) || from == null || to == null
                    || to.isBefore(from) || !to.isBefore(joined) || from.isBefore(adult)
                    || (previous != null && !from.isAfter(previous)) || period.size() != 4) {
                problems.add(id + ": earlierService " + period);
            }
            previous = to;
        }
        if (member.has("earlierService") && member.get("earlierService").isEmpty()) {
            problems.add(id + ": an empty earlierService is left out");
        }
        List<String> decorations = new ArrayList<>();
        member.path("decorations").forEach(code -> decorations.add(code.asText()));
        if (!DECORATIONS.containsAll(decorations) || Set.copyOf(decorations).size() != decorations.size()
                || (member.has("decorations") && decorations.isEmpty())) {
            problems.add(id + ": decorations " + member.get("decorations"));
        }
        if (member.has("cases") && (member.path("earlierService").isEmpty()
                || !casesProblems(member.get("cases")).isEmpty())) {
            problems.add(id + ": cases " + member.get("cases"));
        }
        return problems;
    }

    /** The flags of a person's {@code cases}, in the order the sample writes them. */
    static final List<String> CASES = List.of("underDiscipline", "pendingDiscipline", "underInvestigation",
            "pendingInspection", "pendingComplaint", "pressCorruption");

    /** @return what breaks a person's {@code cases}: not the six booleans of {@link #CASES} in order */
    static List<String> casesProblems(JsonNode cases) {
        List<String> names = new ArrayList<>();
        cases.fieldNames().forEachRemaining(names::add);
        List<String> problems = new ArrayList<>();
        if (!names.equals(CASES)) {
            problems.add("fields " + names);
        }
        cases.forEach(value -> {
            if (!value.isBoolean()) {
                problems.add("not a boolean " + value);
            }
        });
        return problems;
    }

    /** @return whether a person's {@code cases} has a pending case or a discipline */
    static boolean anyCase(JsonNode cases) {
        for (JsonNode value : cases) {
            if (value.asBoolean()) {
                return true;
            }
        }
        return false;
    }

    private static void checkTasks(String id, JsonNode node, List<String> problems) {
        JsonNode assigned = node.get("tasksAssigned");
        JsonNode done = node.get("tasksDone");
        if (!assigned.isInt() || !done.isInt() || assigned.asInt() <= 0 || done.asInt() < 0
                || done.asInt() > assigned.asInt()) {
            problems.add(id + ": tasks " + done + "/" + assigned);
        }
    }

    /**
     * @param dataset a dataset with {@code securityTeams}
     * @return the counts of the README: Tổ under complaint and by the band of their tasks; members joined on the day
     *         their Tổ was set up or later, with a breach, disciplined, under complaint, by band, at 95% exactly;
     *         members with earlier service, periods by kind, in doubled areas, members with two periods or more;
     *         decorations; not assessed well; in compulsory education
     */
    static Map<String, Long> tally(JsonNode dataset) {
        Map<String, Long> tally = new LinkedHashMap<>();
        List<JsonNode> teams = new ArrayList<>();
        List<JsonNode> members = new ArrayList<>();
        List<JsonNode> periods = new ArrayList<>();
        for (JsonNode team : dataset.get("securityTeams")) {
            teams.add(team);
            for (JsonNode member : team.get("members")) {
                members.add(member);
                member.path("earlierService").forEach(periods::add);
            }
        }
        tally.put("teams under complaint", teams.stream().filter(t -> t.get("underComplaint").asBoolean()).count());
        for (String band : List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED")) {
            tally.put("teams " + band, teams.stream().filter(t -> band(t).equals(band)).count());
        }
        tally.put("teams at 95% exactly", teams.stream().filter(DutyAndServiceChecks::atNinetyFive).count());
        tally.put("members", (long) members.size());
        tally.put("joined later", members.stream().filter(m -> !m.get("joined").asText().equals("2024-07-01"))
                .count());
        tally.put("with a breach", members.stream().filter(m -> m.get("breaches").asInt() > 0).count());
        tally.put("disciplined", members.stream().filter(m -> m.get("disciplined").asBoolean()).count());
        tally.put("members under complaint", members.stream().filter(m -> m.get("underComplaint").asBoolean())
                .count());
        for (String band : List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED")) {
            tally.put("members " + band, members.stream().filter(m -> band(m).equals(band)).count());
        }
        tally.put("members at 95% exactly", members.stream().filter(DutyAndServiceChecks::atNinetyFive).count());
        tally.put("with earlier service", members.stream().filter(m -> m.has("earlierService")).count());
        tally.put("with two periods or more", members.stream().filter(m -> m.path("earlierService").size() > 1)
                .count());
        for (String kind : List.of("CIVIL_DEFENCE", "PART_TIME_COMMUNE_POLICE", "SECURITY_TEAM")) {
            tally.put("periods " + kind, periods.stream().filter(p -> p.get("kind").asText().equals(kind)).count());
        }
        for (String area : List.of("ESPECIALLY_DIFFICULT", "BORDER")) {
            tally.put("periods " + area, periods.stream().filter(p -> p.get("areaType").asText().equals(area))
                    .count());
        }
        for (String decoration : List.of("KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC", "HUY_CHUONG_CHIEN_SI_VE_VANG",
                "HUY_CHUONG_VI_AN_NINH_TO_QUOC")) {
            tally.put(decoration, members.stream().filter(m -> m.path("decorations").toString()
                    .contains("\"" + decoration + "\"")).count());
        }
        tally.put("not good in service", members.stream().filter(m -> !m.get("goodInService").asBoolean()).count());
        tally.put("in compulsory education", members.stream().filter(m -> m.get("compulsoryEducation").asBoolean())
                .count());
        tally.put("cases recorded", members.stream().filter(m -> m.has("cases")).count());
        tally.put("with a case or a discipline", members.stream().filter(m -> anyCase(m.path("cases"))).count());
        return tally;
    }

    /** @return the band of the share of tasks done: above 95%, from 80%, from 50%, below */
    static String band(JsonNode node) {
        long done = node.get("tasksDone").asLong() * 100;
        long assigned = node.get("tasksAssigned").asLong();
        return done > 95 * assigned ? "EXCELLENT" : done >= 80 * assigned ? "GOOD"
                : done >= 50 * assigned ? "COMPLETED" : "NOT_COMPLETED";
    }

    private static boolean atNinetyFive(JsonNode node) {
        return node.get("tasksDone").asLong() * 100 == node.get("tasksAssigned").asLong() * 95;
    }

    private static LocalDate date(JsonNode node) {
        try {
            return node == null ? null : LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
