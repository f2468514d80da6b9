package vn.antq.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.antq.commendation.AwardReceived;
import vn.antq.commendation.Decoration;
import vn.antq.commendation.LeaderCategory;
import vn.antq.commendation.MedalStatus;
import vn.antq.commendation.Post;
import vn.antq.grassroots.AreaType;
import vn.antq.grassroots.ServicePeriod;
import vn.antq.grassroots.TeamMember;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary medal rules use for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (TT 20/2025/TT-BCA Điều 4 from
 * 28/4/2025; TT 11/2021/TT-BCA before): counted service of a member (earlier Bảo vệ dân phố and Công an xã bán
 * chuyên trách time added, time in the listed areas counted twice), a leader's category and time in post (concurrent
 * posts counted once), earlier awards, the area under their lead, the exclusions, the pending cases that defer a
 * proposal ("hoãn xét") or leave it to be confirmed ("cần xác nhận"), and the 30/5 deadline. Parameters are
 * resolved on the proposal date, so the same rule applies whichever regime was in force. Missing data gives UNKNOWN,
 * never a guess.
 *
 * <pre>{@code
 * when
 *     $regime    : Param( id == "example.regime" )
 *     $good      : Param( id == "example.goodInService" )
 *     $goodAsked : List() from collect( Param( id == "example.goodInService", flag == true ) )
 *     $defer     : Param( id == "example.deferUnderDiscipline" )
 *     ...
 *     $c         : MedalFact( candidate == MedalCandidate.TEAM_MEMBER )
 * then
 *     insert( Medal.of(drools.getRule().getName(), $c).regime($regime)
 *             .serviceYears($min, $doubled, $factor, $perMonth).goodInService($good, $goodAsked)
 *             .onlyOnce(Decoration.KY_NIEM_CHUONG_BAO_VE_AN_NINH_TO_QUOC).notExcluded($excluding)
 *             .unlessPendingUnder($basis, $defer, $defer.getFlag() ? $c.getCases() : $c.getPendingCases())
 *             .deadline($deadline).done() );
 * }</pre>
 *
 * @since 0.1
 */
public final class Medal {
    /** Leftover days of several periods add up to months at this rate. */
    /** Parsed deadlines by their parameter value: the same for every person. */
    private static final Map<String, MonthDay> MONTH_DAYS = new ConcurrentHashMap<>();

    private final String ruleId;
    private final MedalFact fact;
    private final List<String> reasons = new ArrayList<>();
    private final Finding finding = new Finding();
    private final ParameterTrail used = finding.used;
    private final Parts required = finding.required;
    private final List<String> deferrals = new ArrayList<>(2);
    private final List<String> unconfirmed = new ArrayList<>(2);
    private String actual = "";
    private String regimeSource;
    private LocalDate deadline;
    private String lateNote;
    private boolean shortOfTime;

    private Medal(String ruleId, MedalFact fact) {
        this.ruleId = ruleId;
        this.fact = fact;
    }

    /** @param ruleId rule id @param fact a member or leader @return a check */
    public static Medal of(String ruleId, MedalFact fact) {
        return new Medal(ruleId, fact);
    }

    /**
     * Records the regime in force on the proposal date: its source becomes the result's legal reference.
     *
     * @param regime the parameter whose value names the regime
     * @return this
     */
    public Medal regime(Param regime) {
        regimeSource = used.get(regime).source();
        return this;
    }

    /**
     * A member whose sex is not given: the years required of a man and of a woman are shown, and the service is not
     * known to suffice.
     *
     * @param male         the years required of a man
     * @param female       the years required of a woman
     * @param doubledAreas the areas whose time counts more (noted, as for a member whose sex is given)
     * @return this
     */
    public Medal serviceYearsSexNotGiven(Param male, Param female, Param doubledAreas) {
        used.get(doubledAreas);
        required.add("Thời gian công tác: nam " + years(male) + " năm, nữ " + years(female) + " năm");
        return unknown("giới tính chưa có số liệu");
    }

