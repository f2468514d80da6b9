package vn.antq.samples;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks, independently of the generator, that a sample shows what the rules must get right for its year: every
 * criterion of the standard failing somewhere, and the edge cases that must not fail.
 */
final class StandardChecks {
    private static final Set<String> UNREST = Set.of("ANTI_STATE_ACTIVITY", "SABOTAGE_KEY_TARGET",
            "ILLEGAL_RELIGION_PROPAGANDA", "EXPLOITING_RELIGION_ETHNICITY", "SEPARATISM",
            "PROLONGED_INTERNAL_DISPUTE", "INCITING_MASS_COMPLAINTS");
    private static final Set<String> ACCIDENTS = Set.of("SERIOUS_FIRE_EXPLOSION", "FATAL_LABOUR_ACCIDENT",
            "SERIOUS_INCIDENT", "SERIOUS_ENVIRONMENT_FOOD_VIOLATION");

    private final List<JsonNode> units;
    private final LocalDate areaFrom;
    private final LocalDate areaTo;
    private final LocalDate otherFrom;
    private final LocalDate otherTo;

    /**
     * @param units the units to look at
     * @param year  the assessment year, which sets the windows
     */
    StandardChecks(List<JsonNode> units, int year) {
        this.units = units;
        this.areaFrom = LocalDate.of(year - 1, 11, 1);
        this.areaTo = LocalDate.of(year, 10, 31);
        this.otherFrom = LocalDate.of(year - 1, 11, 16);
        this.otherTo = LocalDate.of(year, 11, 15);
    }

