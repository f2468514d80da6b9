package vn.antq.rules;

import java.util.List;

/**
 * The education a member of a Tổ bảo vệ an ninh, trật tự needs, as the pack's rules chose it from the member's
 * area (Luật 30/2023/QH15 Điều 13 khoản 3: trung học cơ sở, tiểu học at the border, in the mountains …): one rule
 * per case inserts it, the eligibility rules join it and pass it to {@link Grassroots#educationAtLeast}. Which area
 * needs which level is those rules' left-hand side; this record only carries their choice.
 *
 * @param teamId      the member's team
 * @param memberId    the member
 * @param level       the least education that meets the clause (a code of {@link vn.antq.grassroots.Education})
 * @param unclearFrom a lower level that is enough in some areas, when the member's area is not known (a member at or
 *                    above it, below {@code level}, is unknown); null when the area is known
 * @param basis       the parameters the choosing rule matched, in the order the conclusion lists them
 * @since 0.9
 */
public record EducationRequirement(String teamId, String memberId, Param level, Param unclearFrom,
                                   List<Param> basis) {

    /** Copies the list. */
    public EducationRequirement {
        basis = List.copyOf(basis);
    }

    /**
     * @param member the member
     * @param level  the least education
     * @param basis  the parameters the rule matched
     * @return the requirement of a member whose area the rule knew
     */
    public static EducationRequirement of(MemberFact member, Param level, Param... basis) {
        return new EducationRequirement(member.teamId(), member.member().id(), level, null, List.of(basis));
    }

    /**
     * @param member      the member
     * @param level       the least education where the lower one is not enough
     * @param unclearFrom the lower level enough in some areas
     * @param basis       the parameters the rule matched
     * @return the requirement of a member whose area is not known
     */
    public static EducationRequirement areaUnknown(MemberFact member, Param level, Param unclearFrom,
                                                   Param... basis) {
        return new EducationRequirement(member.teamId(), member.member().id(), level, unclearFrom, List.of(basis));
    }

    /** @return the team (for DRL property access) */
    public String getTeamId() {
        return teamId;
    }

    /** @return the member (for DRL property access) */
    public String getMemberId() {
        return memberId;
    }
}