    /**
     * A member's counted service reaches the years the rule chose (by the member's sex) on the proposal date: the
     * time in this team from joining, plus earlier service, each period in calendar months and days; a period in
     * the areas listed by {@code doubledAreas} counts {@code factor} times (its months and days multiplied);
     * leftover days add up to a month at {@code daysPerMonth}, which the verdict lists and rests on only when such
     * days made a month.
     *
     * @param minYears     the years required
     * @param doubledAreas the {@link AreaType} codes whose time counts more
     * @param factor       how many times it counts
     * @param daysPerMonth how many leftover days make a month
     * @return this
     */
    public Medal serviceYears(Param minYears, Param doubledAreas, Param factor, Param daysPerMonth) {
        TeamMember m = fact.member();
        List<String> doubled = used.get(doubledAreas).codes();
        int times = used.get(factor).decimal().intValueExact();
        LocalDate day = fact.proposalDate();
        int years = years(minYears);
        required.add("Thời gian công tác (" + (m.female() ? "nữ" : "nam") + "): từ đủ " + years + " năm");
        if (m.joined() == null && m.service().earlierService().isEmpty()) {
            actual = "Thời gian công tác: " + Wording.MISSING;
            return unknown("ngày tham gia Tổ và quá trình công tác chưa có số liệu");
        }
        long months = 0;
        long days = 0;
        boolean areaUnknown = false;
        if (m.joined() != null && m.joined().isBefore(day)) {
            Period p = Period.between(m.joined(), day);
            months += weight(m.areaType(), doubled, times) * p.toTotalMonths();
            days += weight(m.areaType(), doubled, times) * p.getDays();
            areaUnknown |= m.areaType() == null;
        }
        for (ServicePeriod sp : m.service().earlierService()) {
            LocalDate end = sp.to().isBefore(day) ? sp.to().plusDays(1) : day;
            if (sp.from().isBefore(end)) {
                Period p = Period.between(sp.from(), end);
                months += weight(sp.areaType(), doubled, times) * p.toTotalMonths();
                days += weight(sp.areaType(), doubled, times) * p.getDays();
                areaUnknown |= sp.areaType() == null;
            }
        }
        int perMonth = daysPerMonth.getInt();
        if (days >= perMonth) {
            used.get(daysPerMonth); // listed, and the verdict rests on it, only when leftover days made a month
        }
        months += days / perMonth;
        days %= perMonth;
        actual = "Thời gian công tác được tính: " + months / 12 + " năm " + months % 12 + " tháng " + days + " ngày"
                + (m.service().earlierService().isEmpty() ? "" : " (gồm thời gian công tác trước đây)");
        if (months < 12L * years) {
            if (m.joined() == null) {
                return unknown("ngày tham gia Tổ chưa có số liệu: thời gian công tác trong Tổ chưa tính được, "
                        + "thời gian công tác trước đây chưa đủ " + years + " năm");
            }
            return areaUnknown ? unknown("chưa rõ địa bàn của một thời gian công tác (có thể được nhân hệ số "
                    + times + ")")
                    : shortOfTime("thời gian công tác chưa đủ " + years + " năm");
        }
        return this;
    }

    /**
     * When the rule found the regime asking it, the member was assessed "hoàn thành tốt nhiệm vụ" through the
     * service. Whether the regime asks it is the rule's pattern ({@code Param( id == "…", flag == true )},
     * collected in its left-hand side): this operator only checks what the rule found asked.
     *
     * @param flag  the parameter saying whether the regime asks it (noted: the conclusion rests on it either way)
     * @param asked the parameters the rule found asking it: empty when the regime does not ask it
     * @return this
     */
    public Medal goodInService(Param flag, List<?> asked) {
        used.get(flag);
        if (asked.isEmpty()) {
            return this;
        }
        required.add("Được đánh giá hoàn thành tốt nhiệm vụ trong quá trình công tác");
        Boolean good = fact.member().service().goodInService();
        if (good == null) {
            return unknown("đánh giá trong quá trình công tác chưa có số liệu");
        }
        return good ? this : fail("chưa được đánh giá hoàn thành tốt nhiệm vụ trong quá trình công tác");
    }

