package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.Education;
import vn.antq.grassroots.PastSanction;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamRole;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary grassroots rules use for Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15): a member's
 * eligibility (Điều 13), a team's staffing (Điều 14, the province's parameters) and a member's monthly
 * support (the province's coefficients by area class × lương cơ sở). Missing data gives UNKNOWN, never a guess;
 * a known failure wins over missing data. A {@link #clause} step names the law's words the steps after it check.
 *
 * <pre>{@code
 * insert( Grassroots.member(drools.getRule().getName(), $m, params)
 *             .clause("khoản 1 Điều 13: «Từ đủ 18 tuổi đến đủ 70 tuổi; …»")
 *             .ageBetween("example.age.min", "example.age.max")
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
    private final Params params;
    private final List<String> reasons = new ArrayList<>();
    private final ParameterTrail used;
    private Verdict verdict = Verdict.MET;
    private String actual = "";
    private String required = "";
    private BigDecimal amount;
    private String clause;
    private boolean support;

    private Grassroots(String ruleId, String teamId, TeamMember member, TeamFact team, LocalDate day,
                       Integer supportClass, Params params) {
        this.ruleId = ruleId;
        this.supportClass = supportClass;
        this.teamId = teamId;
        this.member = member;
        this.team = team;
        this.day = day;
        this.params = params;
        this.used = new ParameterTrail(params);
    }

    /** @param ruleId rule id @param fact the member @param params the global {@code params} @return a check */
    public static Grassroots member(String ruleId, MemberFact fact, Params params) {
        return new Grassroots(ruleId, fact.teamId(), fact.member(), null, fact.referenceDate(), fact.supportClass(),
                params);
    }

    /** @param ruleId rule id @param fact the team @param params the global {@code params} @return a check */
    public static Grassroots team(String ruleId, TeamFact fact, Params params) {
        return new Grassroots(ruleId, fact.team().id(), null, fact, null, null, params);
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
     * Aged from {@code min} (the birthday included) to {@code max} (until that birthday, included); older
     * only when the commune chairman decided it ({@code overSeventyDecision}) and the member's health is ensured
     * ({@code overSeventyFit}): either one false fails, either one missing is unknown.
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
            String over = "trên " + oldest + " tuổi, ";
            known(member.overSeventyDecision(), over + "không có quyết định của Chủ tịch UBND cấp xã",
                    over + "chưa có số liệu về quyết định của Chủ tịch UBND cấp xã");
            known(member.overSeventyFit(), over + "không bảo đảm sức khỏe",
                    over + "chưa có số liệu về việc bảo đảm sức khỏe");
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
     * The monthly support: the coefficient of the team's area class and the member's role
     * ({@code <coefficients>.class<N>.<ROLE>}) × lương cơ sở. Without the class, or without a coefficient for it,
     * the support is not computed: UNKNOWN, with the reason.
     *
     * @param coefficients parameter id prefix of the coefficients
     * @param baseSalary   parameter id of lương cơ sở (dated)
     * @return this
     */
    public Grassroots monthlySupport(String coefficients, String baseSalary) {
        support = true;
        if (supportClass == null) {
            return unknown("chưa có số liệu về loại địa bàn (supportClass): không tính mức hỗ trợ");
        }
        String id = coefficients + ".class" + supportClass + "." + member.role().name();
        if (!params.has(id)) {
            return unknown("gói luật không có hệ số hỗ trợ của địa bàn loại " + supportClass + " (" + id + ")");
        }
        BigDecimal coefficient = used.decimal(id);
        amount = coefficient.multiply(used.decimal(baseSalary)).setScale(0, RoundingMode.HALF_UP);
        actual = "Địa bàn loại " + supportClass + ": " + coefficient.stripTrailingZeros().toPlainString().replace('.', ',')
                + " × lương cơ sở";
        return this;
    }

    /** @return the conclusion to insert */
    public GrassrootsFact done() {
        return new GrassrootsFact(ruleId, teamId, member == null ? null : member.id(), verdict, actual, required,
                reasons, amount, used.ids(), support);
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
        verdict = verdict.and(Verdict.NOT_MET);
        reasons.add(worded(reason));
        return this;
    }

    private Grassroots unknown(String reason) {
        verdict = verdict.and(Verdict.UNKNOWN);
        reasons.add(worded(reason));
        return this;
    }

    private String worded(String reason) {
        return clause == null ? reason : reason + " — " + clause;
    }
}
