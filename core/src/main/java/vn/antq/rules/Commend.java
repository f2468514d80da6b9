package vn.antq.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.antq.commendation.Award;
import vn.antq.commendation.ProposalStatus;
import vn.antq.commendation.YearResult;
import vn.antq.indicator.KnownIndicator;
import vn.antq.standard.StandardStatus;

/**
 * The vocabulary a commendation rule uses to decide whether a unit that achieved the standard this year is
 * a candidate for its award: the movement level, the consecutive years achieved (counted from the end of
 * any earlier discipline), and the pending cases that block a proposal (NĐ 152/2025/NĐ-CP Điều 4 khoản 4 from
 * 01/7/2025; NĐ 98/2023/NĐ-CP, and NĐ 91/2017/NĐ-CP before it); a case not recorded leaves the proposal to be
 * confirmed. antq proposes; people decide.
 *
 * <pre>{@code
 * Commend c = Commend.of(drools.getRule().getName(), $u, $m, params)
 *         .levelOneOf("example.movementLevels").yearsAtLeast("example.minConsecutiveYears")
 *         .unlessPendingUnder("example.blockBasis", "pendingDiscipline", "underInvestigation", "pendingInspection",
 *                 "pendingComplaint", "pressCorruption");
 * if (c.candidate()) { insert( c.award("example.award").quota("example.quota").done() ); }
 * }</pre>
 *
 * @since 0.1
 */
public final class Commend {
    private final String ruleId;
    private final UnitFact unit;
    private final MovementFact movement;
    private final List<String> reasons = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();
    private final List<String> unconfirmed = new ArrayList<>();
    private final ParameterTrail used;
    private boolean candidate = true;
    private String basis;
    private int years;
    private Award award;
    private String quotaId;

    private Commend(String ruleId, UnitFact unit, MovementFact movement, Params params) {
        this.ruleId = ruleId;
        this.unit = unit;
        this.movement = movement;
        this.used = new ParameterTrail(params);
        reasons.add("Đạt chuẩn \"An toàn về an ninh, trật tự\" năm nay");
    }

    /**
     * @param ruleId   the rule id
     * @param unit     a unit that achieved the standard this year
     * @param movement its movement classification this year
     * @param params   the global {@code params}
     * @return a new decision
     */
    public static Commend of(String ruleId, UnitFact unit, MovementFact movement, Params params) {
        return new Commend(ruleId, unit, movement, params);
    }

    /** @param parameterId the movement levels that qualify @return this */
    public Commend levelOneOf(String parameterId) {
        List<String> levels = used.get(parameterId).codes();
        if (levels.contains(movement.level().name())) {
            reasons.add("Phong trào xếp loại " + movement.level().labelVi());
        } else {
            candidate = false;
        }
        return this;
    }

    /**
     * The standard achieved this year and the years just before it, without a gap, counted only after the
     * year a discipline ended ({@code disciplineEndedYear}).
     *
     * @param parameterId the minimum number of consecutive years, this year included
     * @return this
     */
    public Commend yearsAtLeast(String parameterId) {
        int min = used.get(parameterId).decimal().intValue();
        Long disciplineEnded = unit.count("disciplineEndedYear");
        int year = unit.getWindow().to().getYear();
        years = 1;
        for (YearResult r : unit.getHistory()) {
            int previous = year - years;
            if (r.year() > previous) {
                continue;
            }
            if (r.year() != previous || r.standard() != StandardStatus.ACHIEVED
                    || disciplineEnded != null && r.year() <= disciplineEnded) {
                break;
            }
            years++;
        }
        if (years >= min) {
            reasons.add("Đạt chuẩn " + years + " năm liền" + (disciplineEnded == null ? ""
                    : " (tính từ khi chấp hành xong kỷ luật năm " + disciplineEnded + ")"));
        } else {
            candidate = false;
        }
        return this;
    }

    /**
     * @param indicators boolean indicators of pending cases; a true one blocks the proposal, an absent one leaves
     *                   it to be confirmed (NEEDS_CONFIRMATION), never clear
     * @return this
     */
    public Commend unlessPending(String... indicators) {
        return block(null, indicators);
    }

    /**
     * Like {@link #unlessPending(String...)}, naming in each block the legal basis in force on the reference date.
     *
     * @param basisId    parameter id whose (dated) value names the basis, e.g. NĐ 152/2025/NĐ-CP Điều 4 from
     *                   01/7/2025, NĐ 98/2023/NĐ-CP before
     * @param indicators flag indicators of pending cases
     * @return this
     */
    public Commend unlessPendingUnder(String basisId, String... indicators) {
        return block(used.get(basisId).codes().get(0), indicators);
    }

    private Commend block(String basisText, String[] indicators) {
        basis = basisText;
        for (String name : indicators) {
            Boolean pending = unit.flag(name);
            if (pending == null) {
                unconfirmed.add(KnownIndicator.labelOf(name).toLowerCase(Locale.ROOT));
            } else if (pending) {
                blocks.add(KnownIndicator.labelOf(name));
            }
        }
        return this;
    }

    /** @return true when the unit meets every criterion (a pending case may still block it) */
    public boolean candidate() {
        return candidate;
    }

    /** @param prefix parameter id prefix; {@code <prefix>.<unit kind>} names the award @return this */
    public Commend award(String prefix) {
        award = Award.valueOf(used.get(prefix + "." + unit.getKind().name()).codes().get(0));
        return this;
    }

    /**
     * Asks the evaluator to hold the proposals of the award to a quota {@code <prefix>.<AWARD>} once every
     * candidate is ranked, when the pack defines one on the reference date: the proposed candidates beyond it are
     * over the quota. Call after {@link #award}.
     *
     * @param prefix parameter id prefix of the quotas by award
     * @return this
     */
    public Commend quota(String prefix) {
        quotaId = award == null ? null : prefix + "." + award.name();
        return this;
    }

    /**
     * @return the candidate to insert: BLOCKED when a case is pending, else NEEDS_CONFIRMATION when a case flag is
     *         not recorded, else PROPOSED
     */
    public ProposalFact done() {
        List<String> all = new ArrayList<>(reasons);
        blocks.forEach(b -> all.add("Chưa đề nghị: " + b + (basis == null ? "" : " (" + basis + ")")));
        ProposalStatus status = ProposalStatus.PROPOSED;
        if (!blocks.isEmpty()) {
            status = ProposalStatus.BLOCKED;
        } else if (!unconfirmed.isEmpty()) {
            status = ProposalStatus.NEEDS_CONFIRMATION;
            all.add("Cần xác nhận, chưa có thông tin: " + String.join(", ", unconfirmed)
                    + (basis == null ? "" : " (" + basis + ")"));
        }
        return new ProposalFact(ruleId, unit.getId(), award, status, movement.score(), years, all, used.ids(),
                quotaId);
    }

}