    /**
     * A leader's time in posts of department level or above reaches the years required on the proposal date;
     * concurrent posts count once.
     *
     * @param minYears the years required
     * @return this
     */
    public Medal yearsInPost(Param minYears) {
        int years = years(minYears);
        LocalDate day = fact.proposalDate();
        required.add("Giữ chức vụ từ cấp phòng, ban trở lên: từ " + years + " năm");
        List<Post> posts = new ArrayList<>(fact.leader().posts());
        if (posts.isEmpty()) {
            actual = "Thời gian giữ chức vụ: " + Wording.MISSING;
            return unknown("quá trình giữ chức vụ chưa có số liệu");
        }
        posts.sort(Comparator.comparing(Post::from));
        long counted = 0;
        LocalDate covered = null;
        for (Post p : posts) {
            LocalDate end = p.to() == null || !p.to().isBefore(day) ? day : p.to().plusDays(1);
            LocalDate start = covered != null && covered.isAfter(p.from()) ? covered : p.from();
            if (start.isBefore(end)) {
                counted += ChronoUnit.DAYS.between(start, end);
                covered = end;
            }
        }
        actual = "Thời gian giữ chức vụ: " + span(counted, day);
        if (counted < ChronoUnit.DAYS.between(day.minusYears(years), day)) {
            return shortOfTime("thời gian giữ chức vụ chưa đủ " + years + " năm");
        }
        return this;
    }

    /**
     * A leader received, before the proposal date, at least one award for protecting national security among
     * those the regime accepts.
     *
     * @param accepted the accepted {@link vn.antq.commendation.Award} codes
     * @return this
     */
    public Medal awardOneOf(Param accepted) {
        List<String> codes = used.get(accepted).codes();
        required.add("Đã được khen thưởng về thành tích bảo vệ an ninh Tổ quốc (" + codes.size() + " hình thức)");
        for (AwardReceived a : fact.leader().awards()) {
            if (codes.contains(a.award().name()) && a.date().isBefore(fact.proposalDate())) {
                return this;
            }
        }
        return fail("chưa có hình thức khen thưởng về bảo vệ an ninh Tổ quốc theo quy định");
    }

    /** A leader has achievements in the movement. @return this */
    public Medal movementAchievement() {
        required.add("Có thành tích trong phong trào toàn dân bảo vệ ANTQ");
        Boolean achieved = fact.leader().movementAchievement();
        if (achieved == null) {
            return unknown("thành tích trong phong trào chưa có số liệu");
        }
        return achieved ? this : fail("chưa có thành tích trong phong trào toàn dân bảo vệ ANTQ");
    }

    /**
     * When the regime asks it, the unit or area the leader leads has no complicated social-evil hotspot ("không để
     * xảy ra tụ điểm phức tạp về tệ nạn xã hội") and no serious ANTT case ("các vụ việc nghiêm trọng về an ninh,
     * trật tự"): each is asked separately, and one not given is not known. Whether the regime asks it is the rule's
     * pattern ({@code Param( id == "…", flag == true )}, collected in its left-hand side).
     *
     * @param flag  the parameter saying whether the regime asks it (noted: the conclusion rests on it either way)
     * @param asked the parameters the rule found asking it: empty when the regime does not ask it
     * @return this
     */
    public Medal noSeriousIncidents(Param flag, List<?> asked) {
        used.get(flag);
        if (asked.isEmpty()) {
            return this;
        }
        required.add("Nơi phụ trách không để xảy ra tụ điểm phức tạp về tệ nạn xã hội, vụ việc nghiêm trọng về ANTT");
        Boolean hotspot = fact.leader().socialEvilHotspot();
        Boolean incidents = fact.leader().seriousIncidents();
        if (isTrue(hotspot)) {
            fail("nơi phụ trách để xảy ra tụ điểm phức tạp về tệ nạn xã hội");
        } else if (hotspot == null) {
            unknown("tụ điểm phức tạp về tệ nạn xã hội nơi phụ trách chưa có số liệu");
        }
        if (isTrue(incidents)) {
            fail("nơi phụ trách để xảy ra vụ việc nghiêm trọng về ANTT");
        } else if (incidents == null) {
            unknown("vụ việc nghiêm trọng về ANTT nơi phụ trách chưa có số liệu");
        }
        return this;
    }

