package vn.antq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.MemberResult;
import vn.antq.grassroots.RatingResult;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.grassroots.TeamResult;
import vn.antq.pack.RuleInfo;
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
 * staffing and rating, each member's eligibility, monthly support and rating. Teams are independent, so they
 * run in sessions of about {@code chunkSize} teams, on the evaluation's threads; the quota of "xuất sắc" and
 * the leader's cap, which compare teams and members with each other, follow ({@link RatingRound}).
 */
final class TeamRun {
    private final LoadedPack pack;
    private final Params params;
    private final ReportAssembler assembler;

    TeamRun(LoadedPack pack, Params params, ReportAssembler assembler) {
        this.pack = pack;
        this.params = params;
        this.assembler = assembler;
    }

    /** Runs work over chunks, possibly on several threads. */
    interface ChunkExecutor {
        <T> void forEach(List<T> chunks, Consumer<T> work);
    }

    List<TeamResult> run(Dataset dataset, Map<String, Unit> units, int chunkSize, ChunkExecutor executor) {
        if (dataset.securityTeams().isEmpty()) {
            return List.of();
        }
        Map<Key, GrassrootsFact> found = new ConcurrentHashMap<>();
        Map<RatingRound.Key, RatingFact> ratings = new ConcurrentHashMap<>();
        List<List<SecurityTeam>> chunks = new ArrayList<>();
        List<SecurityTeam> all = dataset.securityTeams();
        for (int i = 0; i < all.size(); i += chunkSize) {
            chunks.add(all.subList(i, Math.min(all.size(), i + chunkSize)));
        }
        executor.forEach(chunks, chunk -> fire(chunk, dataset, units, found, ratings));
        Map<RatingRound.Key, RatingResult> rated = new RatingRound(pack, params, assembler).apply(all, units, ratings);
        List<TeamResult> results = new ArrayList<>(all.size());
        for (SecurityTeam team : all) {
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
                        rated.getOrDefault(RatingRound.key(team.id(), m.id()), RatingRound.NOT_CHECKED),
                        assembler.parameters(ids)));
            }
            GrassrootsFact staffing = found.get(key(team.id(), null, false));
            RuleInfo info = staffing == null ? null : pack.rules().get(staffing.ruleId());
            List<UsedParameter> used = staffing == null ? List.of() : assembler.parameters(staffing.parameterIds());
            results.add(new TeamResult(team.id(), team.areaIds(),
                    staffing == null ? Verdict.NOT_APPLICABLE : staffing.verdict(),
                    staffing == null ? "" : staffing.actual(), staffing == null ? "" : staffing.required(),
                    info == null ? null : info.source(), members,
                    rated.getOrDefault(RatingRound.key(team.id(), null), RatingRound.NOT_CHECKED), used));
        }
        return results;
    }

    private void fire(List<SecurityTeam> teams, Dataset dataset, Map<String, Unit> units,
                      Map<Key, GrassrootsFact> found, Map<RatingRound.Key, RatingFact> ratings) {
        KieSession session = pack.kieBase().newKieSession();
        try {
            session.setGlobal(SessionRunner.PARAMS_GLOBAL, params);
            for (SecurityTeam team : teams) {
                session.insert(new TeamFact(team, areaType(team, units), households(team, units), dataset.year()));
                for (TeamMember m : team.members()) {
                    session.insert(new MemberFact(m, team.id(), dataset.referenceDate(), dataset.year()));
                }
            }
            session.fireAllRules();
            for (Object o : session.getObjects(o -> o instanceof GrassrootsFact || o instanceof RatingFact)) {
                if (o instanceof GrassrootsFact f) {
                    found.put(key(f.teamId(), f.memberId(), f.amount() != null), f);
                } else {
                    RatingFact r = (RatingFact) o;
                    ratings.put(RatingRound.key(r.teamId(), r.memberId()), r);
                }
            }
        } finally {
            session.dispose();
        }
    }

    private static Key key(String team, String member, boolean support) {
        return new Key(team, member, support);
    }

    /** A grassroots conclusion's place: the team, the member (null for the team) and whether it is the support. */
    private record Key(String team, String member, boolean support) {
    }

    private static UnitType areaType(SecurityTeam team, Map<String, Unit> units) {
        Unit first = team.areaIds().isEmpty() ? null : units.get(team.areaIds().get(0));
        return first == null ? null : first.type();
    }

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
