package vn.antq.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.RatingStatus;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.rules.GrassrootsFact;
import vn.antq.rules.MemberFact;
import vn.antq.rules.Params;
import vn.antq.rules.RatingFact;
import vn.antq.rules.TeamFact;
import vn.antq.standard.UsedParameter;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitType;
import vn.antq.verdict.Verdict;

/**
 * Checks the dataset's Tổ bảo vệ an ninh, trật tự against the pack's grassroots rules: each team's
 * staffing and rating, each member's eligibility, monthly support and rating. Teams run in sessions of about
 * {@code chunkSize} teams, each commune's teams together (the rules' quota of "xuất sắc" compares a commune's teams
 * and members), on the evaluation's threads; each chunk assembles its results from its session's conclusions.
 *
 * <p><b>How the dataset is read (data, not law).</b> A team lists the khu dân cư it covers; the facts the rules
 * see are read from them as the dataset format defines (docs/dataset-format.md), not as a legal choice: the team's
 * commune is the parent of its first area (a team covers areas of one commune; a team with no known area is a
 * commune of its own, so that no quota pools it with others), its area type is that of its first area, and its
 * resident households are the sum over its areas (unknown when one area lacks the count). Which teams a quota
 * compares, which area types and household counts size a team, are the pack's rules, which read these facts.
 */
final class TeamRun {
    /** The kinds of input fact its sessions hold. */
    static final Set<Class<?>> HELD = Set.of(TeamFact.class, MemberFact.class);

    /** The rating of a team or member the pack has no rating rule for. */
    static final RatingResult NOT_CHECKED = new RatingResult(RatingStatus.INSUFFICIENT_DATA, null, "", "",
            List.of("gói luật không có luật xếp loại / the rule pack has no rating rule"), null, null, List.of(),
            List.of());
    private final LoadedPack pack;
    private final Params params;
    private final ReportAssembler assembler;
    private final Consumer<String> fired;

    TeamRun(LoadedPack pack, Params params, ReportAssembler assembler, Consumer<String> fired) {
        this.pack = pack;
        this.params = params;
        this.assembler = assembler;
        this.fired = fired;
    }

    /** Runs work over chunks, possibly on several threads. */
    interface ChunkExecutor {
        <T> void forEach(List<T> chunks, Consumer<T> work);
    }

    List<TeamResult> run(Dataset dataset, Map<String, Unit> units, int chunkSize, ChunkExecutor executor) {
        if (dataset.securityTeams().isEmpty()) {
            return List.of();
        }
        List<SecurityTeam> all = dataset.securityTeams();
        Map<String, TeamResult> byTeam = new ConcurrentHashMap<>(all.size() * 2);
        executor.forEach(chunks(all, units, chunkSize), chunk -> assemble(chunk, dataset, units, byTeam));
        List<TeamResult> results = new ArrayList<>(all.size());
        for (SecurityTeam team : all) {
            results.add(byTeam.get(team.id()));
        }
        return results;
    }