    /**
     * A leader holds a post of one of the categories the regime names (e.g. from commune level up; a public
     * school with legal personality; a state enterprise, group or corporation), as the rule matched.
     *
     * @param categories the {@link LeaderCategory} codes that qualify
     * @return this
     */
    public Medal inCategory(Param categories) {
        required.add("Thuộc đối tượng lãnh đạo theo quy định (" + used.get(categories).codes().size() + " nhóm)");
        return this;
    }

    /**
     * A leader's category is not among those the regime names, as the rule matched: not eligible.
     *
     * @param categories the {@link LeaderCategory} codes that qualify
     * @return this
     */
    public Medal outsideCategories(Param categories) {
        inCategory(categories);
        return fail("không thuộc đối tượng lãnh đạo được xét (" + fact.leader().category().labelVi() + ")");
    }

    /**
     * A leader's category is not given: not known.
     *
     * @param categories the {@link LeaderCategory} codes that qualify
     * @return this
     */
    public Medal categoryNotGiven(Param categories) {
        inCategory(categories);
        return unknown("nhóm đối tượng lãnh đạo (chức vụ, cấp, loại đơn vị) chưa có số liệu");
    }

    /**
     * No case is pending about the person (NĐ 152/2025/NĐ-CP Điều 4 khoản 4 from 01/7/2025; the text in force
     * before, named by {@code basis}): a discipline being considered, an investigation, an inspection, a
     * complaint or denunciation, a corruption matter reported by the press; and a discipline being served when the
     * rule selects it. Which of the person's cases defer is the rule's choice ({@link MedalFact#getCases()} or
     * {@link MedalFact#getPendingCases()}; in the national pack, a discipline being served only when the pack's
     * switch {@code defer} is true). A pending case defers the proposal ("hoãn xét"); a case flag not given leaves it
     * to be confirmed ("cần xác nhận").
     *
     * @param basis     the parameter whose dated value names the legal basis in force on the proposal date
     * @param defer     the parameter the rule selected the deferring cases by (noted)
     * @param deferring the cases the rule selected, in the order to report them
     * @return this
     */
    public Medal unlessPendingUnder(Param basis, Param defer, List<MedalFact.Case> deferring) {
        String basisText = used.get(basis).codes().get(0);
        used.get(defer);
        for (MedalFact.Case c : deferring) {
            if (isTrue(c.pending())) {
                deferrals.add("Hoãn xét: " + c.labelVi() + " (" + basisText + ")");
            } else if (c.pending() == null) {
                unconfirmed.add(c.labelVi());
            }
        }
        return this;
    }

    /**
     * The person does not hold the medal already: it is given once per person.
     *
     * @param medal the medal checked
     * @return this
     */
    public Medal onlyOnce(Decoration medal) {
        List<Decoration> held = fact.member() != null ? fact.member().service().decorations()
                : fact.leader().decorations();
        if (held.contains(medal)) {
            fail("đã được tặng Kỷ niệm chương (mỗi người chỉ được tặng một lần)");
        }
        return this;
    }

    /**
     * Not prosecuted, not in a compulsory education facility, not holding a decoration that excludes the medal.
     *
     * @param excluding the {@link Decoration} codes whose holders are not proposed
     * @return this
     */
    public Medal notExcluded(Param excluding) {
        List<String> codes = used.get(excluding).codes();
        Boolean prosecuted = fact.member() != null ? fact.member().prosecuted() : fact.leader().prosecuted();
        Boolean compulsory = fact.member() != null ? fact.member().service().compulsoryEducation()
                : fact.leader().compulsoryEducation();
        List<Decoration> held = fact.member() != null ? fact.member().service().decorations()
                : fact.leader().decorations();
        for (Decoration d : held) {
            if (codes.contains(d.name())) {
                fail("đã được tặng " + d.labelVi());
            }
        }
        if (isTrue(prosecuted)) {
            fail("đang bị truy cứu trách nhiệm hình sự");
        }
        if (isTrue(compulsory)) {
            fail("đang ở cơ sở giáo dục bắt buộc");
        }
        if (prosecuted == null || compulsory == null) {
            unknown("tình trạng truy cứu, giáo dục bắt buộc chưa có số liệu");
        }
        return this;
    }

