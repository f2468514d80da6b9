package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.TeamRole;
import vn.antq.verdict.Verdict;

/**
 * A rating of a team or member (Hướng dẫn 01/HD-BCA-V05) as the rules work on it: the rating rule inserts it, and the
 * rules of the later phases that compare teams and members (the commune's quota of "xuất sắc", the cap of a tổ
 * trưởng or tổ phó at the team's rating) lower it and note the parameters they used. Which ratings are compared,
 * against which share and which cap, is written in those rules' left-hand sides; this class only ranks, counts
 * places ({@link #places}) by the keys and rounding its rules' parameters give, and words the explanation. Identity is the object's: two ratings are never equal. As a
 * {@link Conclusion} about the member (or the team), its verdict is MET when rated, NOT_MET when not rated, UNKNOWN
 * when the data lack.
 *
 * @since 0.1
 */
public final class RatingFact implements Conclusion {
    /** The orders built from the keys a rule's parameter gives, by those keys. */
    private static final Map<List<String>, Comparator<RatingFact>> ORDERS = new ConcurrentHashMap<>();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String ruleId;
    private final String teamId;
    private final String memberId;
    private final String commune;
    private final TeamRole role;
    private final LocalDate joined;
    private final RatingStatus status;
    private final BigDecimal share;
    private final int tasksDone;
    private final String actual;
    private final String required;
    private final LocalDate windowStart;
    private final Param quotaPercent;
    private final Param quotaBase;
    private final Param quotaRounding;
    private final Param quotaRankBy;
    private final Param capRoles;
    private final Param capExempt;
    private final List<String> reasons;
    private final List<String> parameterIds;
    private final TreeSet<String> basis;
    private Rating rating;
    private boolean beyondQuota;

    RatingFact(String ruleId, String teamId, String memberId, String commune, TeamRole role, LocalDate joined,
               RatingStatus status, Rating rating, BigDecimal share, int tasksDone, String actual, String required,
               List<String> reasons, List<String> parameterIds, List<String> provisionalBasis, LocalDate windowStart,
               Param quotaPercent, Param quotaBase, Param quotaRounding, Param quotaRankBy, Param capRoles,
               Param capExempt) {
        this.ruleId = ruleId;
        this.teamId = teamId;
        this.memberId = memberId;
        this.commune = commune;
        this.role = role;
        this.joined = joined;
        this.status = status;
        this.rating = rating;
        this.share = share;
        this.tasksDone = tasksDone;
        this.actual = actual;
        this.required = required;
        this.reasons = new ArrayList<>(reasons);
        this.parameterIds = new ArrayList<>(parameterIds);
        this.basis = new TreeSet<>(provisionalBasis);
        this.windowStart = windowStart;
        this.quotaPercent = quotaPercent;
        this.quotaBase = quotaBase;
        this.quotaRounding = quotaRounding;
        this.quotaRankBy = quotaRankBy;
        this.capRoles = capRoles;
        this.capExempt = capExempt;
    }

    /** @return the rule that rated */
    public String getRuleId() {
        return ruleId;
    }

    /** @return the rule that rated */
    @Override
    public String ruleId() {
        return ruleId;
    }

    /** @return the member, or the team for the team's own rating */
    @Override
    public String subjectId() {
        return id();
    }

    /** @return MET when rated, NOT_MET when not rated, UNKNOWN when the data lack */
    @Override
    public Verdict verdict() {
        return switch (status) {
            case RATED -> Verdict.MET;
            case NOT_RATED -> Verdict.NOT_MET;
            case INSUFFICIENT_DATA -> Verdict.UNKNOWN;
        };
    }

    /** @return the team */
    public String getTeamId() {
        return teamId;
    }

    /** @return the member, or null for the team's own rating */
    public String getMemberId() {
        return memberId;
    }

    /** @return true for the team's own rating */
    public boolean isTeam() {
        return memberId == null;
    }

    /** @return the commune whose teams (or members) the quota compares */
    public String getCommune() {
        return commune;
    }

