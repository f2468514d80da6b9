package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary grassroots rules use for Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15): a member's
 * eligibility (Điều 13), a team's staffing (Điều 14, the province's parameters) and a member's monthly
 * support (the province's coefficients × lương cơ sở). Missing data gives UNKNOWN, never a guess.
 *
 * <pre>{@code
 * insert( Grassroots.member(drools.getRule().getName(), $m, params)
 *             .ageBetween("l30.age.min", "l30.age.max").educationAtLeast("l30.education.min", "l30.education.primaryAreas")
 *             .residentAtLeast("l30.residence.minYears").clearRecord().done() );
 * }</pre>
 *
 * @since 0.1
 */
public final class Grassroots {
    private final String ruleId;
    private final String teamId;
    private final TeamMember member;
    private final TeamFact team;
    private final LocalDate day;
    private final Params params;
    private final List<String> reasons = new ArrayList<>();
    private final ParameterTrail used;
    private Verdict verdict = Verdict.MET;
    private String actual = "";
    private String required = "";
    private BigDecimal amount;

    private Grassroots(String ruleId, String teamId, TeamMember member, TeamFact team, LocalDate day, Params params) {
        this.ruleId = ruleId;
        this.teamId = teamId;
        this.member = member;
        this.team = team;
        this.day = day;
        this.params = params;
        this.used = new ParameterTrail(params);
    }

    /** @param ruleId rule id @param fact the member @param params the global {@code params} @return a check */
    public static Grassroots member(String ruleId, MemberFact fact, Params params) {
        return new Grassroots(ruleId, fact.teamId(), fact.member(), null, fact.referenceDate(), params);
    }

    /** @param ruleId rule id @param fact the team @param params the global {@code params} @return a check */
    public static Grassroots team(String ruleId, TeamFact fact, Params params) {
        return new Grassroots(ruleId, fact.team().id(), null, fact, null, params);
    }

    /**
     * Aged from {@code min} (the birthday included) to {@code max} (until that birthday, included); older
     * only with the commune chairman's decision ({@code overSeventyDecision}).
     *
     * @param min parameter id of the youngest age
     * @param max parameter id of the oldest age without a decision
     * @return this
     */
    public Grassroots ageBetween(String min, String max) {
        if (member.birthDate() == null) {
            return unknown("ngày sinh chưa có số liệu");
        }
        int youngest = used.decimal(min).intValue();
        int oldest = used.decimal(max).intValue();
        if (member.birthDate().plusYears(youngest).isAfter(day)) {
            return fail("chưa đủ " + youngest + " tuổi");
        }
        if (member.birthDate().plusYears(oldest).isBefore(day)) {
            if (member.overSeventyDecision() == null || !member.overSeventyDecision()) {
                return fail("trên " + oldest + " tuổi, không có quyết định của Chủ tịch UBND cấp xã");
            }
        }
        return this;
    }

    /**
     * @param min       parameter id of the lowest education (a code of {@link Education})
     * @param areasId   parameter id of the areas where primary school is enough
     * @return this
     */
    public Grassroots educationAtLeast(String min, String areasId) {
        if (member.education() == null) {
            return unknown("trình độ học vấn chưa có số liệu");
        }
        Education needed = Education.valueOf(used.get(min).codes().get(0));
        List<String> areas = used.codes(areasId);
        AreaType area = member.areaType();
        if (needed.compareTo(Education.PRIMARY) > 0 && area != null && areas.contains(area.name())) {
            needed = Education.PRIMARY;
        }
        if (member.education().compareTo(needed) < 0) {
            return area == null && member.education() == Education.PRIMARY
                    ? unknown("học vấn tiểu học, chưa rõ địa bàn") : fail("trình độ học vấn dưới mức quy định");
        }
        return this;
    }

    /** @param minYears parameter id of the shortest residence, in years @return this */
    public Grassroots residentAtLeast(String minYears) {
        if (member.residentSince() == null) {
            return unknown("thời gian cư trú chưa có số liệu");
        }
        int years = used.decimal(minYears).intValue();
        if (member.residentSince().plusYears(years).isAfter(day)) {
            return fail("cư trú chưa đủ " + years + " năm");
        }
        return this;
    }

    /** Not under prosecution, not serving a sentence or an administrative measure. @return this */
    public Grassroots clearRecord() {
        if (Boolean.TRUE.equals(member.prosecuted())) {
            fail("đang bị truy cứu trách nhiệm hình sự");
        }
        if (Boolean.TRUE.equals(member.sanctioned())) {
            fail("đang chấp hành án hoặc biện pháp xử lý hành chính");
        }
        if (member.prosecuted() == null || member.sanctioned() == null) {
            unknown("lý lịch tư pháp chưa có số liệu");
        }
        return this;
    }

    /**
     * The team's members per role equal the province's staffing ({@link Staffing}).
     *
     * @param prefix parameter id prefix of the staffing
     * @return this
     */
    public Grassroots staffed(String prefix) {
        long leaders = used.decimal(prefix + ".leaders").longValue();
        long deputies = used.decimal(prefix + ".deputies").longValue();
        for (String suffix : new String[] {".members", ".members.large", ".largeFromHouseholds." + team.areaType()}) {
            if (params.has(prefix + suffix)) {
                used.note(prefix + suffix);
            }
        }
        Long members = Staffing.requiredMembers(params, prefix, team.areaType(), team.households());
        SecurityTeam t = team.team();
        long[] counts = new long[3];
        t.members().forEach(m -> counts[m.role().ordinal()]++);
        actual = TeamRole.LEADER.labelVi() + " " + counts[0] + ", " + TeamRole.DEPUTY.labelVi() + " " + counts[1]
                + ", " + TeamRole.MEMBER.labelVi() + " " + counts[2];
        required = TeamRole.LEADER.labelVi() + " " + leaders + ", " + TeamRole.DEPUTY.labelVi() + " " + deputies
                + ", " + TeamRole.MEMBER.labelVi() + " " + (members == null ? "?" : members);
        if (members == null) {
            return unknown("số hộ của khu dân cư chưa có số liệu");
        }
        if (counts[0] != leaders || counts[1] != deputies || counts[2] != members) {
            fail("không đúng định biên");
        }
        return this;
    }

    /**
     * The monthly support: the role's coefficient ({@code <coefficients>.<ROLE>}) × lương cơ sở.
     *
     * @param coefficients parameter id prefix of the coefficients
     * @param baseSalary   parameter id of lương cơ sở (dated)
     * @return this
     */
    public Grassroots monthlySupport(String coefficients, String baseSalary) {
        BigDecimal coefficient = used.decimal(coefficients + "." + member.role().name());
        amount = coefficient.multiply(used.decimal(baseSalary)).setScale(0, RoundingMode.HALF_UP);
        actual = coefficient.stripTrailingZeros().toPlainString().replace('.', ',') + " × lương cơ sở";
        return this;
    }

    /** @return the conclusion to insert */
    public GrassrootsFact done() {
        return new GrassrootsFact(ruleId, teamId, member == null ? null : member.id(), verdict, actual, required,
                reasons, amount, used.ids());
    }

    private Grassroots fail(String reason) {
        verdict = verdict.and(Verdict.NOT_MET);
        reasons.add(reason);
        return this;
    }

    private Grassroots unknown(String reason) {
        verdict = verdict.and(Verdict.UNKNOWN);
        reasons.add(reason);
        return this;
    }


}
