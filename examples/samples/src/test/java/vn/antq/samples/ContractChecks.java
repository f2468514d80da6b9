package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules of contract.md §1 that a generated unit must keep, written out independently of the generator. A khu dân
 * cư carries the four indicators of its Tổ bảo vệ ANTT ({@link SecurityTeamChecks}) after securityTeamDisciplined:
 * three counts, and a boolean for the training. A few units of a three-tier dataset also carry, after all of these,
 * some of the {@link #PAST} indicators: five booleans for cases still open (all five, or only the true ones when the
 * unit's cases are not recorded), and the year a past discipline ended.
 * Where the Tổ bảo vệ ANTT stand in for their areas (the two-tier structure), a khu dân cư may leave out both of
 * {@link #LEFT_TO_THE_TEAM}: that is no gap.
 */
final class ContractChecks {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static final Set<String> ASSESSED = Set.of("RESIDENTIAL_AREA", "COMMUNE", "AGENCY", "ENTERPRISE", "SCHOOL");

    static final Set<String> EVENT_TYPES = Set.of("ANTI_STATE_ACTIVITY", "SABOTAGE_KEY_TARGET",
            "ILLEGAL_RELIGION_PROPAGANDA", "EXPLOITING_RELIGION_ETHNICITY", "SEPARATISM",
            "PROLONGED_INTERNAL_DISPUTE", "INCITING_MASS_COMPLAINTS", "SERIOUS_CRIME", "SERIOUS_FIRE_EXPLOSION",
            "FATAL_LABOUR_ACCIDENT", "SERIOUS_INCIDENT", "ILLEGAL_STRIKE", "STATE_SECRET_VIOLATION",
            "SERIOUS_ENVIRONMENT_FOOD_VIOLATION", "STAFF_SANCTIONED", "SCHOOL_VIOLENCE",
            "PERSON_DISCIPLINED_CRIME_OR_EVIL");

    static final Set<String> WITH_CIRCUMSTANCES = Set.of("SERIOUS_CRIME", "SERIOUS_FIRE_EXPLOSION",
            "FATAL_LABOUR_ACCIDENT", "SERIOUS_INCIDENT", "SERIOUS_ENVIRONMENT_FOOD_VIOLATION");

    static final Set<String> GENERAL_EDUCATION = Set.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
            "MULTI_LEVEL_GENERAL");

    /** Optional booleans (true or false; absent when not recorded), only at the end of a unit's indicators. */
    static final List<String> PENDING = List.of("pendingDiscipline", "pendingInspection", "pendingComplaint",
            "underInvestigation", "pressCorruption");
    /** The optional indicators about a unit's past, in the order they come last in its indicators. */
    static final List<String> PAST = List.of("pendingDiscipline", "pendingInspection", "pendingComplaint",
            "disciplineEndedYear", "underInvestigation", "pressCorruption");

    /**
     * Whether an agency's, enterprise's or school's security force is staffed and trained (plan target KH67-T7):
     * booleans, only where the unit has a force ({@code securityForceRating} not {@code NONE}), last of all, in this
     * order; either may be missing.
     */
    static final List<String> FORCE = List.of("securityForceStaffed", "securityForceTrained");

    /** What a khu dân cư may leave to its Tổ bảo vệ ANTT, both together, where the Tổ stand in for their areas. */
    static final List<String> LEFT_TO_THE_TEAM = List.of("securityTeamRating", "securityTeamDisciplined");

    private static final List<String> OFFENCES = List.of("crimeCount", "crimeCountPrevious", "socialEvilCount",
            "socialEvilCountPrevious", "otherViolationCount", "otherViolationCountPrevious");
    private static final List<String> COMMON = List.of("movementScore", "documentsDeployed", "propagandaTarget",
            "propagandaReached");
    private static final List<String> ORGANISATION = List.of("partyResolutionQ1", "hasPartyOrganization", "planQ1",
            "registeredForStandard", "policiesImplemented", "effectiveModels", "internalRules", "staffTotal",
            "staffBriefed", "securityForceRating", "securityForceDisciplined", "subUnitsTotal", "subUnitsAdvanced",
            "subUnitsDisciplined");

    private static final Set<String> BOOLEANS = Set.of("partyResolutionQ1", "hasPartyOrganization",
            "peoplesCommitteePlanQ1", "planQ1", "registeredForStandard", "policiesImplemented",
            "supervisedPersonsManaged", "policeProactive", "internalRules", "parentCoordination", "documentsDeployed",
            "modelWardPolice", "armedForces", "securityTeamTrained", "followedByMinistry");
    private static final Map<String, Set<String>> CODES = Map.of(
            "securityTeamRating", Set.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"),
            "securityForceRating", Set.of("ADVANCED_COLLECTIVE", "GOOD", "EXCELLENT", "COMPLETED", "NOT_COMPLETED",
                    "NONE"),
            "size", Set.of("MICRO", "SMALL", "MEDIUM", "LARGE"),
            "level", Set.of("NURSERY", "KINDERGARTEN", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
                    "MULTI_LEVEL_GENERAL", "VOCATIONAL", "HIGHER"));
    private static final Map<String, String> AT_MOST = Map.of("householdsRegistered", "householdsResident",
            "staffBriefed", "staffTotal", "subUnitsAdvanced", "subUnitsTotal", "propagandaReached", "propagandaTarget");

    private ContractChecks() {
    }

    /**
     * @param unit       an assessed unit
     * @param teamsStand whether the Tổ bảo vệ ANTT stand in for their areas' {@link #LEFT_TO_THE_TEAM}
     * @return the indicators its kind carries, in the generator's order (the classifier first), without
     *         {@link #LEFT_TO_THE_TEAM} when the Tổ stand in and the area leaves both out
     */
    static Set<String> expectedIndicators(JsonNode unit, boolean teamsStand) {
        Set<String> expected = expectedIndicators(unit);
        if (teamsStand && LEFT_TO_THE_TEAM.stream().noneMatch(unit.path("indicators")::has)) {
            LEFT_TO_THE_TEAM.forEach(expected::remove);
        }
        return expected;
    }

    /**
     * @param unit an assessed unit
     * @return the indicators its kind carries, in the generator's order (the classifier first)
     */
    static Set<String> expectedIndicators(JsonNode unit) {
        Set<String> expected = new LinkedHashSet<>();
        JsonNode indicators = unit.path("indicators");
        switch (unit.get("kind").asText()) {
            case "RESIDENTIAL_AREA" -> {
                expected.addAll(List.of("partyResolutionQ1", "registeredForStandard", "policiesImplemented",
                        "householdsResident", "householdsRegistered"));
                expected.addAll(OFFENCES);
                expected.addAll(List.of("newSocialOrderHotspots", "newSocialEvilPersons", "supervisedPersonsManaged",
                        "securityTeamRating", "securityTeamDisciplined"));
                expected.addAll(SecurityTeamChecks.INDICATORS);
                expected.addAll(COMMON);
            }
            case "COMMUNE" -> {
                expected.addAll(List.of("partyResolutionQ1", "peoplesCommitteePlanQ1", "registeredForStandard",
                        "effectiveModels", "policiesImplemented"));
                expected.addAll(OFFENCES);
                expected.addAll(List.of("newSocialOrderHotspots", "newSocialEvilPersons", "supervisedPersonsManaged",
                        "policeDisciplined", "policeProactive"));
                expected.addAll(COMMON);
                if ("PHUONG".equals(unit.path("type").asText())) {
                    expected.add("modelWardPolice");
                }
            }
            case "AGENCY", "ENTERPRISE", "SCHOOL" -> {
                expected.add(classifier(unit));
                expected.addAll(ORGANISATION);
                if (indicators.has("followedByMinistry")) {
                    expected.add("followedByMinistry");
                }
                if (GENERAL_EDUCATION.contains(indicators.path("level").asText())) {
                    expected.add("parentCoordination");
                }
                expected.addAll(COMMON);
            }
            default -> throw new IllegalArgumentException("not assessed: " + unit);
        }
        return expected;
    }

    /**
     * @param unit an agency, enterprise or school
     * @return the indicator that classifies it
     */
    static String classifier(JsonNode unit) {
        return switch (unit.get("kind").asText()) {
            case "AGENCY" -> "armedForces";
            case "ENTERPRISE" -> "size";
            case "SCHOOL" -> "level";
            default -> throw new IllegalArgumentException("no classifier: " + unit);
        };
    }

    /**
     * @param unit an assessed unit of a three-tier dataset
     * @param year the assessment year
     * @return every breach of the contract's types, codes and ranges by its indicators and events, empty if none
     */
    static List<String> problems(JsonNode unit, int year) {
        return problems(unit, year, false);
    }

    /**
     * @param unit       an assessed unit
     * @param year       the assessment year
     * @param teamsStand whether the Tổ bảo vệ ANTT stand in for their areas' {@link #LEFT_TO_THE_TEAM}
     * @return every breach of the contract's types, codes and ranges by its indicators and events, empty if none
     */
    static List<String> problems(JsonNode unit, int year, boolean teamsStand) {
        List<String> problems = new ArrayList<>();
        String id = unit.get("id").asText();
        JsonNode indicators = unit.path("indicators");
        Set<String> expected = expectedIndicators(unit, teamsStand);
        int lastPast = -1;
        int lastForce = -1;
        for (Iterator<String> names = indicators.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = indicators.get(name);
            if (FORCE.contains(name)) {
                if (FORCE.indexOf(name) <= lastForce) {
                    problems.add(id + ": " + name + " out of order");
                }
                lastForce = FORCE.indexOf(name);
                boolean force = Set.of("AGENCY", "ENTERPRISE", "SCHOOL").contains(unit.get("kind").asText())
                        && !"NONE".equals(indicators.path("securityForceRating").asText());
                check(force && value.isBoolean(), problems, id, name, value);
            } else if (lastForce >= 0) {
                problems.add(id + ": " + name + " after the security force indicators");
            } else if (PAST.contains(name)) {
                if (PAST.indexOf(name) <= lastPast) {
                    problems.add(id + ": " + name + " out of order");
                }
                lastPast = PAST.indexOf(name);
                if (PENDING.contains(name)) {
                    check(value.isBoolean(), problems, id, name, value);
                } else {
                    check(value.isInt() && value.asInt() == year - 1, problems, id, name, value);
                }
            } else if (lastPast >= 0) {
                problems.add(id + ": " + name + " after the indicators about its past");
            } else if (!expected.contains(name)) {
                problems.add(id + ": unexpected indicator " + name);
            } else if (BOOLEANS.contains(name)) {
                check(value.isBoolean(), problems, id, name, value);
            } else if (CODES.containsKey(name)) {
                check(value.isTextual() && CODES.get(name).contains(value.asText()), problems, id, name, value);
            } else if (name.equals("movementScore")) {
                check(value.isNumber() && value.decimalValue().compareTo(BigDecimal.ZERO) >= 0
                        && value.decimalValue().compareTo(BigDecimal.valueOf(100)) <= 0
                        && value.decimalValue().stripTrailingZeros().scale() <= 2, problems, id, name, value);
            } else {
                check(value.isInt() && value.asInt() >= 0, problems, id, name, value);
            }
        }
        AT_MOST.forEach((part, whole) -> {
            if (indicators.has(part) && indicators.has(whole)
                    && indicators.get(part).asInt() > indicators.get(whole).asInt()) {
                problems.add(id + ": " + part + " " + indicators.get(part) + " > " + whole + " "
                        + indicators.get(whole));
            }
        });
        if (!unit.get("kind").asText().equals("RESIDENTIAL_AREA") && !unit.get("kind").asText().equals("COMMUNE")
                && !indicators.has(classifier(unit))) {
            problems.add(id + ": no " + classifier(unit));
        }
        int missing = 0;
        for (String name : expected) {
            if (!indicators.has(name)) {
                missing++;
            }
        }
        if (missing > 1) {
            problems.add(id + ": " + missing + " indicators missing");
        }
        for (JsonNode event : unit.path("events")) {
            problems.addAll(eventProblems(id, event, year));
        }
        return problems;
    }

    private static List<String> eventProblems(String id, JsonNode event, int year) {
        List<String> problems = new ArrayList<>();
        String type = event.path("type").asText();
        if (!EVENT_TYPES.contains(type)) {
            problems.add(id + ": unknown event type " + type);
        }
        try {
            LocalDate date = LocalDate.parse(event.path("date").asText());
            if (date.isBefore(LocalDate.of(year - 1, 10, 31)) || date.isAfter(LocalDate.of(year, 11, 16))) {
                problems.add(id + ": event far outside the windows: " + event);
            }
        } catch (DateTimeParseException e) {
            problems.add(id + ": bad event date " + event);
        }
        boolean circumstances = WITH_CIRCUMSTANCES.contains(type);
        if (circumstances != event.has("forceMajeure") || circumstances != event.has("handledPromptly")) {
            problems.add(id + ": event circumstances do not fit its type: " + event);
        }
        if (circumstances && !(event.get("forceMajeure").isBoolean() && event.get("handledPromptly").isBoolean())) {
            problems.add(id + ": event circumstances are not booleans: " + event);
        }
        return problems;
    }

    private static void check(boolean ok, List<String> problems, String id, String name, JsonNode value) {
        if (!ok) {
            problems.add(id + ": " + name + " = " + value);
        }
    }

    /**
     * @param units the units of a dataset
     * @return how many agencies, enterprises and schools carry each pair of {@link #FORCE} values, keyed
     *         "staffed trained" with "-" for a missing one ("- -" also counts the units without a force)
     */
    static Map<String, Long> forceCases(List<JsonNode> units) {
        Map<String, Long> cases = new TreeMap<>();
        for (JsonNode unit : units) {
            if (Set.of("AGENCY", "ENTERPRISE", "SCHOOL").contains(unit.get("kind").asText())) {
                JsonNode indicators = unit.path("indicators");
                String key = FORCE.stream().map(name -> indicators.has(name) ? indicators.get(name).asText() : "-")
                        .reduce((a, b) -> a + " " + b).orElseThrow();
                cases.merge(key, 1L, Long::sum);
            }
        }
        return cases;
    }

    /** How many assessed units lack data: without an events array, or missing an indicator of their kind. */
    record Gaps(long assessed, long withoutEvents, long withoutAnIndicator, long withEvents) {
        double share() {
            return (double) (withoutEvents + withoutAnIndicator) / assessed;
        }
    }

    /**
     * @param units      the units of a dataset
     * @param teamsStand whether the Tổ bảo vệ ANTT stand in for their areas' {@link #LEFT_TO_THE_TEAM}
     * @return how many of its assessed units lack data
     */
    static Gaps gaps(List<JsonNode> units, boolean teamsStand) {
        List<JsonNode> assessed = units.stream().filter(unit -> ASSESSED.contains(unit.get("kind").asText())).toList();
        long withoutEvents = assessed.stream().filter(unit -> !unit.has("events")).count();
        long withoutAnIndicator = assessed.stream().filter(unit -> !expectedIndicators(unit, teamsStand).stream()
                .allMatch(unit.get("indicators")::has)).count();
        long withEvents = assessed.stream().filter(unit -> unit.has("events") && !unit.get("events").isEmpty()).count();
        return new Gaps(assessed.size(), withoutEvents, withoutAnIndicator, withEvents);
    }
}
