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

    void add(Object fact) {
        if (fact instanceof CriterionFact c) {
            criteria.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c);
        } else if (fact instanceof StandingFact s) {
            standings.put(s.unitId(), s);
        } else if (fact instanceof Exclusion e) {
            exclusions.put(e.unitId(), e);
        } else if (fact instanceof MovementFact m) {
            movements.put(m.unitId(), m);
        } else if (fact instanceof ProposalFact p) {
            proposals.add(p);
        }
    }
}
