package vn.antq.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.antq.commendation.Award;
import vn.antq.commendation.Proposal;
import vn.antq.commendation.ProposalStatus;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.rules.Param;
import vn.antq.rules.ProposalFact;
import vn.antq.standard.UsedParameter;

/**
 * Ranks the candidates of each award by the keys their rule chose ({@link ProposalFact#rankKeys()}, highest first,
 * a missing value last), then by unit id, and counts the candidates a quota rule held to the award's quota
 * ({@link ProposalFact#quota()}) in that order: those counted beyond the quota are OVER_QUOTA. Law-free: which keys,
 * which quota and which candidates take a place in it (in the national pack, only those proposed: KT-CHI-TIEU
 * selects them by status) are the rules'. Every candidate of an award under a quota lists the quota parameter.
 */
final class ProposalRanking {
    private static final Comparator<BigDecimal> KEY = Comparator.nullsLast(Comparator.reverseOrder());
    private static final Comparator<ProposalFact> ORDER = ((Comparator<ProposalFact>) ProposalRanking::byKeys)
            .thenComparing(ProposalFact::unitId);

    private final ReportAssembler assembler;

    ProposalRanking(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    private static int byKeys(ProposalFact a, ProposalFact b) {
        int n = Math.max(a.rankKeys().size(), b.rankKeys().size());
        for (int i = 0; i < n; i++) {
            int c = KEY.compare(i < a.rankKeys().size() ? a.rankKeys().get(i) : null,
                    i < b.rankKeys().size() ? b.rankKeys().get(i) : null);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * @param facts    the candidates the rules found
     * @param assessed the unit results, by unit id: a proposal rests on the unit's standing and movement level
     * @return the proposals, by award, ranked
     */
    List<Proposal> rank(List<ProposalFact> facts, Map<String, UnitAssessment> assessed) {
        Map<Award, List<ProposalFact>> byAward = new TreeMap<>();
        for (ProposalFact f : facts) {
            byAward.computeIfAbsent(f.award(), a -> new ArrayList<>()).add(f);
        }
        List<Proposal> ranked = new ArrayList<>(facts.size());
        byAward.forEach((award, candidates) -> {
            candidates.sort(ORDER);
            Param quotaParam = candidates.stream().map(ProposalFact::quota).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            Integer quota = quotaParam == null ? null : quotaParam.getInt();
            int placed = 0;
            for (int i = 0; i < candidates.size(); i++) {
                ProposalFact f = candidates.get(i);
                List<String> ids = new ArrayList<>(f.parameterIds());
                List<String> reasons = new ArrayList<>(f.reasons());
                ProposalStatus status = f.status();
                if (quota != null) {
                    ids.add(quotaParam.getId());
                    if (f.quota() != null && ++placed > quota) {
                        status = ProposalStatus.OVER_QUOTA;
                        reasons.add("Xếp thứ " + (i + 1) + ", ngoài chỉ tiêu " + quota + " " + award.labelVi());
                    }
                }
                List<UsedParameter> used = assembler.parameters(ids);
                ranked.add(new Proposal(f.unitId(), award, status, i + 1, f.score(), f.yearsAchieved(), reasons,
                        f.ruleId(), assembler.source(f),
                        assembler.sharedIds(basis(used, assessed.get(f.unitId()))), used));
            }
        });
        return ranked;
    }

    /** @return the provisional parameters a proposal rests on: its own, the unit's standing's and level's */
    private static List<String> basis(List<UsedParameter> used, UnitAssessment unit) {
        Set<String> basis = new TreeSet<>(UsedParameter.provisionalIds(used));
        if (unit != null) {
            basis.addAll(unit.standard().provisionalBasis());
            basis.addAll(unit.movement().provisionalBasis());
        }
        return List.copyOf(basis);
    }
}
