package vn.antq.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.SecurityTeam;

/**
 * A security team (Tổ bảo vệ an ninh, trật tự) as the checks see it: the fields of {@link SecurityTeam} plus
 * its index in the dataset, where any field may be missing because the file did not give a valid value for it.
 *
 * @param index       position in the dataset's {@code securityTeams} array
 * @param id          the id as given, or null when missing or not text
 * @param areaIds     the unit ids listed in {@code areas}, with null where an element is not text; null when
 *                    {@code areas} is missing or not an array
 * @param established the day it was established, or null when absent or not a date
 * @param members     the entries of {@code members} that are objects, in dataset order; null when
 *                    {@code members} is missing or not an array
 * @param duty        the team's record in the rating window, its fields null where absent or invalid
 * @param supportClass the class of its area (1, 2 or 3), or null when absent or invalid
 */
record SecurityTeamDraft(int index, String id, List<String> areaIds, LocalDate established,
                         List<TeamMemberDraft> members, DutyRecord duty, Integer supportClass) {

    /** The top-level field holding the security teams. */
    static final String FIELD = "securityTeams";
    /** The team's field listing the residential areas it covers. */
    static final String AREAS = "areas";

    /**
     * @param index position in the dataset
     * @param team  a typed team
     * @return the draft holding its fields
     */
    static SecurityTeamDraft of(int index, SecurityTeam team) {
        List<TeamMemberDraft> members = IntStream.range(0, team.members().size())
                .mapToObj(k -> TeamMemberDraft.of(k, team.members().get(k)))
                .toList();
        return new SecurityTeamDraft(index, team.id(), team.areaIds(), team.established(), members, team.duty(),
                team.supportClass());
    }

    /**
     * @param index position in the dataset
     * @param id    the id as given, or null
     * @return the id when it is well-formed, else {@code securityTeams[index]}
     */
    static String location(int index, String id) {
        return UnitDraft.isWellFormedId(id) ? id : field(index);
    }

    /**
     * @param index position in the dataset
     * @return the team's name, e.g. {@code securityTeams[3]}
     */
    static String field(int index) {
        return FIELD + "[" + index + "]";
    }

    /** @return where problems of this team and its members are reported: its id, or {@code securityTeams[index]} */
    String location() {
        return location(index, id);
    }

    /** @return the team's name, e.g. {@code securityTeams[3]} */
    String field() {
        return field(index);
    }

    /** @return the typed team; only called once every required field is known to be present */
    SecurityTeam toSecurityTeam() {
        return new SecurityTeam(id, areaIds, established,
                members.stream().map(TeamMemberDraft::toTeamMember).toList(), duty, supportClass);
    }
}
