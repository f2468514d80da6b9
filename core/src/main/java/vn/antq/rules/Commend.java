package vn.antq.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.antq.commendation.Award;
import vn.antq.commendation.ProposalStatus;
import vn.antq.commendation.YearResult;
import vn.antq.standard.StandardStatus;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary of the commendation rules. The rule decides in its left-hand side which unit kinds, which movement
 * levels, how many consecutive years and which award (all joined as {@link Param} facts); this class only counts
 * (the run of years achieved), combines the pending-case flags the rule names with Kleene's conjunction
 * ({@link Verdict#all}: a pending case blocks, a flag not recorded leaves the proposal to be confirmed) and words
 * the reasons in Vietnamese. antq proposes; people decide.
 *
 * <pre>{@code
 * when
 *     $u      : UnitFact( kind == UnitKind.RESIDENTIAL_AREA )
 *     StandingFact( unitId == $u.id, status == StandardStatus.ACHIEVED )
 *     $levels : Param( id == "example.movementLevels" )
 *     $m      : MovementFact( unitId == $u.id, level.name() memberOf $levels.codes )
 *     $min    : Param( id == "example.minConsecutiveYears" )
 *     $years  : Integer( this >= $min.getInt() ) from Commend.consecutiveYears($u, "disciplineEndedYear")
 *     $basis  : Param( id == "example.blockBasis" )
 *     $award  : Param( id == "example.award.RESIDENTIAL_AREA" )
 * then
 *     insert( Commend.of(drools.getRule().getName(), $u, $m).level($levels)
 *             .years($years, $min, "disciplineEndedYear")
 *             .unlessPending($basis, "pendingDiscipline", "underInvestigation")
 *             .award($award).rankBy($m.score(), $years).done() );
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
    private final Finding finding = new Finding();
    private final ParameterTrail used = finding.used;
    private String basis;
    private int years;
    private Award award;
    private List<BigDecimal> rankKeys = List.of();

    private Commend(String ruleId, UnitFact unit, MovementFact movement) {
        this.ruleId = ruleId;
        this.unit = unit;
        this.movement = movement;
        reasons.add("Đạt chuẩn \"An toàn về an ninh, trật tự\" năm nay");
    }

    /**
     * @param ruleId   the rule id
     * @param unit     a unit that achieved the standard this year
     * @param movement its movement classification this year
     * @return a new proposal
     */
    public static Commend of(String ruleId, UnitFact unit, MovementFact movement) {
        return new Commend(ruleId, unit, movement);
    }

    /**
     * Counts the years achieved without a gap: this year and those just before it whose standard was achieved,
     * none counted at or before the year held by the indicator {@code countedAfter} (when given).
     *
     * @param unit         the unit, which achieved the standard this year
     * @param countedAfter count indicator holding the last year not counted (e.g. the year a discipline ended)
     * @return the length of the run, this year included
     */
    public static int consecutiveYears(UnitFact unit, String countedAfter) {
        Long after = unit.count(countedAfter);
        int year = unit.getWindow().to().getYear();
        int run = 1;
        for (YearResult r : unit.getHistory()) {
            int previous = year - run;
            if (r.year() > previous) {
                continue;
            }
            if (r.year() != previous || r.standard() != StandardStatus.ACHIEVED || after != null && r.year() <= after) {
                break;
            }
            run++;
        }
        return run;
    }

    /** @param levels the movement levels the rule matched the unit's level against @return this */
    public Commend level(Param levels) {
        used.get(levels);
        reasons.add("Phong trào xếp loại " + movement.level().labelVi());
        return this;
    }

    /**
     * @param run          the years achieved, as {@link #consecutiveYears} counted them
     * @param min          the minimum the rule matched the run against
     * @param countedAfter the count indicator the run was counted after
     * @return this
     */
    public Commend years(int run, Param min, String countedAfter) {
        used.get(min);
        years = run;
        Long after = unit.count(countedAfter);
        reasons.add("Đạt chuẩn " + run + " năm liền" + (after == null ? ""
                : " (tính từ khi chấp hành xong kỷ luật năm " + after + ")"));
        return this;
    }

    /**
     * No case is pending: each flag gives MET when false, NOT_MET when true (the case blocks the proposal),
     * UNKNOWN when not recorded (to be confirmed), and they combine with {@link Verdict#all}.
     *
     * @param basis      the parameter naming the legal basis in force, quoted in each block
     * @param indicators flag indicators of pending cases
     * @return this
     */
    public Commend unlessPending(Param basis, String... indicators) {
        this.basis = used.get(basis).codes().get(0);
        List<Verdict> none = new ArrayList<>(indicators.length);
        for (String name : indicators) {
            Boolean pending = unit.flag(name);
            none.add(Verdict.of(pending == null ? null : !pending));
            if (pending == null) {
                unconfirmed.add(unit.label(name).toLowerCase(Locale.ROOT));
            } else if (pending) {
                blocks.add(unit.label(name));
            }
        }
        finding.addAll(none);
        return this;
    }

    /** @param award the parameter naming the award the rule proposes @return this */
    public Commend award(Param award) {
        this.award = Award.valueOf(used.get(award).codes().get(0));
        return this;
    }

    /**
     * @param keys what ranks the candidates of an award, highest first, in the order given (a missing value
     *             last); ties go by unit id
     * @return this
     */
    public Commend rankBy(Number... keys) {
        List<BigDecimal> list = new ArrayList<>(keys.length);
        for (Number k : keys) {
            list.add(k == null ? null : k instanceof BigDecimal b ? b : new BigDecimal(k.toString()));
        }
        rankKeys = list;
        return this;
    }

    /**
     * @return the candidate to insert: BLOCKED when a case is pending, else NEEDS_CONFIRMATION when a case flag is
     *         not recorded, else PROPOSED
     */
    public ProposalFact done() {
        List<String> all = new ArrayList<>(reasons);
        String quoted = basis == null ? "" : " (" + basis + ")";
        blocks.forEach(b -> all.add("Chưa đề nghị: " + b + quoted));
        Verdict clear = finding.verdictOrMet();
        ProposalStatus status = switch (clear) {
            case NOT_MET -> ProposalStatus.BLOCKED;
            case UNKNOWN -> ProposalStatus.NEEDS_CONFIRMATION;
            case MET, NOT_APPLICABLE -> ProposalStatus.PROPOSED;
        };
        if (status == ProposalStatus.NEEDS_CONFIRMATION) {
            all.add("Cần xác nhận, chưa có thông tin: " + String.join(", ", unconfirmed) + quoted);
        }
        return new ProposalFact(ruleId, unit.getId(), award, status, clear, movement.score(), years, all,
                finding.parameterIds(), finding.provisionalBasis(), rankKeys, null);
    }
}
