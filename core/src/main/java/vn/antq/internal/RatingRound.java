package vn.antq.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.antq.grassroots.Rating;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.pack.RuleInfo;
import vn.antq.rules.Params;
import vn.antq.rules.RatingFact;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.Unit;

/**
 * The steps that compare teams and members, which the rating rules ask for ({@link RatingFact.Round}) and the
 * evaluator applies once every team and member of a chunk is rated: in each commune at most the quota's percentage
 * "xuất sắc" of its base (those rated "tốt" or better, or all rated), rounded down, first for the teams, then —
 * once each member in a capped role is kept no higher than the team — for the members. The places go by share of
 * tasks done (highest first), then tasks done (most first), then id; the others become "tốt", with the reason. A
 * rule that names no quota, or a quota the pack does not define on the reference date, sets none; likewise for the
 * cap. An exemption {@code JOINED_IN_WINDOW} spares one who joined the team after the rating window's first day.
 * The parameter ids come from the rules; this class names none.
 */
final class RatingRound {
    /** The rating of a team or member the pack has no rating rule for. */
    static final RatingResult NOT_CHECKED = new RatingResult(RatingStatus.INSUFFICIENT_DATA, null, "", "",
            List.of("gói luật không có luật xếp loại / the rule pack has no rating rule"), null, null, List.of(),
            List.of());
    private static final String JOINED_IN_WINDOW = "JOINED_IN_WINDOW";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Comparator<Working> ORDER = Comparator
            .comparing((Working w) -> w.fact.share(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(w -> w.fact.tasksDone(), Comparator.reverseOrder())
            .thenComparing(Working::id);

    private final LoadedPack pack;
    private final Params params;
    private final ReportAssembler assembler;

    RatingRound(LoadedPack pack, Params params, ReportAssembler assembler) {
        this.pack = pack;
        this.params = params;
        this.assembler = assembler;
    }

    /** @return the key of a team's ({@code member} null) or member's rating */
    static Key key(String team, String member) {
        return new Key(team, member);
    }

    /** Where a rating belongs: the team, and the member (null for the team's own rating). */
    record Key(String team, String member) {
    }

    /** A rating on its way: the rule's conclusion and what the round changed. */
    private static final class Working {
        final RatingFact fact;
        final List<String> reasons;
        final List<String> ids;
        final Set<String> inherited = new TreeSet<>();
        Rating rating;

        Working(RatingFact fact) {
            this.fact = fact;
            this.rating = fact.rating();
            this.reasons = new ArrayList<>(fact.reasons());
            this.ids = new ArrayList<>(fact.parameterIds());
        }

        String id() {
            return fact.memberId() != null ? fact.memberId() : fact.teamId();
        }

        boolean rated() {
            return fact.status() == RatingStatus.RATED;
        }
    }

    Map<Key, RatingResult> apply(List<SecurityTeam> teams, Map<String, Unit> units, Map<Key, RatingFact> facts) {
        Map<String, List<Working>> teamsByCommune = new LinkedHashMap<>();
        Map<String, List<Working>> membersByCommune = new LinkedHashMap<>();
        Map<Key, Working> all = new HashMap<>();
        for (SecurityTeam team : teams) {
            String commune = commune(team, units);
            RatingFact teamFact = facts.get(key(team.id(), null));
            Working teamRating = teamFact == null ? null : new Working(teamFact);
            if (teamRating != null) {
                all.put(key(team.id(), null), teamRating);
                teamsByCommune.computeIfAbsent(commune, c -> new ArrayList<>()).add(teamRating);
            }
            for (TeamMember m : team.members()) {
                RatingFact f = facts.get(key(team.id(), m.id()));
                if (f != null) {
                    Working w = new Working(f);
                    all.put(key(team.id(), m.id()), w);
                    membersByCommune.computeIfAbsent(commune, c -> new ArrayList<>()).add(w);
                }
            }
        }
        teamsByCommune.values().forEach(this::quota);
        for (SecurityTeam team : teams) {
            Working t = all.get(key(team.id(), null));
            for (TeamMember m : team.members()) {
                Working w = all.get(key(team.id(), m.id()));
                if (w != null && t != null && capped(w, m)) {
                    capLeader(m, w, t);
                }
            }
        }
        membersByCommune.values().forEach(this::quota);
        Map<Key, RatingResult> results = new HashMap<>(all.size() * 2);
        all.forEach((k, w) -> results.put(k, result(w)));
        return results;
    }

    /** @return true when the member's rating rule asks that a member of its role be kept no higher than the team */
    private boolean capped(Working member, TeamMember m) {
        String roles = member.fact.round().capRoles();
        return roles != null && params.has(roles) && params.codes(roles).contains(m.role().name());
    }

    /** Keeps a tổ trưởng or tổ phó rated above the team at the team's rating, unless newly transferred. */
    private void capLeader(TeamMember member, Working leader, Working team) {
        if (leader.rated() && team.rated()) {
            leader.inherited.addAll(basis(team));
        }
        if (!leader.rated() || !team.rated() || leader.rating == null || team.rating == null
                || leader.rating.compareTo(team.rating) >= 0) {
            return;
        }
        RatingFact.Round round = leader.fact.round();
        leader.ids.add(round.capRoles());
        String role = member.role().labelVi().toLowerCase(Locale.ROOT);
        String exempt = round.capExempt();
        if (exempt != null && params.has(exempt) && params.codes(exempt).contains(JOINED_IN_WINDOW)
                && round.windowStart() != null) {
            leader.ids.add(exempt);
            if (member.joined() != null && member.joined().isAfter(round.windowStart())) {
                leader.reasons.add(role + " mới tham gia Tổ trong kỳ (từ " + DAY.format(member.joined())
                        + "): không bị giới hạn theo mức xếp loại của Tổ");
                return;
            }
        }
        leader.rating = team.rating;
        leader.reasons.add(role + " không được xếp loại cao hơn Tổ (Tổ: "
                + team.rating.labelVi().toLowerCase(Locale.ROOT) + ")");
    }

    /** Applies the quota the group's rating rule asks for; the group's ratings come from one rule. */
    private void quota(List<Working> group) {
        RatingFact.Round round = group.get(0).fact.round();
        String percentId = round.quotaPercent();
        String baseId = round.quotaBase();
        if (percentId == null || baseId == null || !params.has(percentId) || !params.has(baseId)) {
            return;
        }
        BigDecimal percent = params.decimal(percentId);
        boolean goodOrBetter = "GOOD_OR_BETTER".equals(params.codes(baseId).get(0));
        List<Working> excellent = new ArrayList<>();
        int base = 0;
        for (Working w : group) {
            if (w.rated() && (!goodOrBetter || w.rating.compareTo(Rating.GOOD) <= 0)) {
                base++;
            }
            if (w.rated() && w.rating == Rating.EXCELLENT) {
                excellent.add(w);
            }
        }
        int places = percent.multiply(BigDecimal.valueOf(base)).divideToIntegralValue(BigDecimal.valueOf(100))
                .intValue();
        excellent.sort(ORDER);
        for (int i = 0; i < excellent.size(); i++) {
            Working w = excellent.get(i);
            w.ids.add(percentId);
            w.ids.add(baseId);
            if (i >= places) {
                w.rating = Rating.GOOD;
                w.reasons.add("ngoài tỷ lệ xuất sắc của xã: tối đa " + percent.stripTrailingZeros().toPlainString()
                        + "% của " + base + (goodOrBetter ? " được xếp loại tốt trở lên" : " được xếp loại") + " = "
                        + places + " suất; xếp thứ " + (i + 1)
                        + " theo tỷ lệ nhiệm vụ hoàn thành, số nhiệm vụ hoàn thành, mã");
            }
        }
    }

    private RatingResult result(Working w) {
        RuleInfo info = pack.rules().get(w.fact.ruleId());
        List<UsedParameter> used = assembler.parameters(List.copyOf(w.ids));
        List<String> reasons = new ArrayList<>(w.reasons.size());
        w.reasons.forEach(r -> reasons.add(assembler.shared(r)));
        return new RatingResult(w.fact.status(), w.rated() ? w.rating : null, assembler.shared(w.fact.actual()),
                assembler.shared(w.fact.required()), reasons, w.fact.ruleId(), info == null ? null : info.source(),
                assembler.sharedIds(basis(w)), used);
    }

    /** @return the provisional parameters a rating rests on: its own, and what it inherited, sorted */
    private List<String> basis(Working w) {
        Set<String> basis = new TreeSet<>(w.inherited);
        for (String id : w.ids) {
            if (params.has(id) && params.get(id).provisional()) {
                basis.add(id);
            }
        }
        return List.copyOf(basis);
    }

    /** @return the commune (parent of the first area covered), or the team's own id when it has none */
    static String commune(SecurityTeam team, Map<String, Unit> units) {
        Unit area = team.areaIds().isEmpty() ? null : units.get(team.areaIds().get(0));
        return area == null || area.parentId() == null ? "team:" + team.id() : area.parentId();
    }
}
