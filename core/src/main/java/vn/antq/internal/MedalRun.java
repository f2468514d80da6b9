package vn.antq.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import vn.antq.commendation.Leader;
import vn.antq.commendation.MedalCandidate;
import vn.antq.commendation.MedalResult;
import vn.antq.commendation.MedalReview;
import vn.antq.dataset.Dataset;
import vn.antq.grassroots.SecurityTeam;
import vn.antq.grassroots.TeamMember;
import vn.antq.rules.MedalEligibilityFact;
import vn.antq.rules.MedalFact;
import vn.antq.rules.Params;
import vn.antq.standard.UsedParameter;

/**
 * Checks the dataset's team members and leaders for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc", in sessions
 * whose parameters are resolved on the proposal date (so the regime in force then applies). Members whose
 * counted service falls short are counted, not listed.
 */
final class MedalRun {
    /** The kinds of input fact its sessions hold. */
    static final Set<Class<?>> HELD = Set.of(MedalFact.class);

    /**
     * Candidates per session: no medal rule compares two candidates, so a session can hold many (fewer sessions, each
     * holding the parameters once).
     */
    private static final int CHUNK = 1_000;

    private final LoadedPack pack;
    private final ReportAssembler assembler;
    private final Consumer<String> fired;

    MedalRun(LoadedPack pack, ReportAssembler assembler, Consumer<String> fired) {
        this.pack = pack;
        this.assembler = assembler;
        this.fired = fired;
    }

    /** @return the review, or null when the dataset has no proposal date */
    MedalReview run(Dataset dataset, TeamRun.ChunkExecutor executor) {
        if (dataset.medalProposalDate() == null) {
            return null;
        }
        Params params = new Params(pack.parameters().at(dataset.medalProposalDate()));
        List<MedalFact> facts = new ArrayList<>();
        for (SecurityTeam team : dataset.securityTeams()) {
            for (TeamMember m : team.members()) {
                facts.add(new MedalFact(MedalCandidate.TEAM_MEMBER, m, team.id(), null, dataset.medalProposalDate()));
            }
        }
        int members = facts.size();
        for (Leader l : dataset.leaders()) {
            facts.add(new MedalFact(MedalCandidate.LEADER, null, null, l, dataset.medalProposalDate()));
        }
        // each chunk fills its own slots, in the order of the facts: no map shared by the whole dataset
        MedalResult[] slots = new MedalResult[facts.size()];
        boolean[] shortOfTime = new boolean[facts.size()];
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < facts.size(); i += CHUNK) {
            starts.add(i);
        }
        executor.forEach(starts, start -> fire(facts.subList(start, Math.min(facts.size(), start + CHUNK)), start,
                params, slots, shortOfTime));
        List<MedalResult> results = new ArrayList<>();
        int shortOfTimeCount = 0;
        for (int i = 0; i < slots.length; i++) {
            if (shortOfTime[i]) {
                shortOfTimeCount++;
            } else if (slots[i] != null) {
                results.add(slots[i]);
            }
        }
        return new MedalReview(dataset.medalProposalDate(), members, shortOfTimeCount, results);
    }

    private void fire(List<MedalFact> facts, int start, Params params, MedalResult[] slots, boolean[] shortOfTime) {
        Map<String, MedalEligibilityFact> found = new HashMap<>(facts.size() * 2);
        try (RuleSession session = RuleSession.open(pack, params, HELD, fired)) {
            session.insertAll(facts).fire();
            for (MedalEligibilityFact c : session.all(MedalEligibilityFact.class)) {
                found.put(key(c.candidate(), c.personId()), c);
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            MedalFact f = facts.get(i);
            MedalEligibilityFact c = found.get(key(f.candidate(), f.getPersonId()));
            if (c == null) {
                continue;
            }
            if (f.candidate() == MedalCandidate.TEAM_MEMBER && c.shortOfTime()) {
                shortOfTime[start + i] = true;
                continue;
            }
            List<UsedParameter> used = assembler.parameters(c.parameterIds(), params);
            slots[start + i] = new MedalResult(f.getPersonId(), f.member() != null ? f.member().name() : f.leader().name(),
                    f.candidate(), f.teamId(), f.leader() == null ? null : f.leader().unitId(), c.verdict(),
                    c.actual(), c.required(), c.reasons(), f.proposalDate(), c.deadline(), c.lateNote(),
                    c.ruleId(), c.regimeSource() != null ? c.regimeSource() : assembler.source(c),
                    used, c.status());
        }
    }

    private static String key(MedalCandidate candidate, String personId) {
        return candidate + "|" + personId;
    }
}