    /**
     * @return the teams in chunks of about {@code chunkSize}, each commune's teams in one chunk (the quota of
     *         "xuất sắc" compares them), communes in the order their first team comes
     */
    private static List<List<SecurityTeam>> chunks(List<SecurityTeam> teams, Map<String, Unit> units, int chunkSize) {
        Map<String, List<SecurityTeam>> byCommune = new LinkedHashMap<>();
        for (SecurityTeam team : teams) {
            byCommune.computeIfAbsent(commune(team, units), c -> new ArrayList<>()).add(team);
        }
        List<List<SecurityTeam>> chunks = new ArrayList<>();
        List<SecurityTeam> chunk = new ArrayList<>();
        for (List<SecurityTeam> commune : byCommune.values()) {
            chunk.addAll(commune);
            if (chunk.size() >= chunkSize) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /** Fires the chunk's session and turns its conclusions into results. */
    private void assemble(List<SecurityTeam> chunk, Dataset dataset, Map<String, Unit> units,
                          Map<String, TeamResult> into) {
        Map<Key, GrassrootsFact> found = new HashMap<>();
        Map<Key, RatingResult> rated = new HashMap<>();
        fire(chunk, dataset, units, found, rated);
        for (SecurityTeam team : chunk) {
            List<MemberResult> members = new ArrayList<>(team.members().size());
            for (TeamMember m : team.members()) {
                GrassrootsFact check = found.get(key(team.id(), m.id(), false));
                GrassrootsFact support = found.get(key(team.id(), m.id(), true));
                List<String> ids = new ArrayList<>();
                if (check != null) {
                    ids.addAll(check.parameterIds());
                }
                if (support != null) {
                    ids.addAll(support.parameterIds());
                }
                members.add(new MemberResult(m.id(), m.name(), m.role(),
                        check == null ? Verdict.NOT_APPLICABLE : check.verdict(),
                        check == null ? List.of() : check.reasons(), support == null ? null : support.amount(),
                        rated.getOrDefault(key(team.id(), m.id(), false), NOT_CHECKED),
                        assembler.parameters(ids), support == null ? List.of() : support.reasons(),
                        check == null ? List.of() : assembler.sharedIds(check.provisionalBasis()),
                        support == null ? List.of() : assembler.sharedIds(support.provisionalBasis())));
            }
            GrassrootsFact staffing = found.get(key(team.id(), null, false));
            List<UsedParameter> used = staffing == null ? List.of() : assembler.parameters(staffing);
            into.put(team.id(), new TeamResult(team.id(), team.areaIds(),
                    staffing == null ? Verdict.NOT_APPLICABLE : staffing.verdict(),
                    staffing == null ? "" : staffing.actual(), staffing == null ? "" : staffing.required(),
                    staffing == null ? null : assembler.source(staffing), members,
                    rated.getOrDefault(key(team.id(), null, false), NOT_CHECKED), used));
        }
    }

    private void fire(List<SecurityTeam> teams, Dataset dataset, Map<String, Unit> units,
                      Map<Key, GrassrootsFact> found, Map<Key, RatingResult> rated) {
        try (RuleSession session = RuleSession.open(pack, params, HELD, fired)) {
            for (SecurityTeam team : teams) {
                String commune = commune(team, units);
                session.insert(new TeamFact(team, areaType(team, units), households(team, units), dataset.year(),
                        commune));
                for (TeamMember m : team.members()) {
                    session.insert(new MemberFact(m, team.id(), dataset.referenceDate(), dataset.year(),
                            team.supportClass(), commune));
                }
            }
            session.fire();
            for (GrassrootsFact f : session.all(GrassrootsFact.class)) {
                found.put(key(f.teamId(), f.memberId(), f.support()), f);
            }
            for (RatingFact r : session.all(RatingFact.class)) {
                rated.put(key(r.getTeamId(), r.getMemberId(), false), result(r));
            }
        }
    }

    private RatingResult result(RatingFact r) {
        List<String> reasons = new ArrayList<>(r.reasons().size());
        r.reasons().forEach(x -> reasons.add(assembler.shared(x)));
        return new RatingResult(r.getStatus(), r.isRated() ? r.getRating() : null, assembler.shared(r.actual()),
                assembler.shared(r.required()), reasons, r.getRuleId(), assembler.source(r),
                assembler.sharedIds(r.provisionalBasis()), assembler.parameters(r));
    }

    /**
     * @return the commune (parent of the first area covered), or the team's own id when it has none: how the dataset
     *         is read, not law
     */
    static String commune(SecurityTeam team, Map<String, Unit> units) {
        Unit area = team.areaIds().isEmpty() ? null : units.get(team.areaIds().get(0));
        return area == null || area.parentId() == null ? "team:" + team.id() : area.parentId();
    }

    private static Key key(String team, String member, boolean support) {
        return new Key(team, member, support);
    }

    /** A grassroots conclusion's place: the team, the member (null for the team) and whether it is the support. */
    private record Key(String team, String member, boolean support) {
    }

    /** @return the type of the first area covered, or null: how the dataset is read, not law */
    private static UnitType areaType(SecurityTeam team, Map<String, Unit> units) {
        Unit first = team.areaIds().isEmpty() ? null : units.get(team.areaIds().get(0));
        return first == null ? null : first.type();
    }

    /** @return the resident households of the areas covered, summed; null when one lacks the count (data, not law) */
    private static Long households(SecurityTeam team, Map<String, Unit> units) {
        long sum = 0;
        for (String id : team.areaIds()) {
            Unit area = units.get(id);
            Long count = area == null ? null : area.indicators().count("householdsResident");
            if (count == null) {
                return null;
            }
            sum += count;
        }
        return sum;
    }
}
