package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.commendation.Decoration;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.ServiceKind;
import vn.antq.grassroots.ServicePeriod;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamRole;

/**
 * Reads the top-level {@code securityTeams} array into drafts, recording a problem for every field that is
 * missing or has the wrong shape: a team's {@code id} (text), {@code areas} (an array of unit ids) and
 * {@code members} (an array of objects) are required, {@code established} (a date) is optional; a member's
 * {@code id}, {@code name} (text) and {@code role} (a {@link TeamRole} name) are required, {@code birthDate} and
 * {@code residentSince} (dates), {@code gender} ({@code MALE} or {@code FEMALE}), {@code education} (an
 * {@link Education} name), {@code areaType} (an {@link AreaType} name) and {@code overSeventyDecision},
 * {@code prosecuted}, {@code sanctioned}, {@code healthCertified}, {@code residesRegularly}, {@code overSeventyFit}
 * (booleans) and {@code pastSentence}, {@code pastAdministrativeMeasure} (a {@link PastSanction} name) are optional,
 * and so are a team's {@code supportClass} (1, 2 or 3) and the rating data ({@code joined} a
 * date; {@code tasksAssigned}, {@code tasksDone}, {@code breaches} whole numbers ≥ 0; {@code disciplined},
 * {@code underComplaint} booleans; a team's {@code tasksAssigned}, {@code tasksDone}, {@code underComplaint})
 * and the medal data ({@code earlierService} periods of kind, from, to and area type; {@code decorations} codes;
 * {@code goodInService}, {@code compulsoryEducation} booleans; the {@code cases} object of {@link CasesParser}).
 * That the ids are well-formed and unique, the
 * areas are residential areas of the dataset covered by one team only, the name is not blank and the birth
 * date lies before the reference date is left to {@link SecurityTeamChecks}.
 */
final class SecurityTeamParser {
    /** What a valid {@code areas} looks like, as a problem's {@code expected}. */
    static final String AREAS_EXPECTED = "a non-empty array of ids of residential areas (RESIDENTIAL_AREA)";