    /** @return the member's role code ({@link TeamRole}), or null for a team */
    public String getRole() {
        return role == null ? null : role.name();
    }

    /** @return the day the member joined the team, or null */
    public LocalDate getJoined() {
        return joined;
    }

    /** @return the first day of the rating window, or null when the rule read none */
    public LocalDate getWindowStart() {
        return windowStart;
    }

    /** @return true when the member joined the team after the window's first day */
    public boolean isJoinedInWindow() {
        return joined != null && windowStart != null && joined.isAfter(windowStart);
    }

    /** @return rated, not rated, or not enough data */
    public RatingStatus getStatus() {
        return status;
    }

    /** @return true when rated */
    public boolean isRated() {
        return status == RatingStatus.RATED && rating != null;
    }

    /** @return the rating so far, or null when not rated */
    public Rating getRating() {
        return rating;
    }

    /** @return true when the rating was lowered for want of a place in the quota (it ranked for one) */
    public boolean isBeyondQuota() {
        return beyondQuota;
    }

    /** @param other a rating @return true when this one is rated higher (better) than it */
    public boolean above(Rating other) {
        return rating != null && other != null && rating.compareTo(other) < 0;
    }

    /** @return tasks done / tasks assigned, or null */
    public BigDecimal getShare() {
        return share;
    }

    /** @return tasks done, or 0 when unknown */
    public int getTasksDone() {
        return tasksDone;
    }

    /** @return the quota's share the rating rule asked for, or null */
    public Param getQuotaPercent() {
        return quotaPercent;
    }

    /** @return what the quota's share is of, as the rating rule asked, or null */
    public Param getQuotaBase() {
        return quotaBase;
    }

    /** @return how the quota's places are rounded, as the rating rule asked, or null */
    public Param getQuotaRounding() {
        return quotaRounding;
    }

    /** @return the keys that order the candidates for a place, as the rating rule asked, or null */
    public Param getQuotaRankBy() {
        return quotaRankBy;
    }

    /** @return the roles kept no higher than the team, as the rating rule asked, or null */
    public Param getCapRoles() {
        return capRoles;
    }

    /** @return who is spared that cap, as the rating rule asked, or null */
    public Param getCapExempt() {
        return capExempt;
    }

    /** @return what the data show, in Vietnamese */
    @Override
    public String actual() {
        return actual;
    }

    /** @return what each rating needs, in Vietnamese */
    @Override
    public String required() {
        return required;
    }

    /** @return why not rated, not known, or lowered, in Vietnamese */
    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    /** @return the parameters the rating used, in the order first used */
    @Override
    public List<String> parameterIds() {
        return List.copyOf(parameterIds);
    }

    /** @return the provisional parameters the rating rests on, its own and those of the team it was capped by */
    @Override
    public List<String> provisionalBasis() {
        return List.copyOf(basis);
    }

    /**
     * The order of the candidates for a place, by the keys the rule's parameter names, in turn: {@code SHARE} (the
     * higher share of tasks done first, unknown last), {@code TASKS_DONE} (more tasks done first), {@code ID} (the
     * id, alphabetically). The id always breaks a tie last, so that the order is total (arithmetic, not law).
     *
     * @param other  another team's or member's rating
     * @param rankBy the keys, a {@link Param} the rule matched
     * @return true when this one comes first for a place
     */
    public boolean ranksBefore(RatingFact other, Param rankBy) {
        return ORDERS.computeIfAbsent(rankBy.getCodes(), RatingFact::order).compare(this, other) < 0;
    }

