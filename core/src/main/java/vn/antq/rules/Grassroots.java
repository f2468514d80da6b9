package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary grassroots rules use for Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15): a member's
 * eligibility (Điều 13), a team's staffing (Điều 14, the province's parameters) and a member's monthly
 * support (the province's coefficient of the area class and role the rule matched × lương cơ sở). Each step takes
 * the {@link Param}s its rule matched. Missing data gives UNKNOWN, never a guess; a known failure wins over missing
 * data. A {@link #clause} step names the law's words the steps after it check.
 *
 * <pre>{@code
 * insert( Grassroots.member(drools.getRule().getName(), $m)
 *             .clause("khoản 1 Điều 13: «Từ đủ 18 tuổi đến đủ 70 tuổi; …»")
 *             .ageBetween($min, $max)
 *             .clause("khoản 5 Điều 13: «Có đủ sức khỏe theo giấy chứng nhận…»").healthCertified().done() );
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
    private final Integer supportClass;
    private final List<String> reasons = new ArrayList<>();
    private final Finding finding = new Finding();
    private final ParameterTrail used = finding.used;
    private String actual = "";
    private String required = "";
    private BigDecimal amount;
    private String clause;
    private boolean support;

    private Grassroots(String ruleId, String teamId, TeamMember member, TeamFact team, LocalDate day,
                       Integer supportClass) {
        this.ruleId = ruleId;
        this.supportClass = supportClass;
        this.teamId = teamId;
        this.member = member;
        this.team = team;
        this.day = day;
    }

    /** @param ruleId rule id @param fact the member @return a check */
    public static Grassroots member(String ruleId, MemberFact fact) {
        return new Grassroots(ruleId, fact.teamId(), fact.member(), null, fact.referenceDate(), fact.supportClass());
    }

    /** @param ruleId rule id @param fact the team @return a check */
    public static Grassroots team(String ruleId, TeamFact fact) {
        return new Grassroots(ruleId, fact.team().id(), null, fact, null, null);
    }

    /**
     * The law's wording the following steps check, e.g. {@code "khoản 5 Điều 13: «Có đủ sức khỏe theo giấy chứng
     * nhận…»"}: each reason they give ends with it, so the explanation quotes the clause.
     *
     * @param wording the clause and its words, in Vietnamese
     * @return this
     */
    public Grassroots clause(String wording) {
        clause = wording;
        return this;
    }

    /**
     * Aged from {@code min} (the birthday included) to {@code max} (until that birthday, included): younger or
     * older fails, a missing birth date is unknown. Which members the rule asks this of (those not older than
     * {@code max}; the exception for older members is a rule of its own) is the rule's left-hand side.
     *
     * @param min the youngest age
     * @param max the oldest age
     * @return this
     */
    public Grassroots ageBetween(Param min, Param max) {
        if (member.birthDate() == null) {
            return unknown("ngày sinh chưa có số liệu");
        }
        int youngest = used.get(min).decimal().intValue();
        int oldest = used.get(max).decimal().intValue();
        if (member.birthDate().plusYears(youngest).isAfter(day)) {
            return fail("chưa đủ " + youngest + " tuổi");
        }
        if (member.birthDate().plusYears(oldest).isBefore(day)) {
            return fail("trên " + oldest + " tuổi");
        }
        return this;
    }

    /**
     * The commune chairman decided to keep the member ({@code overSeventyDecision}): false fails, missing is
     * unknown. The rule asks it of members older than {@code max} ({@link MemberFact#olderThan(Param)} in its
     * left-hand side); the data field keeps the name of the law's present limit.
     *
     * @param max the oldest age without a decision, for the explanation
     * @return this
     */
    public Grassroots chairmanDecidedAbove(Param max) {
        String over = "trên " + used.get(max).decimal().intValue() + " tuổi, ";
        return known(member.overSeventyDecision(), over + "không có quyết định của Chủ tịch UBND cấp xã",
                over + "chưa có số liệu về quyết định của Chủ tịch UBND cấp xã");
    }

    /**
     * The member's health is ensured ({@code overSeventyFit}): false fails, missing is unknown. The rule asks it
     * of members older than {@code max}, as {@link #chairmanDecidedAbove(Param)}.
     *
     * @param max the oldest age without a decision, for the explanation
     * @return this
     */
    public Grassroots healthEnsuredAbove(Param max) {
        String over = "trên " + used.get(max).decimal().intValue() + " tuổi, ";
        return known(member.overSeventyFit(), over + "không bảo đảm sức khỏe",
                over + "chưa có số liệu về việc bảo đảm sức khỏe");
    }

    /**
     * At least the education the member's requirement names (khoản 3 Điều 13). Which level a member needs, by the
     * member's area, is chosen by the pack's rules that insert the {@link EducationRequirement} the eligibility rule
     * joins; this only compares. When the area is not known, a member below the requirement but at or above the
     * lower level some areas accept is unknown. The conclusion lists the parameters the requirement rests on.
     *
     * @param need the requirement the rule joined for this member
     * @return this
     */
    public Grassroots educationAtLeast(EducationRequirement need) {
        if (member.education() == null) {
            return unknown("trình độ học vấn chưa có số liệu");
        }
        for (Param p : need.basis()) {
            used.get(p);
        }
        Education needed = Education.valueOf(used.get(need.level()).codes().get(0));
        if (member.education().compareTo(needed) >= 0) {
            return this;
        }
        if (need.unclearFrom() != null
                && member.education().compareTo(Education.valueOf(used.get(need.unclearFrom()).codes().get(0))) >= 0) {
            return unknown("học vấn " + level(member.education()) + ", chưa rõ địa bàn");
        }
        return fail("trình độ học vấn dưới mức quy định");
    }

    /** @return the level's Vietnamese name, for the explanation */
    private static String level(Education e) {
        return switch (e) {
            case NONE -> "chưa hết tiểu học";
            case PRIMARY -> "tiểu học";
            case LOWER_SECONDARY -> "trung học cơ sở";
            case UPPER_SECONDARY -> "trung học phổ thông";
            case HIGHER -> "trên trung học phổ thông";
        };
    }

    /** @param minYears the shortest residence, in years @return this */
    public Grassroots residentAtLeast(Param minYears) {
        if (member.residentSince() == null) {
            return unknown("thời gian cư trú chưa có số liệu");
        }
        int years = used.get(minYears).decimal().intValue();
        if (member.residentSince().plusYears(years).isAfter(day)) {
            return fail("cư trú chưa đủ " + years + " năm");
        }
        return this;
    }

    /** Lives regularly where they applied ({@code residesRegularly}). @return this */
    public Grassroots residesRegularly() {
        return known(member.residesRegularly(), "không thường xuyên sinh sống tại nơi nộp đơn",
                "chưa có số liệu về việc thường xuyên sinh sống tại nơi nộp đơn");
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
     * A court sentence served is cleared (được xóa án tích, {@link PastSanction}): NOT_CLEARED fails, missing is
     * unknown.
     *
     * @return this
     */
    public Grassroots sentenceCleared() {
        return cleared(member.pastSentence(), "đã chấp hành xong bản án nhưng chưa được xóa án tích",
                "chưa có số liệu về án tích");
    }

    /**
     * An administrative measure served has run out the period after which it counts as never applied
     * ({@link PastSanction}): NOT_CLEARED fails, missing is unknown.
     *
     * @return this
     */
    public Grassroots measureCleared() {
        return cleared(member.pastAdministrativeMeasure(),
                "chưa hết thời hạn được coi là chưa bị áp dụng biện pháp xử lý hành chính",
                "chưa có số liệu về biện pháp xử lý hành chính đã chấp hành");
    }

    /** Certified fit by a health facility ({@code healthCertified}). @return this */
    public Grassroots healthCertified() {
        return known(member.healthCertified(), "không có giấy chứng nhận đủ sức khỏe",
                "chưa có số liệu về giấy chứng nhận sức khỏe");
    }

    /**
     * The team's members per role equal the staffing the rule matched (the province's, Luật 30/2023/QH15 Điều 14).
     *
     * @param leaders  tổ trưởng required
     * @param deputies tổ phó required
     * @param members  tổ viên required
     * @return this
     */
    public Grassroots staffed(Param leaders, Param deputies, Param members) {
        long l = used.get(leaders).decimal().longValue();
        long d = used.get(deputies).decimal().longValue();
        long m = used.get(members).decimal().longValue();
        SecurityTeam t = team.team();
        long[] counts = new long[3];
        t.members().forEach(x -> counts[x.role().ordinal()]++);
        actual = TeamRole.LEADER.labelVi() + " " + counts[0] + ", " + TeamRole.DEPUTY.labelVi() + " " + counts[1]
                + ", " + TeamRole.MEMBER.labelVi() + " " + counts[2];
        required = TeamRole.LEADER.labelVi() + " " + l + ", " + TeamRole.DEPUTY.labelVi() + " " + d
                + ", " + TeamRole.MEMBER.labelVi() + " " + m;
        if (counts[0] != l || counts[1] != d || counts[2] != m) {
            fail("không đúng định biên");
        }
        return this;
    }

    /**
     * Notes a parameter the rule compared in its left-hand side (e.g. the households from which a province needs the
     * larger team), so the conclusion lists it.
     *
     * @param p the parameter
     * @return this
     */
    public Grassroots uses(Param p) {
        used.get(p);
        return this;
    }

    /**
     * The team's staffing cannot be judged, with the reason (e.g. a province sizes teams by households and the
     * dataset lacks the count): UNKNOWN. Which teams that is, is the rule's left-hand side.
     *
     * @param reason why, in Vietnamese
     * @return this
     */
    public Grassroots staffingUnknown(String reason) {
        return unknown(reason);
    }

    /**
     * The monthly support: the coefficient the rule matched for the team's area class and the member's role ×
     * lương cơ sở, in whole đồng (rounded half up: the arithmetic of an amount of money, not a choice of the law).
     *
     * @param coefficient the coefficient of the area class and role
     * @param baseSalary  lương cơ sở (dated)
     * @return this
     */
    public Grassroots monthlySupport(Param coefficient, Param baseSalary) {
        support = true;
        BigDecimal k = used.get(coefficient).decimal();
        // to the đồng, half up: arithmetic of an amount in đồng, not a legal choice (the province's coefficients have
        // two decimals and lương cơ sở is a whole number of đồng, so the product is whole with the bundled values)
        amount = k.multiply(used.get(baseSalary).decimal()).setScale(0, RoundingMode.HALF_UP);
        actual = "Địa bàn loại " + supportClass + ": " + k.stripTrailingZeros().toPlainString().replace('.', ',')
                + " × lương cơ sở";
        return this;
    }

    /**
     * No monthly support is computed, with the reason (e.g. the dataset gives no area class, or the pack has no
     * coefficient for it): UNKNOWN.
     *
     * @param reason why, in Vietnamese
     * @return this
     */
    public Grassroots noSupport(String reason) {
        support = true;
        return unknown(reason);
    }

    /** @return the conclusion to insert */
    public GrassrootsFact done() {
        return new GrassrootsFact(ruleId, teamId, member == null ? null : member.id(), finding.verdictOrMet(), actual,
                required, reasons, amount, finding.parameterIds(), support, finding.provisionalBasis());
    }

    /** @return this, failed when the fact is false, unknown when it is missing */
    private Grassroots known(Boolean fact, String whenFalse, String whenMissing) {
        if (fact == null) {
            return unknown(whenMissing);
        }
        return fact ? this : fail(whenFalse);
    }

    /** @return this, failed when the sanction is not cleared, unknown when it is missing */
    private Grassroots cleared(PastSanction sanction, String whenNotCleared, String whenMissing) {
        if (sanction == null) {
            return unknown(whenMissing);
        }
        return sanction == PastSanction.NOT_CLEARED ? fail(whenNotCleared) : this;
    }

    private Grassroots fail(String reason) {
        finding.add(Verdict.NOT_MET);
        reasons.add(worded(reason));
        return this;
    }

    private Grassroots unknown(String reason) {
        finding.add(Verdict.UNKNOWN);
        reasons.add(worded(reason));
        return this;
    }

    private String worded(String reason) {
        return clause == null ? reason : reason + " — " + clause;
    }
}
