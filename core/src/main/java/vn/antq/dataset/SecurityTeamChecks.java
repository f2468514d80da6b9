package vn.antq.dataset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.ServicePeriod;
import vn.antq.unit.UnitKind;

/**
 * Checks the security teams and their members, each on its own and against the units and the reference date:
 * a well-formed team id that no other team has (it may equal a unit id); a non-empty list of residential
 * areas of the dataset without repeats, each covered by this team only; member ids that are well-formed and
 * unique across all teams; a name that is not blank; a birth date before the reference date; a first day in
 * the team on or before it; tasks done at most tasks assigned; earlier service periods that overlap neither
 * each other nor the time in the team (they end before {@code joined}).
 */
final class SecurityTeamChecks {
    /** What a valid element of {@code areas} looks like, as a problem's {@code expected}. */
    static final String AREA_EXPECTED = "the id of a residential area (RESIDENTIAL_AREA) of this dataset";

    private SecurityTeamChecks() {
    }

    /**
     * @param teams         every security team of the dataset, in dataset order
     * @param units         the dataset's units by id ({@link UnitDraft#byId})
     * @param referenceDate the day the structure is read, or null when unknown (birth dates are then not
     *                      checked)
     * @param findings      where problems go
     */
    static void check(List<SecurityTeamDraft> teams, Map<String, UnitDraft> units, LocalDate referenceDate,
                      Findings findings) {
        checkIds(teams, findings);
        Map<String, SecurityTeamDraft> coveredBy = new HashMap<>();
        for (SecurityTeamDraft team : teams) {
            checkAreas(team, units, coveredBy, findings);
            checkTasks(team.location(), "", team.duty(), findings);
        }
        Map<String, String> memberIds = new HashMap<>();
        for (SecurityTeamDraft team : teams) {
            if (team.members() == null) {
                continue;
            }
            for (TeamMemberDraft member : team.members()) {
                checkMember(team, member, memberIds, referenceDate, findings);
            }
        }
    }

    private static void checkIds(List<SecurityTeamDraft> teams, Findings findings) {
        Map<String, SecurityTeamDraft> byId = new HashMap<>();
        for (SecurityTeamDraft team : teams) {
            if (team.id() != null && !UnitDraft.isWellFormedId(team.id())) {
                findings.problem(team.location(), "id", UnitDraft.ID_EXPECTED, JsonValues.quote(team.id()));
            }
            SecurityTeamDraft first = team.id() == null ? null : byId.putIfAbsent(team.id(), team);
            if (first != null) {
                findings.problem(team.location(), "id", "an id that no other security team has",
                        JsonValues.quote(team.id()) + " at " + team.field() + ", already used at " + first.field());
            }
        }
    }

    private static void checkAreas(SecurityTeamDraft team, Map<String, UnitDraft> units,
                                   Map<String, SecurityTeamDraft> coveredBy, Findings findings) {
        List<String> ids = team.areaIds();
        if (ids == null) {
            return;
        }
        if (ids.isEmpty()) {
            findings.problem(team.location(), SecurityTeamDraft.AREAS, SecurityTeamParser.AREAS_EXPECTED,
                    "an empty array");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            if (id == null) {
                continue;
            }
            String field = SecurityTeamDraft.AREAS + "[" + k + "]";
            UnitDraft unit = units.get(id);
            Integer first = seen.putIfAbsent(id, k);
            if (unit == null) {
                findings.problem(team.location(), field, AREA_EXPECTED, JsonValues.quote(id) + ", which no unit has");
            } else if (unit.kind() != null && unit.kind() != UnitKind.RESIDENTIAL_AREA) {
                findings.problem(team.location(), field, AREA_EXPECTED,
                        JsonValues.quote(id) + ", a unit of kind " + unit.kind());
            } else if (first != null) {
                findings.problem(team.location(), field, "an area not listed before",
                        JsonValues.quote(id) + ", already at " + SecurityTeamDraft.AREAS + "[" + first + "]");
            } else {
                SecurityTeamDraft other = coveredBy.putIfAbsent(id, team);
                if (other != null) {
                    findings.problem(team.location(), field, "an area that no other security team covers",
                            JsonValues.quote(id) + ", already covered by " + JsonValues.quote(other.location())
                                    + " at " + other.field());
                }
            }
        }
    }

    private static void checkMember(SecurityTeamDraft team, TeamMemberDraft member, Map<String, String> memberIds,
                                    LocalDate referenceDate, Findings findings) {
        String location = team.location();
        String prefix = member.field() + ".";
        String at = team.field() + "." + member.field();
        if (member.id() != null) {
            if (!UnitDraft.isWellFormedId(member.id())) {
                findings.problem(location, prefix + "id", UnitDraft.ID_EXPECTED, JsonValues.quote(member.id()));
            }
            String first = memberIds.putIfAbsent(member.id(), at);
            if (first != null) {
                findings.problem(location, prefix + "id", "an id that no other member of any security team has",
                        JsonValues.quote(member.id()) + " at " + at + ", already used at " + first);
            }
        }
        if (member.name() != null && member.name().isBlank()) {
            findings.problem(location, prefix + "name", UnitChecks.NAME_EXPECTED, JsonValues.quote(member.name()));
        }
        if (member.birthDate() != null && referenceDate != null && !member.birthDate().isBefore(referenceDate)) {
            findings.problem(location, prefix + "birthDate", "a date before the reference date " + referenceDate,
                    member.birthDate().toString());
        }
        if (member.joined() != null && referenceDate != null && member.joined().isAfter(referenceDate)) {
            findings.problem(location, prefix + "joined", "a date on or before the reference date " + referenceDate,
                    member.joined().toString());
        }
        checkTasks(location, prefix, member.duty(), findings);
        checkEarlierService(location, prefix, member, findings);
    }

    /** Earlier periods, in date order, overlap neither each other nor the time in this team. */
    private static void checkEarlierService(String location, String prefix, TeamMemberDraft member,
                                            Findings findings) {
        if (member.service() == null) {
            return;
        }
        List<ServicePeriod> periods = member.service().earlierService();
        for (int k = 0; k < periods.size(); k++) {
            ServicePeriod p = periods.get(k);
            String field = prefix + "earlierService[" + k + "].to";
            if (member.joined() != null && !p.to().isBefore(member.joined())) {
                findings.problem(location, field, "a day before joined " + member.joined(), p.to().toString());
            }
            for (int j = 0; j < k; j++) {
                ServicePeriod q = periods.get(j);
                if (!p.from().isAfter(q.to()) && !q.from().isAfter(p.to())) {
                    findings.problem(location, prefix + "earlierService[" + k + "].from",
                            "a period that does not overlap earlierService[" + j + "] (" + q.from() + " – "
                                    + q.to() + ")", p.from().toString());
                }
            }
        }
    }

    /** tasksDone is at most tasksAssigned. */
    private static void checkTasks(String location, String prefix, DutyRecord duty, Findings findings) {
        if (duty != null && duty.tasksAssigned() != null && duty.tasksDone() != null
                && duty.tasksDone() > duty.tasksAssigned()) {
            findings.problem(location, prefix + "tasksDone", "at most tasksAssigned (" + duty.tasksAssigned() + ")",
                    String.valueOf(duty.tasksDone()));
        }
    }
}