    /** @return the criteria of domain.md §3 that no unit fails, empty if each fails somewhere */
    List<String> neverFailingCriteria() {
        Set<String> unregisteredParents = new HashSet<>();
        units.stream().filter(unit -> isAssessedChild(unit) && !indicator(unit, "registeredForStandard", true))
                .forEach(unit -> unregisteredParents.add(unit.get("parent").asText()));
        Map<String, Predicate<JsonNode>> criteria = new LinkedHashMap<>();
        Predicate<JsonNode> area = kindIn("RESIDENTIAL_AREA");
        criteria.put("ANTT-KDC-1 resolution", area.and(unit -> !indicator(unit, "partyResolutionQ1", true)));
        criteria.put("ANTT-KDC-1 registration", area.and(unit -> !indicator(unit, "registeredForStandard", true)));
        criteria.put("ANTT-KDC-1 households (419/420)", area.and(unit ->
                count(unit, "householdsRegistered") == count(unit, "householdsResident") - 1));
        criteria.put("ANTT-KDC-2", area.and(unit -> !indicator(unit, "policiesImplemented", true)));
        criteria.put("ANTT-KDC-3", area.and(unit -> hasEvent(unit, true, e -> UNREST.contains(type(e)))));
        criteria.put("ANTT-KDC-4a", area.and(this::offencesUp));
        criteria.put("ANTT-KDC-4b", area.and(unit -> hasEvent(unit, true, this::unhandledCrime)));
        criteria.put("ANTT-KDC-4c", area.and(unit -> count(unit, "newSocialOrderHotspots") > 0
                || count(unit, "newSocialEvilPersons") > 0 || !indicator(unit, "supervisedPersonsManaged", true)));
        criteria.put("ANTT-KDC-4d", area.and(unit -> hasEvent(unit, true, this::accident)));
        criteria.put("ANTT-KDC-5", area.and(unit -> "NOT_COMPLETED".equals(code(unit, "securityTeamRating"))
                || count(unit, "securityTeamDisciplined") > 0));
        Predicate<JsonNode> commune = kindIn("COMMUNE");
        criteria.put("ANTT-XA-1", commune.and(unit -> !indicator(unit, "partyResolutionQ1", true)
                || !indicator(unit, "peoplesCommitteePlanQ1", true) || count(unit, "effectiveModels") == 0));
        criteria.put("ANTT-XA-2", commune.and(this::offencesUp));
        criteria.put("ANTT-XA-3", commune.and(unit -> count(unit, "policeDisciplined") > 0
                || !indicator(unit, "policeProactive", true)));
        criteria.put("ANTT-XA-4 registration", commune.and(unit ->
                unregisteredParents.contains(unit.get("id").asText())));
        for (String kind : List.of("AGENCY", "ENTERPRISE", "SCHOOL")) {
            Predicate<JsonNode> organisation = kindIn(kind).and(unit -> !excluded(unit));
            criteria.put(kind + " 1 resolution", organisation.and(unit ->
                    indicator(unit, "hasPartyOrganization", false) && !indicator(unit, "partyResolutionQ1", true)));
            criteria.put(kind + " 1 staff briefed", organisation.and(unit ->
                    count(unit, "staffBriefed") < count(unit, "staffTotal")));
            criteria.put(kind + " 1 plan, rules, models", organisation.and(unit -> !indicator(unit, "planQ1", true)
                    || !indicator(unit, "internalRules", true) || count(unit, "effectiveModels") == 0));
            criteria.put(kind + " 2", organisation.and(unit -> !indicator(unit, "policiesImplemented", true)
                    || !indicator(unit, "parentCoordination", true)));
            criteria.put(kind + " 3", organisation.and(unit -> hasEvent(unit, false, e ->
                    unhandledCrime(e) || accident(e) || type(e).equals("STATE_SECRET_VIOLATION")
                            || UNREST.contains(type(e)))));
            criteria.put(kind + " security force", organisation.and(unit ->
                    Set.of("COMPLETED", "NOT_COMPLETED").contains(code(unit, "securityForceRating"))
                            || count(unit, "securityForceDisciplined") > 0));
            criteria.put(kind + " sub-units", organisation.and(unit ->
                    count(unit, "subUnitsAdvanced") * 10 < count(unit, "subUnitsTotal") * 7
                            || count(unit, "subUnitsDisciplined") > 0));
        }
        criteria.put("ANTT-CQDN-3 d strike", kindIn("ENTERPRISE").and(unit -> !excluded(unit)
                && hasEvent(unit, false, e -> type(e).equals("ILLEGAL_STRIKE"))));
        criteria.put("ANTT-CQDN-3 h staff sanctioned", kindIn("AGENCY", "ENTERPRISE").and(unit -> !excluded(unit)
                && hasEvent(unit, false, e -> type(e).equals("STAFF_SANCTIONED"))));
        criteria.put("ANTT-CSGD-2 parents", kindIn("SCHOOL").and(unit -> !excluded(unit)
                && !indicator(unit, "parentCoordination", true)));
        criteria.put("ANTT-CSGD-4", kindIn("SCHOOL").and(unit -> !excluded(unit) && hasEvent(unit, false,
                e -> type(e).equals("SCHOOL_VIOLENCE") || type(e).equals("PERSON_DISCIPLINED_CRIME_OR_EVIL"))));
        List<String> neverFailing = criteria.entrySet().stream()
                .filter(criterion -> units.stream().noneMatch(criterion.getValue()))
                .map(Map.Entry::getKey).toList();
        return neverFailing;
    }