    /** The team's field giving the class of its area for the monthly support. */
    static final String SUPPORT_CLASS = "supportClass";
    /** What a valid {@code supportClass} looks like, as a problem's {@code expected}. */
    static final String SUPPORT_CLASS_EXPECTED = "1, 2 or 3 (loại 1, 2, 3 of the area)";
    private static final int HIGHEST_CLASS = 3;
    private static final Set<String> TEAM_FIELDS = Set.of("id", SecurityTeamDraft.AREAS, "established",
            TeamMemberDraft.FIELD, "tasksAssigned", "tasksDone", "underComplaint", SUPPORT_CLASS);
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "name", "role", "birthDate", "gender",
            "education", "residentSince", "areaType", "overSeventyDecision", "prosecuted", "sanctioned", "joined",
            "tasksAssigned", "tasksDone", "breaches", "disciplined", "underComplaint", "earlierService",
            "decorations", "goodInService", "compulsoryEducation", "healthCertified", "pastSentence",
            "pastAdministrativeMeasure", "residesRegularly", "overSeventyFit", CasesParser.FIELD);
    private static final Set<String> SERVICE_FIELDS = Set.of("kind", "from", "to", "areaType");

    /** The codes of {@code gender}. */
    private enum Gender {
        MALE, FEMALE
    }

    private SecurityTeamParser() {
    }

    /**
     * @param dataset  the top-level fields
     * @param findings where problems and warnings go
     * @return a draft for every element of {@code securityTeams} that is an object, in dataset order; empty
     *         when the field is absent
     */
    static List<SecurityTeamDraft> parseAll(FieldReader dataset, Findings findings) {
        JsonNode teams = dataset.value(SecurityTeamDraft.FIELD);
        if (teams == null) {
            return List.of();
        }
        if (!teams.isArray()) {
            dataset.problem(SecurityTeamDraft.FIELD, "an array of security teams", JsonValues.describe(teams));
            return List.of();
        }
        List<SecurityTeamDraft> drafts = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            JsonNode team = teams.get(i);
            if (team.isObject()) {
                drafts.add(parse(i, team, findings));
            } else {
                findings.problem(SecurityTeamDraft.field(i), "security team",
                        "an object with id, areas and members", JsonValues.describe(team));
            }
        }
        return drafts;
    }

    private static SecurityTeamDraft parse(int index, JsonNode team, Findings findings) {
        JsonNode idNode = team.get("id");
        String location = SecurityTeamDraft.location(index, idNode != null && idNode.isTextual()
                ? idNode.textValue() : null);
        FieldReader fields = new FieldReader(team, location, "", findings);
        String id = fields.text("id", true, UnitDraft.ID_EXPECTED);
        List<String> areas = areas(fields);
        LocalDate established = fields.date("established", false);
        List<TeamMemberDraft> members = members(fields, findings);
        DutyRecord duty = new DutyRecord(fields.count("tasksAssigned"), fields.count("tasksDone"), null, null,
                fields.flag("underComplaint"));
        Integer supportClass = supportClass(fields);
        fields.warnUnknownFields(TEAM_FIELDS, "antq-dataset/1 security team");
        return new SecurityTeamDraft(index, id, areas, established, members, duty, supportClass);
    }

    /** @return the class of the team's area, 1 to 3, or null when absent or not one (a problem is then recorded) */
    private static Integer supportClass(FieldReader fields) {
        JsonNode node = fields.value(SUPPORT_CLASS);
        if (node == null) {
            return null;
        }
        Long value = JsonValues.wholeNumber(node, 1, HIGHEST_CLASS);
        if (value == null) {
            fields.problem(SUPPORT_CLASS, SUPPORT_CLASS_EXPECTED, JsonValues.describe(node));
            return null;
        }
        return value.intValue();
    }

    /** @return the listed ids, null where an element is not text; null when the field is not an array */
    private static List<String> areas(FieldReader fields) {
        JsonNode areas = fields.value(SecurityTeamDraft.AREAS);
        if (areas == null || !areas.isArray()) {
            fields.problem(SecurityTeamDraft.AREAS, AREAS_EXPECTED, fields.describe(SecurityTeamDraft.AREAS));
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < areas.size(); k++) {
            JsonNode element = areas.get(k);
            if (element.isTextual()) {
                ids.add(element.textValue());
            } else {
                fields.problem(SecurityTeamDraft.AREAS + "[" + k + "]", SecurityTeamChecks.AREA_EXPECTED,
                        JsonValues.describe(element));
                ids.add(null);
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /** @return the members that are objects, in dataset order; null when the field is not an array */
    private static List<TeamMemberDraft> members(FieldReader team, Findings findings) {
        JsonNode members = team.value(TeamMemberDraft.FIELD);
        if (members == null || !members.isArray()) {
            team.problem(TeamMemberDraft.FIELD, "an array of members (may be empty)",
                    team.describe(TeamMemberDraft.FIELD));
            return null;
        }
        List<TeamMemberDraft> drafts = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            JsonNode member = members.get(k);
            if (member.isObject()) {
                drafts.add(parseMember(k, member, team.location(), findings));
            } else {
                team.problem(TeamMemberDraft.field(k), "an object with id, name and role",
                        JsonValues.describe(member));
            }
        }
        return drafts;
    }

    private static TeamMemberDraft parseMember(int index, JsonNode member, String location, Findings findings) {
        FieldReader fields = new FieldReader(member, location, TeamMemberDraft.field(index) + ".", findings);
        String id = fields.text("id", true, UnitDraft.ID_EXPECTED);
        String name = fields.text("name", true, UnitChecks.NAME_EXPECTED);
        TeamRole role = fields.oneOf("role", true, TeamRole.class);
        LocalDate birthDate = fields.date("birthDate", false);
        Gender gender = fields.oneOf("gender", false, Gender.class);
        Education education = fields.oneOf("education", false, Education.class);
        LocalDate residentSince = fields.date("residentSince", false);
        AreaType areaType = fields.oneOf("areaType", false, AreaType.class);
        Boolean overSeventyDecision = fields.flag("overSeventyDecision");
        Boolean prosecuted = fields.flag("prosecuted");
        Boolean sanctioned = fields.flag("sanctioned");
        LocalDate joined = fields.date("joined", false);
        DutyRecord duty = new DutyRecord(fields.count("tasksAssigned"), fields.count("tasksDone"),
                fields.count("breaches"), fields.flag("disciplined"), fields.flag("underComplaint"));
        ServiceRecord service = new ServiceRecord(earlierService(fields),
                fields.codes("decorations", Decoration.class), fields.flag("goodInService"),
                fields.flag("compulsoryEducation"), CasesParser.parse(fields));
        Boolean healthCertified = fields.flag("healthCertified");
        PastSanction pastSentence = fields.oneOf("pastSentence", false, PastSanction.class);
        PastSanction pastMeasure = fields.oneOf("pastAdministrativeMeasure", false, PastSanction.class);
        Boolean residesRegularly = fields.flag("residesRegularly");
        Boolean overSeventyFit = fields.flag("overSeventyFit");
        fields.warnUnknownFields(MEMBER_FIELDS, "antq-dataset/1 security team member");
        return new TeamMemberDraft(index, id, name, role, birthDate, gender == null ? null : gender == Gender.FEMALE,
                education, residentSince, areaType, overSeventyDecision, prosecuted, sanctioned, joined, duty,
                service, healthCertified, pastSentence, pastMeasure, residesRegularly, overSeventyFit);
    }

    /** @return the periods of {@code earlierService} whose kind, from and to could be read */
    private static List<ServicePeriod> earlierService(FieldReader member) {
        List<ServicePeriod> periods = new ArrayList<>();
        for (Map.Entry<String, JsonNode> element : member.objects("earlierService")) {
            FieldReader fields = member.nested(element);
            ServiceKind kind = fields.oneOf("kind", true, ServiceKind.class);
            LocalDate from = fields.date("from", true);
            LocalDate to = fields.date("to", true);
            AreaType areaType = fields.oneOf("areaType", false, AreaType.class);
            fields.warnUnknownFields(SERVICE_FIELDS, "antq-dataset/1 earlier service");
            if (kind != null && from != null && to != null) {
                if (to.isBefore(from)) {
                    fields.problem("to", "a day on or after from " + from, to.toString());
                } else {
                    periods.add(new ServicePeriod(kind, from, to, areaType));
                }
            }
        }
        return periods;
    }
}