    /**
     * The file must reach the Ministry before the given day of the year: a proposal on or after it waits for
     * the next year's round. Nothing is said, and the parameter is not noted, when the regime sets no deadline
     * (an empty list on the proposal date).
     *
     * @param monthDay the day, as {@code MM-DD}, or no code
     * @return this
     */
    public Medal deadline(Param monthDay) {
        if (monthDay.getCodes().isEmpty()) {
            return this;
        }
        MonthDay md = MONTH_DAYS.computeIfAbsent(used.get(monthDay).codes().get(0), c -> MonthDay.parse("--" + c));
        LocalDate day = fact.proposalDate();
        LocalDate thisYear = md.atYear(day.getYear());
        if (day.isBefore(thisYear)) {
            deadline = thisYear;
        } else {
            deadline = md.atYear(day.getYear() + 1);
            lateNote = "ngày đề nghị " + Wording.day(day) + " không kịp hạn trước " + Wording.day(thisYear)
                    + "; hồ sơ vào đợt trước " + Wording.day(deadline);
        }
        return this;
    }

    /**
     * @return the conclusion to insert: a failed criterion makes it NOT_ELIGIBLE; else a pending case DEFERRED;
     *         else missing criteria data MISSING_DATA; else a case flag not given NEEDS_CONFIRMATION; else ELIGIBLE
     */
    public MedalEligibilityFact done() {
        Verdict verdict = finding.verdictOrMet();
        List<String> all = new ArrayList<>(reasons);
        MedalStatus status;
        if (verdict == Verdict.NOT_MET) {
            status = MedalStatus.NOT_ELIGIBLE;
        } else if (!deferrals.isEmpty()) {
            status = MedalStatus.DEFERRED;
            all.addAll(deferrals);
        } else if (verdict == Verdict.UNKNOWN) {
            status = MedalStatus.MISSING_DATA;
        } else if (!unconfirmed.isEmpty()) {
            status = MedalStatus.NEEDS_CONFIRMATION;
        } else {
            status = MedalStatus.ELIGIBLE;
        }
        if (status != MedalStatus.NOT_ELIGIBLE && status != MedalStatus.DEFERRED && !unconfirmed.isEmpty()) {
            all.add("Cần xác nhận, chưa có thông tin: " + String.join(", ", unconfirmed));
        }
        Verdict eligible = switch (status) {
            case ELIGIBLE -> Verdict.MET;
            case NOT_ELIGIBLE -> Verdict.NOT_MET;
            case DEFERRED -> verdict == Verdict.UNKNOWN ? Verdict.UNKNOWN : Verdict.NOT_MET;
            case MISSING_DATA, NEEDS_CONFIRMATION -> Verdict.UNKNOWN;
        };
        return new MedalEligibilityFact(ruleId, fact.candidate(), fact.getPersonId(), eligible, actual,
                finding.required(), all, regimeSource, deadline, lateNote, shortOfTime, finding.parameterIds(), status,
                finding.provisionalBasis());
    }

    private static String span(long days, LocalDate day) {
        Period p = Period.between(day.minusDays(days), day);
        return p.getYears() + " năm " + p.getMonths() + " tháng " + p.getDays() + " ngày";
    }

    private static long weight(AreaType area, List<String> doubled, int times) {
        return area != null && doubled.contains(area.name()) ? times : 1;
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private int years(Param p) {
        return used.get(p).decimal().intValue();
    }

    private Medal shortOfTime(String reason) {
        shortOfTime = true;
        return fail(reason);
    }

    private Medal fail(String reason) {
        finding.add(Verdict.NOT_MET);
        reasons.add(reason);
        return this;
    }

    private Medal unknown(String reason) {
        finding.add(Verdict.UNKNOWN);
        reasons.add(reason);
        return this;
    }

}