    /** @return the edge cases that no unit shows, empty if each shows somewhere */
    List<String> missingEdgeCases() {
        Map<String, Predicate<JsonNode>> cases = new LinkedHashMap<>();
        cases.put("equal offence counts", unit -> count(unit, "crimeCount") > 0
                && count(unit, "crimeCount") == count(unit, "crimeCountPrevious"));
        cases.put("a serious crime handled promptly", unit -> hasEvent(unit, isArea(unit),
                e -> type(e).equals("SERIOUS_CRIME") && e.get("handledPromptly").asBoolean()));
        cases.put("a force-majeure fire or incident", unit -> hasEvent(unit, isArea(unit),
                e -> ACCIDENTS.contains(type(e)) && e.get("forceMajeure").asBoolean()));
        cases.put("an event on the first day of a khu dân cư window", unit -> isArea(unit)
                && dates(unit).contains(areaFrom));
        cases.put("an event on the last day of a khu dân cư window", unit -> isArea(unit)
                && dates(unit).contains(areaTo));
        cases.put("an event on the first day of another window", unit -> !isArea(unit)
                && dates(unit).contains(otherFrom));
        cases.put("an event on the last day of another window", unit -> !isArea(unit)
                && dates(unit).contains(otherTo));
        cases.put("an event the day before a window", unit -> dates(unit).contains(
                isArea(unit) ? areaFrom.minusDays(1) : otherFrom.minusDays(1)));
        cases.put("an event the day after a window", unit -> dates(unit).contains(
                isArea(unit) ? areaTo.plusDays(1) : otherTo.plusDays(1)));
        cases.put("a security force rated COMPLETED", unit -> "COMPLETED".equals(code(unit, "securityForceRating")));
        cases.put("no security force", unit -> "NONE".equals(code(unit, "securityForceRating")));
        cases.put("no Party organisation", unit -> !indicator(unit, "hasPartyOrganization", true));
        cases.put("exactly 70% of sub-units advanced", unit -> count(unit, "subUnitsTotal") > 0
                && count(unit, "subUnitsAdvanced") * 10 == count(unit, "subUnitsTotal") * 7);
        cases.put("a small or micro enterprise", unit -> Set.of("SMALL", "MICRO").contains(code(unit, "size")));
        cases.put("an armed-forces agency", unit -> indicator(unit, "armedForces", false));
        for (String score : List.of("90", "89.99", "70", "50")) {
            cases.put("movement score " + score, unit -> unit.path("indicators").has("movementScore")
                    && unit.get("indicators").get("movementScore").decimalValue().compareTo(
                    new BigDecimal(score)) == 0);
        }
        List<String> missing = cases.entrySet().stream()
                .filter(edge -> units.stream().noneMatch(edge.getValue()))
                .map(Map.Entry::getKey).toList();
        return missing;
    }

    static Predicate<JsonNode> kindIn(String... kinds) {
        Set<String> set = Set.of(kinds);
        return unit -> set.contains(unit.get("kind").asText());
    }

    static boolean excluded(JsonNode unit) {
        JsonNode indicators = unit.path("indicators");
        return indicators.path("armedForces").asBoolean(false)
                || Set.of("MICRO", "SMALL").contains(indicators.path("size").asText())
                || Set.of("NURSERY", "KINDERGARTEN", "PRIMARY").contains(indicators.path("level").asText());
    }

    private static boolean isArea(JsonNode unit) {
        return unit.get("kind").asText().equals("RESIDENTIAL_AREA");
    }

    private static boolean isAssessedChild(JsonNode unit) {
        return Set.of("RESIDENTIAL_AREA", "AGENCY", "ENTERPRISE", "SCHOOL").contains(unit.get("kind").asText())
                && !excluded(unit);
    }

    private static boolean indicator(JsonNode unit, String name, boolean absent) {
        JsonNode value = unit.path("indicators").get(name);
        return value == null ? absent : value.asBoolean();
    }

    private static int count(JsonNode unit, String name) {
        return unit.path("indicators").path(name).asInt(0);
    }

    private static String code(JsonNode unit, String name) {
        return unit.path("indicators").path(name).asText();
    }

    private boolean offencesUp(JsonNode unit) {
        return count(unit, "crimeCount") > count(unit, "crimeCountPrevious")
                || count(unit, "socialEvilCount") > count(unit, "socialEvilCountPrevious")
                || count(unit, "otherViolationCount") > count(unit, "otherViolationCountPrevious");
    }

    private static String type(JsonNode event) {
        return event.get("type").asText();
    }

    private boolean unhandledCrime(JsonNode event) {
        return type(event).equals("SERIOUS_CRIME") && !event.get("forceMajeure").asBoolean()
                && !event.get("handledPromptly").asBoolean();
    }

    private boolean accident(JsonNode event) {
        return ACCIDENTS.contains(type(event)) && !event.get("forceMajeure").asBoolean();
    }

    private boolean hasEvent(JsonNode unit, boolean areaWindow, Predicate<JsonNode> test) {
        LocalDate from = areaWindow ? areaFrom : otherFrom;
        LocalDate to = areaWindow ? areaTo : otherTo;
        for (JsonNode event : unit.path("events")) {
            LocalDate date = LocalDate.parse(event.get("date").asText());
            if (!date.isBefore(from) && !date.isAfter(to) && test.test(event)) {
                return true;
            }
        }
        return false;
    }

    private static Set<LocalDate> dates(JsonNode unit) {
        Set<LocalDate> dates = new HashSet<>();
        unit.path("events").forEach(event -> dates.add(LocalDate.parse(event.get("date").asText())));
        return dates;
    }
}
