package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.antq.grassroots.DutyRecord;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.TeamMember;
import vn.antq.period.AssessmentWindow;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary rating rules use for Tổ bảo vệ an ninh, trật tự and their members (Hướng dẫn 01/HD-BCA-V05):
 * the rating window, the 9 months of activity, a pending complaint, the share of assigned tasks done, and what
 * a breach or discipline caps the rating at. Each step takes the {@link Param}s its rule matched; missing data
 * gives "not enough data", never a guess. The quota of "xuất sắc" and the cap at the team's rating compare teams
 * and members with each other: rules of later phases do that, on the {@link RatingFact} this builds; the rating
 * rule names the quota and cap its ratings are subject to ({@link #quota}, {@link #cappedByTeam}).
 *
 * <pre>{@code
 * insert( Rate.member(drools.getRule().getName(), $m)
 *             .window($window).activeMonthsAtLeast($months)
 *             .noComplaint().band(Rating.GOOD, $excellent, $good, $completed)
 *             .breachCapsAt($memberCap, $breaches).disciplineGives($disciplined)
 *             .quota($percent, $base, $rounding, $rankBy).cappedByTeam($roles, $exempt).done() );
 * }</pre>
 *
 * @since 0.1
 */
public final class Rate {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The wording of the bands, by their values: the same text for every team and member. */
    private static final Map<List<BigDecimal>, String> BANDS = new ConcurrentHashMap<>();

    private final String ruleId;
    private final String teamId;
    private final String memberId;
    private final LocalDate activeSince;
    private final String activeSinceName;
    private final DutyRecord duty;
    private final List<TeamMember> members;
    private final int year;
    private final List<String> reasons = new ArrayList<>();
    private final Finding finding = new Finding();
    private final ParameterTrail used = finding.used;
    private final Parts required = finding.required;
    private Rating rating;
    private BigDecimal share;
    private String actual = "";
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private final String commune;
    private final vn.antq.grassroots.TeamRole role;
    private final LocalDate joined;
    private Param quotaPercent;
    private Param quotaBase;
    private Param quotaRounding;
    private Param quotaRankBy;
    private Param capRoles;
    private Param capExempt;

    private Rate(String ruleId, String teamId, String memberId, LocalDate activeSince, String activeSinceName,
                 DutyRecord duty, List<TeamMember> members, int year, String commune,
                 vn.antq.grassroots.TeamRole role, LocalDate joined) {
        this.ruleId = ruleId;
        this.teamId = teamId;
        this.memberId = memberId;
        this.activeSince = activeSince;
        this.activeSinceName = activeSinceName;
        this.duty = duty;
        this.members = members;
        this.year = year;
        this.commune = commune;
        this.role = role;
        this.joined = joined;
    }

    /** @param ruleId rule id @param fact the member @return a rating */
    public static Rate member(String ruleId, MemberFact fact) {
        TeamMember m = fact.member();
        return new Rate(ruleId, fact.teamId(), m.id(), m.joined(), "ngày tham gia Tổ", m.duty(), List.of(m),
                fact.year(), fact.commune(), m.role(), m.joined());
    }

    /**
     * A team: its own tasks and complaint, its members' breaches and discipline.
     *
     * @param ruleId rule id
     * @param fact   the team
     * @return a rating
     */
    public static Rate team(String ruleId, TeamFact fact) {
        return new Rate(ruleId, fact.team().id(), null, fact.team().established(), "ngày thành lập Tổ",
                fact.team().duty(), fact.team().members(), fact.year(), fact.commune(), null, null);
    }

    /**
     * The rating window: the parameter's first and last day (ISO month-days, {@code --MM-dd}), the window ending in
     * the assessment year and starting in the year before when its first day comes later in the year (HD 01: from
     * 15/11 of the year before to 14/11), the same reading as TT 124's assessment windows
     * ({@link AssessmentWindow#endingIn(List, int)}). Its length is the parameter's: this only places it in the year.
     *
     * @param days the window's first and last day
     * @return this
     */
    public Rate window(Param days) {
        AssessmentWindow w = AssessmentWindow.endingIn(used.get(days).codes(), year);
        windowStart = w.from();
        windowEnd = w.to();
        return this;
    }

    /**
     * Not rated when active for less than the given months of the window, counted from the first day in the team
     * (or its establishment) to the window's last day, both included. The months are the rule's parameter; counting
     * whole calendar months from the later of that day and the window's first day is date arithmetic.
     *
     * @param minMonths the shortest activity, in months
     * @return this
     */
    public Rate activeMonthsAtLeast(Param minMonths) {
        int months = used.get(minMonths).decimal().intValue();
        if (activeSince == null) {
            return unknown(activeSinceName + " chưa có số liệu");
        }
        LocalDate start = activeSince.isBefore(windowStart) ? windowStart : activeSince;
        if (start.plusMonths(months).isAfter(windowEnd.plusDays(1))) {
            return notRated("hoạt động chưa đủ " + months + " tháng trong kỳ " + Wording.day(windowStart) + "–"
                    + Wording.day(windowEnd) + " (từ " + Wording.day(activeSince) + ")");
        }
        return this;
    }

    /** Not rated while a complaint about it is being handled. @return this */
    public Rate noComplaint() {
        if (duty.underComplaint() == null) {
            return unknown("chưa có số liệu về khiếu nại");
        }
        return Boolean.TRUE.equals(duty.underComplaint()) ? notRated("đang có khiếu nại chưa giải quyết xong") : this;
    }

    /**
     * The band the rule's left-hand side chose from the share of assigned tasks done (one rule per band, each
     * selecting with {@link #tasksDoneAbove}, {@link #tasksDoneAtLeast} and {@link #hasTasks} on the bands'
     * parameters): the rating starts at that band; the explanation shows the share and what each band needs.
     *
     * @param band      the rating of the rule's band
     * @param excellent the share "xuất sắc" must exceed, in percent
     * @param good      the least share for "tốt", in percent
     * @param completed the least share for "hoàn thành", in percent
     * @return this
     */
    public Rate band(Rating band, Param excellent, Param good, Param completed) {
        if (tasks(excellent, good, completed)) {
            rating = band;
        }
        return this;
    }

    /**
     * The share of tasks done is not known (a count missing, or no task assigned in the window): not enough data.
     * The rule's left-hand side chose this ({@code !hasTasks()}).
     *
     * @param excellent the share "xuất sắc" must exceed, in percent
     * @param good      the least share for "tốt", in percent
     * @param completed the least share for "hoàn thành", in percent
     * @return this
     */
    public Rate tasksUnknown(Param excellent, Param good, Param completed) {
        tasks(excellent, good, completed);
        return this;
    }

    /** @return true when the share of tasks done is known; words the bands, the share, or why it is not known */
    private boolean tasks(Param excellent, Param good, Param completed) {
        BigDecimal e = used.get(excellent).decimal();
        BigDecimal g = used.get(good).decimal();
        BigDecimal c = used.get(completed).decimal();
        required.add(BANDS.computeIfAbsent(List.of(e, g, c), k -> Rating.EXCELLENT.labelVi() + ": trên "
                + Wording.number(e) + "% nhiệm vụ, không vi phạm; " + Rating.GOOD.labelVi() + ": từ " + Wording.number(g)
                + "%; " + Rating.COMPLETED.labelVi() + ": từ " + Wording.number(c) + "%"));
        Integer assigned = duty.tasksAssigned();
        Integer done = duty.tasksDone();
        if (assigned == null || done == null) {
            actual = "Nhiệm vụ được giao / hoàn thành: " + Wording.MISSING;
            unknown("số nhiệm vụ được giao hoặc hoàn thành chưa có số liệu");
            return false;
        }
        if (assigned == 0) {
            actual = "Nhiệm vụ được giao: 0";
            unknown("không có nhiệm vụ được giao trong kỳ");
            return false;
        }
        share = BigDecimal.valueOf(done).divide(BigDecimal.valueOf(assigned), 6, RoundingMode.HALF_UP);
        actual = "Nhiệm vụ hoàn thành: " + Wording.ratio(done, assigned);
        return true;
    }

    /** @param duty a record @return true when its tasks assigned and done are known and some were assigned */
    static boolean hasTasks(DutyRecord duty) {
        return duty.tasksAssigned() != null && duty.tasksDone() != null && duty.tasksAssigned() > 0;
    }

    /**
     * @param duty    a record
     * @param percent a share in percent the rule matched
     * @return true when the tasks are known and strictly more than that share of them was done ("trên")
     */
    static boolean tasksDoneAbove(DutyRecord duty, Param percent) {
        return hasTasks(duty) && compareDone(duty, percent) > 0;
    }

    /**
     * @param duty    a record
     * @param percent a share in percent the rule matched
     * @return true when the tasks are known and at least that share of them was done ("từ … trở lên")
     */
    static boolean tasksDoneAtLeast(DutyRecord duty, Param percent) {
        return hasTasks(duty) && compareDone(duty, percent) >= 0;
    }

    /** Exact: done × 100 against percent × assigned. */
    private static int compareDone(DutyRecord duty, Param percent) {
        BigDecimal p = percent.getDecimal();
        long done = duty.tasksDone();
        long assigned = duty.tasksAssigned();
        if (p.scale() == 0 && p.signum() >= 0 && p.compareTo(HUNDRED) <= 0 && done >= 0 && assigned >= 0
                && done <= Integer.MAX_VALUE && assigned <= Integer.MAX_VALUE) {
            // a whole percent and counts that fit: the same exact comparison without allocating
            return Long.compare(done * HUNDRED.longValue(), p.longValue() * assigned);
        }
        return BigDecimal.valueOf(done).multiply(HUNDRED).compareTo(p.multiply(BigDecimal.valueOf(assigned)));
    }

    /**
     * A breach caps the rating at the rule's parameter: the rule joined the {@link Breaches} its pack's rules
     * selected (for a member, the member's own breaches; for a team, any member's breach or discipline: "xuất sắc"
     * needs no member in breach). A rating already at or below the cap is left alone; with no one in breach and a
     * record lacking, the rating is not known. The first member in breach, in the team's order, is named.
     *
     * @param cap      the highest rating left (a {@link Rating} code)
     * @param breaches who stands in breach, as the pack's rules selected them
     * @return this
     */
    public Rate breachCapsAt(Param cap, Breaches breaches) {
        Rating highest = Rating.valueOf(used.get(cap).codes().get(0));
        if (rating == null || rating.compareTo(highest) >= 0) {
            return this;
        }
        for (TeamMember m : members) {
            if (breaches.inBreach().contains(m.id())) {
                rating = highest;
                reasons.add(memberId == null ? "có thành viên vi phạm hoặc bị kỷ luật (" + m.id() + "): tối đa "
                        + highest.labelVi().toLowerCase(Locale.ROOT)
                        : "có vi phạm trong kỳ: tối đa " + highest.labelVi().toLowerCase(Locale.ROOT));
                return this;
            }
        }
        return breaches.unclear() ? unknown("số vi phạm trong kỳ chưa có số liệu") : this;
    }

    /**
     * A member disciplined in the window gets the given rating.
     *
     * @param given the rating (a {@link Rating} code)
     * @return this
     */
    public Rate disciplineGives(Param given) {
        Rating r = Rating.valueOf(used.get(given).codes().get(0));
        for (TeamMember m : members) {
            if (Boolean.TRUE.equals(m.duty().disciplined())) {
                if (rating != null && rating.compareTo(r) < 0) {
                    rating = r;
                    reasons.add("bị kỷ luật trong kỳ: " + r.labelVi().toLowerCase(Locale.ROOT));
                }
                return this;
            }
            if (m.duty().disciplined() == null) {
                return unknown("kỷ luật trong kỳ chưa có số liệu");
            }
        }
        return this;
    }

    /**
     * Names the commune's quota of "xuất sắc" this rating is subject to; the rules of the quota's phase apply it once
     * every team (or member) of the commune is rated. Its parameters count as used only where the quota compared
     * the rating.
     *
     * @param percent  the largest share (%) rated "xuất sắc"
     * @param base     what the share is of
     * @param rounding how the places are rounded (a {@link java.math.RoundingMode} code)
     * @param rankBy   the keys that order the candidates for a place ({@link RatingFact#ranksBefore})
     * @return this
     */
    public Rate quota(Param percent, Param base, Param rounding, Param rankBy) {
        quotaPercent = percent;
        quotaBase = base;
        quotaRounding = rounding;
        quotaRankBy = rankBy;
        return this;
    }

    /**
     * Names the cap at the team's rating this member's rating is subject to; the rules of the cap's phase apply it
     * after the team's quota.
     *
     * @param roles  the roles capped
     * @param exempt who is spared
     * @return this
     */
    public Rate cappedByTeam(Param roles, Param exempt) {
        capRoles = roles;
        capExempt = exempt;
        return this;
    }

    /** @return the conclusion to insert */
    public RatingFact done() {
        Integer done = duty.tasksDone();
        RatingStatus status = switch (finding.verdictOrMet()) {
            case NOT_MET -> RatingStatus.NOT_RATED;
            case UNKNOWN -> RatingStatus.INSUFFICIENT_DATA;
            case MET, NOT_APPLICABLE -> RatingStatus.RATED;
        };
        return new RatingFact(ruleId, teamId, memberId, commune, role, joined, status,
                status == RatingStatus.RATED ? rating : null, share, done == null ? 0 : done, actual,
                finding.required(), reasons, finding.parameterIds(), finding.provisionalBasis(), windowStart,
                quotaPercent, quotaBase, quotaRounding, quotaRankBy, capRoles, capExempt);
    }

    /** A known failure: its reasons replace those of missing data, which it beats. */
    private Rate notRated(String reason) {
        if (finding.verdict() != Verdict.NOT_MET) {
            reasons.clear();
        }
        finding.add(Verdict.NOT_MET);
        reasons.add(reason);
        return this;
    }

    /** Missing data: its reason is given unless a known failure already decided the rating. */
    private Rate unknown(String reason) {
        if (finding.add(Verdict.UNKNOWN).verdict() == Verdict.UNKNOWN) {
            reasons.add(reason);
        }
        return this;
    }


}
