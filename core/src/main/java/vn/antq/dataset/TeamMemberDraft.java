package vn.antq.dataset;

import java.time.LocalDate;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.ServiceRecord;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;

/**
 * A member of a security team as the checks see it: the fields of {@link TeamMember} plus its index in the
 * team's {@code members} array, where any field may be missing because the file did not give a valid value
 * for it.
 *
 * @param index               position in the team's {@code members} array
 * @param id                  the id as given, or null when missing or not text
 * @param name                the name as given, or null when missing or not text
 * @param role                the role, or null when missing or unknown
 * @param birthDate           date of birth, or null when absent or not a date
 * @param female              true for {@code FEMALE}, false for {@code MALE}, or null when absent or unknown
 * @param education           the education, or null when absent or unknown
 * @param residentSince       first day of residence, or null when absent or not a date
 * @param areaType            the kind of area, or null when absent or unknown
 * @param overSeventyDecision kept over 70 by decision, or null when absent or not a boolean
 * @param prosecuted          under prosecution, or null when absent or not a boolean
 * @param sanctioned          serving a sentence or measure, or null when absent or not a boolean
 * @param joined              first day in the team, or null when absent or not a date
 * @param duty                the rating window's record, its fields null where absent or invalid
 * @param service             earlier service and decorations, without the elements that could not be read
 * @param healthCertified     certified fit by a health facility, or null when absent or not a boolean
 * @param pastSentence        what remains of a sentence served, or null when absent or unknown
 * @param pastAdministrativeMeasure what remains of an administrative measure served, or null when absent or unknown
 * @param residesRegularly    lives regularly where they applied, or null when absent or not a boolean
 * @param overSeventyFit      health ensured over 70, or null when absent or not a boolean
 */
record TeamMemberDraft(
        int index,
        String id,
        String name,
        TeamRole role,
        LocalDate birthDate,
        Boolean female,
        Education education,
        LocalDate residentSince,
        AreaType areaType,
        Boolean overSeventyDecision,
        Boolean prosecuted,
        Boolean sanctioned,
        LocalDate joined,
        DutyRecord duty,
        ServiceRecord service,
        Boolean healthCertified,
        PastSanction pastSentence,
        PastSanction pastAdministrativeMeasure,
        Boolean residesRegularly,
        Boolean overSeventyFit) {

    /** The team's field holding its members. */
    static final String FIELD = "members";

    /**
     * @param index  position in the team
     * @param member a typed member
     * @return the draft holding its fields
     */
    static TeamMemberDraft of(int index, TeamMember member) {
        return new TeamMemberDraft(index, member.id(), member.name(), member.role(), member.birthDate(),
                member.female(), member.education(), member.residentSince(), member.areaType(),
                member.overSeventyDecision(), member.prosecuted(), member.sanctioned(), member.joined(),
                member.duty(), member.service(), member.healthCertified(), member.pastSentence(),
                member.pastAdministrativeMeasure(), member.residesRegularly(), member.overSeventyFit());
    }

    /**
     * @param index position in the team
     * @return the member's name, e.g. {@code members[2]}
     */
    static String field(int index) {
        return FIELD + "[" + index + "]";
    }

    /** @return the member's name, e.g. {@code members[2]}, put before its field names in problems */
    String field() {
        return field(index);
    }

    /** @return the typed member; only called once every required field is known to be present */
    TeamMember toTeamMember() {
        return new TeamMember(id, name, role, birthDate, female, education, residentSince, areaType,
                overSeventyDecision, prosecuted, sanctioned, joined, duty, service, healthCertified, pastSentence,
                pastAdministrativeMeasure, residesRegularly, overSeventyFit);
    }
}
