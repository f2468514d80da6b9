package vn.antq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final LoadedPack pack;
    private final ReportAssembler assembler;

    MedalRun(LoadedPack pack, ReportAssembler assembler) {
        this.pack = pack;
        this.assembler = assembler;
    }

    /** @return the review, or null when the dataset has no proposal date */
    MedalReview run(Dataset dataset, int chunkSize, TeamRun.ChunkExecutor executor) {
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
        Map<String, MedalEligibilityFact> found = new ConcurrentHashMap<>();
        List<List<MedalFact>> chunks = new ArrayList<>();
        for (int i = 0; i < facts.size(); i += chunkSize) {
            chunks.add(facts.subList(i, Math.min(facts.size(), i + chunkSize)));
        }
        executor.forEach(chunks, chunk -> fire(chunk, params, found));
        List<MedalResult> results = new ArrayList<>();
        int shortOfTime = 0;
        for (MedalFact f : facts) {
            MedalEligibilityFact c = found.get(key(f));
            if (c == null) {
                continue;
            }
            if (f.candidate() == MedalCandidate.TEAM_MEMBER && c.shortOfTime()) {
                shortOfTime++;
                continue;
            }
            List<UsedParameter> used = assembler.parameters(c.parameterIds(), params);
            results.add(new MedalResult(f.getPersonId(), f.member() != null ? f.member().name() : f.leader().name(),
                    f.candidate(), f.teamId(), f.leader() == null ? null : f.leader().unitId(), c.verdict(),
                    c.actual(), c.required(), c.reasons(), f.proposalDate(), c.deadline(), c.lateNote(),
                    c.ruleId(), c.regimeSource() != null ? c.regimeSource() : assembler.source(c),
                    used, c.status()));
        }
        return new MedalReview(dataset.medalProposalDate(), members, shortOfTime, results);
    }

    private void fire(List<MedalFact> facts, Params params, Map<String, MedalEligibilityFact> found) {
        try (RuleSession session = RuleSession.open(pack, params)) {
            session.insertAll(facts).fire();
            for (MedalEligibilityFact c : session.all(MedalEligibilityFact.class)) {
                found.put(c.candidate() + "|" + c.personId(), c);
            }
        }
    }

    private static String key(MedalFact f) {
        return f.candidate() + "|" + f.getPersonId();
    }
}
