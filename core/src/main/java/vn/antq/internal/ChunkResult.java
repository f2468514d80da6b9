package vn.antq.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.rules.CriterionFact;
import vn.antq.rules.Exclusion;
import vn.antq.rules.MovementFact;
import vn.antq.rules.ProposalFact;
import vn.antq.rules.StandingFact;

/** What one rule session concluded, by unit id. */
final class ChunkResult {
    final Map<String, List<CriterionFact>> criteria = new HashMap<>();
    final Map<String, StandingFact> standings = new HashMap<>();
    final Map<String, Exclusion> exclusions = new HashMap<>();
    final Map<String, MovementFact> movements = new HashMap<>();
    final List<ProposalFact> proposals = new ArrayList<>();

    /** @param session a fired session of unit facts @return its conclusions, by type */
    static ChunkResult of(RuleSession session) {
        ChunkResult r = new ChunkResult();
        for (CriterionFact c : session.all(CriterionFact.class)) {
            r.criteria.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c);
        }
        session.all(StandingFact.class).forEach(s -> r.standings.put(s.unitId(), s));
        session.all(Exclusion.class).forEach(e -> r.exclusions.put(e.unitId(), e));
        session.all(MovementFact.class).forEach(m -> r.movements.put(m.unitId(), m));
        r.proposals.addAll(session.all(ProposalFact.class));
        return r;
    }
}