    private static Comparator<RatingFact> order(List<String> keys) {
        Comparator<RatingFact> order = (a, b) -> 0;
        for (String key : keys) {
            order = order.thenComparing(switch (key) {
                case "SHARE" -> Comparator.comparing(RatingFact::getShare,
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
                case "TASKS_DONE" -> Comparator.comparing(RatingFact::getTasksDone, Comparator.reverseOrder());
                case "ID" -> Comparator.comparing(RatingFact::id);
                default -> throw new IllegalArgumentException("unknown ranking key " + key
                        + " (SHARE, TASKS_DONE, ID)");
            });
        }
        return order.thenComparing(RatingFact::id);
    }

    /** @return the keys in Vietnamese, for the explanation */
    private static String keysVi(Param rankBy) {
        List<String> words = new ArrayList<>();
        for (String key : rankBy.getCodes()) {
            words.add(switch (key) {
                case "SHARE" -> "tỷ lệ nhiệm vụ hoàn thành";
                case "TASKS_DONE" -> "số nhiệm vụ hoàn thành";
                case "ID" -> "mã";
                default -> key;
            });
        }
        if (!rankBy.getCodes().contains("ID")) {
            words.add("mã");
        }
        return String.join(", ", words);
    }

    /**
     * The places of a quota: {@code percent}% of {@code base}, rounded as the rule's parameter says.
     *
     * @param percent  the share (%), a {@link Param} the rule matched
     * @param rounding how to round to whole places (a {@link RoundingMode} code, e.g. DOWN), a {@link Param}
     * @param base     how many the share is of
     * @return the places
     */
    public static long places(Param percent, Param rounding, long base) {
        return percent.getDecimal().multiply(BigDecimal.valueOf(base))
                .divide(HUNDRED, 0, RoundingMode.valueOf(rounding.getCodes().get(0))).longValue();
    }

    /**
     * Notes the parameters of a step that compared this rating with others without changing it.
     *
     * @param used the parameters the step's rule matched
     */
    public void noted(Param... used) {
        for (Param p : used) {
            note(p);
        }
    }

    /**
     * Lowers the rating for want of a place in the commune's quota, with the explanation.
     *
     * @param to       the rating left
     * @param percent  the quota's share (%)
     * @param base     what it is of
     * @param rounding how its places are rounded
     * @param rankBy   the keys that order the candidates
     * @param counted  how many ratings the share is of
     * @param ahead    the ratings ranked before this one that hold a place or would
     * @param baseText what the share is of, in Vietnamese ("được xếp loại tốt trở lên")
     */
    public void outsideQuota(Rating to, Param percent, Param base, Param rounding, Param rankBy, long counted,
                             long ahead, String baseText) {
        noted(percent, base, rounding, rankBy);
        rating = to;
        beyondQuota = true;
        reasons.add("ngoài tỷ lệ xuất sắc của xã: tối đa " + percent.getDecimal().stripTrailingZeros().toPlainString()
                + "% của " + counted + " " + baseText + " = " + places(percent, rounding, counted) + " suất; xếp thứ "
                + (ahead + 1) + " theo " + keysVi(rankBy));
    }

    /**
     * Takes over what the team's rating rests on (a member whose role the team's rating caps).
     *
     * @param team the team's rating
     */
    public void restsOn(RatingFact team) {
        basis.addAll(team.basis);
    }

    /**
     * Keeps the member at the team's rating.
     *
     * @param team the team's rating
     * @param used the parameters the cap's rule matched
     */
    public void cappedAt(RatingFact team, Param... used) {
        noted(used);
        rating = team.rating;
        reasons.add(roleWord() + " không được xếp loại cao hơn Tổ (Tổ: "
                + team.rating.labelVi().toLowerCase(Locale.ROOT) + ")");
    }

    /**
     * Spares a member newly in the team from the cap, with the explanation.
     *
     * @param used the parameters the exemption's rule matched
     */
    public void sparedAsNew(Param... used) {
        noted(used);
        reasons.add(roleWord() + " mới tham gia Tổ trong kỳ (từ " + Wording.day(joined)
                + "): không bị giới hạn theo mức xếp loại của Tổ");
    }

    private String roleWord() {
        return role.labelVi().toLowerCase(Locale.ROOT);
    }

    private void note(Param p) {
        if (!parameterIds.contains(p.getId())) {
            parameterIds.add(p.getId());
        }
        if (p.isProvisional()) {
            basis.add(p.getId());
        }
    }

    private String id() {
        return memberId != null ? memberId : teamId;
    }

    @Override
    public String toString() {
        return "RatingFact[" + id() + " " + status + " " + rating + "]";
    }
}
