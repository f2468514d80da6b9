package vn.antq.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.commendation.Award;
import vn.antq.commendation.ProposalStatus;
import vn.antq.commendation.YearResult;
import vn.antq.dataset.Dataset;
import vn.antq.evaluation.EvaluationReport;
import vn.antq.evaluation.UnitAssessment;
import vn.antq.movement.MovementLevel;
import vn.antq.rules.national.ReferenceStandard.Tri;
import vn.antq.standard.StandardStatus;
import vn.antq.unit.Unit;
import vn.antq.unit.UnitKind;

/**
 * A plain-Java reading of the default commendation proposal (domain.md §6, docs/vi/de-xuat-khen-thuong.md, decision
 * 0014), without the engine's vocabulary ({@code ProposalRanking}, the proposal rules): a unit achieving the standard
 * this year and the two years before it counts from (at least 2 consecutive years, this one included, after the end
 * of any discipline), classified EXCELLENT, is a candidate for the award of its kind (communes: Giấy khen of the
 * district chairman, from 01/7/2025 Bằng khen of the provincial chairman); a true case flag blocks it, an absent one
 * asks for confirmation. Candidates of one award are ranked by movement score, then years, then id; no quota is set
 * by default. The year's standard status and movement level are taken from the engine's report (their agreement with
 * {@link ReferenceStandard} is {@link ReferenceAgreementTest}'s subject). Where a province sets a quota for an award,
 * the proposed candidates ranked beyond it are "ngoài chỉ tiêu"; blocked and unconfirmed ones take no place.
 */
final class ReferenceProposals {
    private static final String[] CASES = {"pendingDiscipline", "underInvestigation", "pendingInspection",
            "pendingComplaint", "pressCorruption"};

    /** One expected proposal. */
    record Expected(String unitId, Award award, ProposalStatus status, int yearsAchieved, BigDecimal score) {
    }

    private ReferenceProposals() {
    }

    /** @return by unit id, in no particular order; rank is separate; no quota */
    static Map<String, Expected> evaluate(Dataset d, EvaluationReport report) {
        return evaluate(d, report, Map.of());
    }

    /**
     * @param quotas the number of places of each award a province set ({@code kt.quota.<AWARD>}); an award not named
     *               has no quota
     * @return by unit id: candidates ranked beyond the quota among those proposed are OVER_QUOTA (blocked and
     *         unconfirmed candidates keep their rank but take no place)
     */
    static Map<String, Expected> evaluate(Dataset d, EvaluationReport report, Map<Award, Integer> quotas) {
        Map<String, Expected> out = candidates(d, report);
        ranking(out).forEach((award, ids) -> {
            Integer quota = quotas.get(award);
            int taken = 0;
            for (String id : ids) {
                Expected e = out.get(id);
                if (quota != null && e.status() == ProposalStatus.PROPOSED && taken++ >= quota) {
                    out.put(id, new Expected(id, award, ProposalStatus.OVER_QUOTA, e.yearsAchieved(), e.score()));
                }
            }
        });
        return out;
    }

    private static Map<String, Expected> candidates(Dataset d, EvaluationReport report) {
        Map<String, Map<Integer, StandardStatus>> history = new HashMap<>();
        for (YearResult y : d.history()) {
            history.computeIfAbsent(y.unitId(), k -> new HashMap<>()).put(y.year(), y.standard());
        }
        Map<String, Expected> out = new LinkedHashMap<>();
        for (Unit u : d.units()) {
            Award award = award(u.kind(), d.referenceDate());
            UnitAssessment a = report.unit(u.id()).orElse(null);
            if (award == null || a == null || a.standard().status() != StandardStatus.ACHIEVED
                    || a.movement().level() != MovementLevel.EXCELLENT) {
                continue;
            }
            Long ended = u.indicators().count("disciplineEndedYear");
            int years = 1;
            Map<Integer, StandardStatus> past = history.getOrDefault(u.id(), Map.of());
            for (int y = d.year() - 1; past.get(y) == StandardStatus.ACHIEVED && (ended == null || y > ended); y--) {
                years++;
            }
            if (ended != null && d.year() <= ended) {
                years = 0;
            }
            if (years < 2) {
                continue;
            }
            Tri anyCase = Tri.NO;
            for (String c : CASES) {
                anyCase = anyCase.or(Tri.of(u.indicators().flag(c)));
            }
            ProposalStatus status = anyCase == Tri.YES ? ProposalStatus.BLOCKED
                    : anyCase == Tri.UNKNOWN ? ProposalStatus.NEEDS_CONFIRMATION : ProposalStatus.PROPOSED;
            out.put(u.id(), new Expected(u.id(), award, status, years, a.movement().score()));
        }
        return out;
    }

    /** The candidates of each award in rank order (blocked and unconfirmed ones included: they only take no place). */
    static Map<Award, List<String>> ranking(Map<String, Expected> expected) {
        Map<Award, List<Expected>> byAward = new LinkedHashMap<>();
        expected.values().forEach(e -> byAward.computeIfAbsent(e.award(), k -> new ArrayList<>()).add(e));
        Map<Award, List<String>> out = new LinkedHashMap<>();
        byAward.forEach((award, list) -> {
            list.sort(Comparator.comparing(Expected::score, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Comparator.comparingInt(Expected::yearsAchieved).reversed())
                    .thenComparing(Expected::unitId));
            out.put(award, list.stream().map(Expected::unitId).toList());
        });
        return out;
    }

    private static Award award(UnitKind kind, LocalDate ref) {
        return switch (kind) {
            case RESIDENTIAL_AREA -> Award.GIAY_KHEN_CHU_TICH_XA;
            case COMMUNE -> ref.isBefore(LocalDate.of(2025, 7, 1)) ? Award.GIAY_KHEN_CHU_TICH_HUYEN
                    : Award.BANG_KHEN_CHU_TICH_TINH;
            case AGENCY, ENTERPRISE, SCHOOL -> Award.GIAY_KHEN_GIAM_DOC_CONG_AN_TINH;
            default -> null;
        };
    }
}
