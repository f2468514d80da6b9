package vn.antq.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import vn.antq.event.Event;
import vn.antq.event.EventType;
import vn.antq.verdict.Verdict;

/**
 * The vocabulary a rule uses to decide one criterion for one unit. Each step adds one condition,
 * decided in three values (a missing indicator is UNKNOWN, never false or zero) and worded in
 * Vietnamese for the explanation; {@link #done()} gives the conclusion to insert.
 *
 * <pre>{@code
 * when
 *     $u   : UnitFact( kind == UnitKind.RESIDENTIAL_AREA )
 *     $min : Param( id == "example.households.registeredShare.min" )
 * then
 *     insert( Check.of(drools.getRule().getName(), $u)
 *                 .isTrue("partyResolutionQ1")
 *                 .shareAtLeast("householdsRegistered", "householdsResident", $min)
 *                 .done() );
 * }</pre>
 *
 * <p>Not thread-safe; a rule creates one per firing.
 *
 * @since 0.1
 */
public final class Check {
    private final String ruleId;
    private final UnitFact unit;
    private final Finding finding = new Finding();
    private final Parts actual = finding.actual;
    private final Parts required = finding.required;
    private final ParameterTrail used = finding.used;
    private boolean onTerritory;
    private boolean notApplicable;
    private boolean scope;
    private Verdict settled;

    private Check(String ruleId, UnitFact unit) {
        this.ruleId = ruleId;
        this.unit = unit;
    }

    /**
     * Every parameter a step uses is a {@link Param} the rule joined in its left-hand side; the check reads no
     * parameter by id.
     *
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param unit   the unit judged
     * @return a new check with no condition yet
     */
    public static Check of(String ruleId, UnitFact unit) {
        return new Check(ruleId, unit);
    }

    /** Makes the event conditions that follow read the events of the unit's whole territory. @return this */
    public Check onTerritory() {
        onTerritory = true;
        return this;
    }

    /** @param indicator a boolean indicator that must be true @return this */
    public Check isTrue(String indicator) {
        Boolean value = unit.flag(indicator);
        String label = label(indicator);
        add(Verdict.of(value), Wording.flag(label, value), Wording.flag(label, Boolean.TRUE));
        return this;
    }

    /**
     * A boolean indicator that must be true where {@code condition} holds; the step does not apply when the
     * condition is false. How an absent condition reads is the rule's choice ({@code absentConditionHolds}; for
     * {@code hasPartyOrganization} the dataset contract says absent = true, contract.md §1), not this operator's.
     *
     * @param indicator            the indicator that must be true
     * @param condition            the boolean indicator that makes it apply
     * @param absentConditionHolds how the rule reads an absent condition: true = it holds, false = it does not
     * @return this
     */
    public Check isTrueWhere(String indicator, String condition, boolean absentConditionHolds) {
        Boolean holds = unit.flag(condition);
        if (Boolean.FALSE.equals(holds) || (holds == null && !absentConditionHolds)) {
            actual.add(label(indicator) + ": không áp dụng (" + label(condition) + ": "
                    + (holds == null ? Wording.MISSING : "không") + ")");
            return this;
        }
        return isTrue(indicator);
    }

    /**
     * A boolean indicator that must be true where the code indicator {@code codeIndicator} is one of
     * the codes of parameter {@code codesParam}; the step does not apply to other codes and is
     * UNKNOWN when the code is absent.
     *
     * @param indicator     the indicator that must be true
     * @param codeIndicator the code indicator that makes it apply
     * @param codesParam    the codes for which it applies, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check isTrueWhereCodeIn(String indicator, String codeIndicator, Param codesParam) {
        String code = unit.code(codeIndicator);
        List<String> codes = used.get(codesParam).codes();
        if (code == null) {
            add(Verdict.UNKNOWN, label(codeIndicator) + ": " + Wording.MISSING, label(indicator) + ": có");
            return this;
        }
        if (!codes.contains(code)) {
            actual.add(label(indicator) + ": không áp dụng (" + label(codeIndicator) + ": " + code + ")");
            return this;
        }
        return isTrue(indicator);
    }

    /**
     * Marks this criterion as deciding the unit's scope (TT 124 Điều 1) and requires the indicator that
     * decides it: MET when present, UNKNOWN when absent. A unit whose scope criterion is UNKNOWN may
     * be out of scope, and ANTT-XA-4 counts it either way.
     *
     * @param indicator the indicator that decides the scope
     * @return this
     */
    public Check scopeKnown(String indicator) {
        scope = true;
        return isKnown(indicator);
    }

    /** @param indicator an indicator that must be present; MET when present, UNKNOWN when absent @return this */
    public Check isKnown(String indicator) {
        boolean present = unit.count(indicator) != null || unit.flag(indicator) != null
                || unit.code(indicator) != null || unit.number(indicator) != null;
        add(present ? Verdict.MET : Verdict.UNKNOWN, label(indicator) + ": " + (present ? "có số liệu" : Wording.MISSING),
                label(indicator) + ": có số liệu");
        return this;
    }

    /**
     * The count must be at least the parameter ("từ … trở lên", "ít nhất").
     *
     * @param indicator a count
     * @param minParam  the minimum, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check atLeast(String indicator, Param minParam) {
        return compare(indicator, Comparison.AT_LEAST, minParam);
    }

    /**
     * The count must be strictly above the parameter ("trên"): a count equal to it does not meet the condition.
     *
     * @param indicator a count
     * @param minParam  the threshold, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check above(String indicator, Param minParam) {
        return compare(indicator, Comparison.ABOVE, minParam);
    }

    /**
     * The count must be strictly below the parameter ("dưới"): a count equal to it does not meet the condition.
     *
     * @param indicator a count
     * @param maxParam  the threshold, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check below(String indicator, Param maxParam) {
        return compare(indicator, Comparison.BELOW, maxParam);
    }

    /**
     * The count must not exceed the parameter ("không quá", "tối đa").
     *
     * @param indicator a count
     * @param maxParam  the maximum, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check atMost(String indicator, Param maxParam) {
        return compare(indicator, Comparison.AT_MOST, maxParam);
    }

    /**
     * The count compared with the parameter in the form the rule names; UNKNOWN when the count is absent.
     *
     * @param indicator  a count
     * @param comparison "trên", "từ … trở lên", "dưới" or "không quá"
     * @param threshold  the threshold, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check compare(String indicator, Comparison comparison, Param threshold) {
        Long value = unit.count(indicator);
        BigDecimal limit = used.get(threshold).decimal();
        Verdict v = value == null ? Verdict.UNKNOWN : Verdict.of(comparison.holds(value, limit));
        add(v, label(indicator) + ": " + (value == null ? Wording.MISSING : value),
                label(indicator) + ": " + comparison.words(Wording.number(limit)));
        return this;
    }

    /** @param indicator a count that must be zero ("không có", "không phát sinh") @return this */
    public Check none(String indicator) {
        Long value = unit.count(indicator);
        add(value == null ? Verdict.UNKNOWN : Verdict.of(value == 0),
                label(indicator) + ": " + (value == null ? Wording.MISSING : value), label(indicator) + ": 0");
        return this;
    }

    /**
     * numerator / denominator must reach the parameter ("từ … trở lên"); the step does not apply when the
     * denominator is 0.
     *
     * @param numerator   count indicator
     * @param denominator count indicator
     * @param min         the minimum share (0–1), a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check shareAtLeast(String numerator, String denominator, Param min) {
        return share(numerator, denominator, Comparison.AT_LEAST, min);
    }

    /**
     * numerator / denominator must be strictly above the parameter ("trên 50%": 4/8 does not meet it); the step
     * does not apply when the denominator is 0.
     *
     * @param numerator   count indicator
     * @param denominator count indicator
     * @param min         the threshold share (0–1), a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check shareAbove(String numerator, String denominator, Param min) {
        return share(numerator, denominator, Comparison.ABOVE, min);
    }

    /**
     * numerator / denominator must be strictly below the parameter ("dưới"); the step does not apply when the
     * denominator is 0.
     *
     * @param numerator   count indicator
     * @param denominator count indicator
     * @param max         the threshold share (0–1), a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check shareBelow(String numerator, String denominator, Param max) {
        return share(numerator, denominator, Comparison.BELOW, max);
    }

    /**
     * numerator / denominator must not exceed the parameter ("không quá", "tối đa"); the step does not apply when
     * the denominator is 0.
     *
     * @param numerator   count indicator
     * @param denominator count indicator
     * @param max         the maximum share (0–1), a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check shareAtMost(String numerator, String denominator, Param max) {
        return share(numerator, denominator, Comparison.AT_MOST, max);
    }

    /**
     * numerator / denominator compared with the parameter in the form the rule names, exactly (as fractions);
     * UNKNOWN when a count is absent; the step does not apply when the denominator is 0.
     *
     * @param numerator   count indicator
     * @param denominator count indicator
     * @param comparison  "trên", "từ … trở lên", "dưới" or "không quá"
     * @param threshold   the threshold share (0–1), a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check share(String numerator, String denominator, Comparison comparison, Param threshold) {
        BigDecimal limit = used.get(threshold).decimal();
        Long num = unit.count(numerator);
        Long den = unit.count(denominator);
        String what = label(numerator) + " / " + label(denominator);
        String need = what + ": " + comparison.words(Wording.percent(limit));
        if (num == null || den == null) {
            add(Verdict.UNKNOWN, what + ": " + Wording.MISSING, need);
        } else if (den == 0) {
            actual.add(what + ": 0/0, không áp dụng");
            required.add(need);
        } else {
            add(Verdict.of(comparison.holdsShare(num, den, limit)), what + ": " + Wording.ratio(num, den), need);
        }
        return this;
    }

    /**
     * The count of the window must not exceed that of the same window one year earlier ("kiềm chế, kéo
     * giảm … so với năm trước", {@link vn.antq.period.AssessmentWindow#previousYear()}); whether an equal
     * count holds is the boolean parameter {@code equalHolds}, which the criterion rests on only when the counts
     * are equal or one is missing. The explanation names the earlier window.
     *
     * @param current    the count of the unit's window
     * @param previous   the count of the same window one year earlier
     * @param equalHolds whether an equal count holds, a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check notAbovePrevious(String current, String previous, Param equalHolds) {
        Long now = unit.count(current);
        Long before = unit.count(previous);
        boolean equalOk = used.peek(equalHolds).flag();
        if (now == null || before == null || now.equals(before)) {
            used.get(equalHolds);
        }
        String what = label(current);
        String earlier = "kỳ " + Wording.window(unit.getWindow().previousYear());
        String need = what + (equalOk ? ": ≤ " : ": < ") + earlier;
        if (now == null || before == null) {
            add(Verdict.UNKNOWN, what + ": " + Wording.MISSING, need);
        } else {
            add(Verdict.of(equalOk ? now <= before : now < before),
                    what + ": " + now + " (" + earlier + ": " + before + ")", need);
        }
        return this;
    }

    /**
     * {@link #notAbovePrevious(String, String, Param)} for each pair of indicators, in order: the form a decision
     * table cell gives ({@code crimeCount, crimeCountPrevious, socialEvilCount, socialEvilCountPrevious}).
     *
     * @param equalHolds          whether an equal count holds, a {@link Param} of the rule's left-hand side
     * @param currentThenPrevious count indicators in pairs: the unit's window, then the same window one year earlier
     * @return this
     * @throws IllegalArgumentException when the indicators do not come in pairs
     */
    public Check notAbovePrevious(Param equalHolds, String... currentThenPrevious) {
        if (currentThenPrevious.length % 2 != 0) {
            throw new IllegalArgumentException("indicators must come in pairs (this year, the year before): "
                    + String.join(", ", currentThenPrevious));
        }
        for (int i = 0; i < currentThenPrevious.length; i += 2) {
            notAbovePrevious(currentThenPrevious[i], currentThenPrevious[i + 1], equalHolds);
        }
        return this;
    }

    /**
     * Each count of the window compared with that of the same window one year earlier
     * ({@link vn.antq.period.AssessmentWindow#previousYear()}) in the form the rule names: {@link Comparison#BELOW}
     * "giảm" (fewer), {@link Comparison#AT_MOST} "không tăng", {@link Comparison#ABOVE} "tăng",
     * {@link Comparison#AT_LEAST} "không giảm"; UNKNOWN when a count is absent. The explanation names the earlier
     * window. ({@link #notAbovePrevious(Param, String...)} leaves the equal case to a parameter instead.)
     *
     * @param comparison          how this year's count must stand against last year's
     * @param currentThenPrevious count indicators in pairs: the unit's window, then the same window one year earlier
     * @return this
     * @throws IllegalArgumentException when the indicators do not come in pairs
     */
    public Check comparedWithPrevious(Comparison comparison, String... currentThenPrevious) {
        if (currentThenPrevious.length % 2 != 0) {
            throw new IllegalArgumentException("indicators must come in pairs (this year, the year before): "
                    + String.join(", ", currentThenPrevious));
        }
        String earlier = "kỳ " + Wording.window(unit.getWindow().previousYear());
        for (int i = 0; i < currentThenPrevious.length; i += 2) {
            Long now = unit.count(currentThenPrevious[i]);
            Long before = unit.count(currentThenPrevious[i + 1]);
            String what = label(currentThenPrevious[i]);
            String need = what + ": " + comparison.wordsThan(earlier);
            if (now == null || before == null) {
                add(Verdict.UNKNOWN, what + ": " + Wording.MISSING, need);
            } else {
                add(Verdict.of(comparison.bySign(Long.compare(now, before))),
                        what + ": " + now + " (" + earlier + ": " + before + ")", need);
            }
        }
        return this;
    }

    /** @param indicator a code indicator @param acceptedParam the accepted codes, a {@link Param} of the rule's left-hand side @return this */
    public Check oneOf(String indicator, Param acceptedParam) {
        String value = unit.code(indicator);
        List<String> accepted = used.get(acceptedParam).codes();
        add(value == null ? Verdict.UNKNOWN : Verdict.of(accepted.contains(value)),
                label(indicator) + ": " + (value == null ? Wording.MISSING : value),
                label(indicator) + ": " + String.join(" / ", accepted));
        return this;
    }

    /**
     * Like {@link #oneOf}, but when the dataset gives no value, the rating of {@code team} is compared instead, and
     * the explanation says so. Which rating stands in is the rule's choice: ANTT-KDC-5 passes the Tổ bảo vệ ANTT
     * covering the khu dân cư, rated under Hướng dẫn 01/HD-BCA-V05 ({@link UnitFact#getSecurityTeam()}).
     *
     * @param indicator     the code indicator of the rating
     * @param acceptedParam the accepted ratings, a {@link Param} of the rule's left-hand side
     * @param team          the team whose rating stands in when the indicator is absent, or null for none
     * @return this
     */
    public Check teamRatingOneOf(String indicator, Param acceptedParam, TeamStanding team) {
        if (unit.code(indicator) != null || team == null) {
            return oneOf(indicator, acceptedParam);
        }
        List<String> accepted = used.get(acceptedParam).codes();
        String need = label(indicator) + ": " + String.join(" / ", accepted);
        used.inherit(team.provisionalBasis());
        if (team.rating() == null) {
            add(Verdict.UNKNOWN, label(indicator) + ": " + Wording.MISSING + "; Tổ " + team.teamId() + " "
                    + team.status().labelVi().toLowerCase(Locale.ROOT)
                    + (team.note() == null ? "" : " (" + team.note() + ")"), need);
        } else {
            add(Verdict.of(accepted.contains(team.rating().name())), label(indicator) + ": " + team.rating().name()
                    + " (antq xếp loại Tổ " + team.teamId() + " theo HD 01/HD-BCA-V05)", need);
        }
        return this;
    }

    /**
     * Like {@link #none}, but when the dataset gives no count, the members of {@code team} disciplined in the
     * window are counted instead, and the explanation says so; the rule names the team (ANTT-KDC-5: the Tổ bảo vệ
     * ANTT covering the khu dân cư).
     *
     * @param indicator the count indicator
     * @param team      the team whose members are counted when the indicator is absent, or null for none
     * @return this
     */
    public Check teamNoneDisciplined(String indicator, TeamStanding team) {
        if (unit.count(indicator) != null || team == null) {
            return none(indicator);
        }
        Long value = team.disciplined();
        add(value == null ? Verdict.UNKNOWN : Verdict.of(value == 0), label(indicator) + ": "
                + (value == null ? Wording.MISSING : value + " (thành viên Tổ " + team.teamId() + ")"),
                label(indicator) + ": 0");
        return this;
    }

    /**
     * Makes the whole criterion NOT_APPLICABLE when the code indicator has the given value (the text's "(nếu
     * có)"); the steps that follow are then not applied.
     *
     * @param indicator a code indicator
     * @param code      the value that makes the criterion not apply
     * @return this
     */
    public Check applicableUnless(String indicator, String code) {
        if (settled == null && code.equals(unit.code(indicator))) {
            actual.add(label(indicator) + ": " + code);
            settled = Verdict.NOT_APPLICABLE;
        }
        return this;
    }

    /**
     * When the code indicator has the value that says the unit has no such force ({@code code}), the criterion
     * takes the verdict that parameter {@code reading} gives (NOT_APPLICABLE, NOT_MET or UNKNOWN): it is antq's
     * reading where the text says nothing, so the explanation names the choice and the steps that follow are not
     * applied. Otherwise the step does nothing.
     *
     * @param indicator a code indicator
     * @param code      the value that says the unit has none
     * @param readingParam the verdict to give then, a {@link Param} of the rule's left-hand side
     * @return this
     * @throws IllegalStateException when the parameter is not NOT_APPLICABLE, NOT_MET or UNKNOWN
     */
    public Check whenAbsent(String indicator, String code, Param readingParam) {
        if (settled != null || !code.equals(unit.code(indicator))) {
            return this;
        }
        String readingId = readingParam.getId();
        String reading = used.get(readingParam).codes().get(0);
        Verdict v = switch (reading) {
            case "NOT_APPLICABLE" -> Verdict.NOT_APPLICABLE;
            case "NOT_MET" -> Verdict.NOT_MET;
            case "UNKNOWN" -> Verdict.UNKNOWN;
            default -> throw new IllegalStateException("parameter " + readingId
                    + " must be NOT_APPLICABLE, NOT_MET or UNKNOWN, not " + reading);
        };
        actual.add(label(indicator) + ": " + code + " → " + v.labelVi() + " (antq chọn theo tham số " + readingId
                + " = " + reading + ")");
        required.add(label(indicator) + ": có lực lượng bảo vệ");
        settled = v;
        return this;
    }

    /** @param types event types of which none may occur in the window @return this */
    public Check noEvents(EventType... types) {
        return events(types, false, false);
    }

    /** @param types event types that fail the unit unless force majeure @return this */
    public Check noEventsExceptForceMajeure(EventType... types) {
        return events(types, true, false);
    }

    /**
     * @param types event types that fail the unit unless force majeure or handled promptly (phát hiện
     *              kịp thời, giảm thiểu hậu quả, báo cáo ngay)
     * @return this
     */
    public Check noEventsExceptForceMajeureOrHandled(EventType... types) {
        return events(types, true, true);
    }

    /**
     * Makes the conclusion rest on other conclusions the rule matched (e.g. the standings of the units a commune
     * manages): their provisional parameters join this conclusion's provisional basis.
     *
     * @param standings the standings the rule matched
     * @return this
     */
    public Check restsOn(Collection<StandingFact> standings) {
        for (StandingFact s : standings) {
            used.inherit(s.provisionalBasis());
        }
        return this;
    }

    /**
     * A share over a pool of units whose outcome or membership may be unknown, counted by the rule in its
     * left-hand side: MET when even the worst reading of the unknowns reaches the minimum, NOT_MET when even the
     * best does not, UNKNOWN otherwise. The worst reading counts unknown outcomes as failing, drops the uncertain
     * members that succeed and keeps the others as failing; the best reading counts unknown outcomes as
     * succeeding, drops the uncertain members that fail and keeps the others as succeeding. When the pool is
     * empty the criterion does not apply.
     *
     * @param what             the Vietnamese name of the share (e.g. "Đăng ký")
     * @param members          members whose membership is certain
     * @param yes              of those, the ones that succeed
     * @param unknown          of those, the ones whose outcome is unknown
     * @param uncertain        members whose membership is uncertain
     * @param uncertainYes     of those, the ones that succeed
     * @param uncertainUnknown of those, the ones whose outcome is unknown
     * @param minParam         the minimum share (0–1), a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check poolShareAtLeast(String what, long members, long yes, long unknown, long uncertain,
                                  long uncertainYes, long uncertainUnknown, Param minParam) {
        return poolShare(what, members, yes, unknown, uncertain, uncertainYes, uncertainUnknown, Comparison.AT_LEAST,
                minParam);
    }

    /**
     * {@link #poolShareAtLeast} in the form the rule names ("trên", "từ … trở lên", "dưới", "không quá"): MET when
     * the share holds at both its lowest reading (unknown outcomes fail, uncertain members that succeed leave) and
     * its highest (unknown outcomes succeed, uncertain members that fail leave), NOT_MET when it holds at neither,
     * UNKNOWN otherwise. When the pool is empty the criterion does not apply.
     *
     * @param what             the Vietnamese name of the share (e.g. "Đăng ký")
     * @param members          members whose membership is certain
     * @param yes              of those, the ones that succeed
     * @param unknown          of those, the ones whose outcome is unknown
     * @param uncertain        members whose membership is uncertain
     * @param uncertainYes     of those, the ones that succeed
     * @param uncertainUnknown of those, the ones whose outcome is unknown
     * @param comparison       how the share must stand against the threshold
     * @param threshold        the threshold share (0–1), a {@link Param} of the rule's left-hand side
     * @return this
     */
    public Check poolShare(String what, long members, long yes, long unknown, long uncertain, long uncertainYes,
                           long uncertainUnknown, Comparison comparison, Param threshold) {
        BigDecimal limit = used.get(threshold).decimal();
        String need = what + ": " + comparison.words(Wording.percent(limit));
        Pool pool = new Pool(members, yes, unknown, uncertainYes, uncertainUnknown,
                uncertain - uncertainYes - uncertainUnknown);
        if (pool.isEmpty()) {
            if (!notApplicable) {
                notApplicable = true;
                actual.add("không có đơn vị thuộc quyền quản lý");
            }
            required.add(need);
            return this;
        }
        add(pool.verdict(comparison, limit), what + ": " + pool.describe(), need);
        return this;
    }

    /** @return the conclusion to insert */
    public CriterionFact done() {
        Verdict result = settled != null ? settled : notApplicable ? Verdict.NOT_APPLICABLE : finding.verdict();
        return new CriterionFact(ruleId, unit.getId(), result, finding.actual(), finding.required(),
                finding.parameterIds(), scope, finding.provisionalBasis());
    }

    private Check events(EventType[] types, boolean forceMajeureExcuses, boolean handlingExcuses) {
        List<Event> events = onTerritory ? unit.getTerritoryEvents() : unit.getEvents();
        boolean complete = onTerritory ? unit.isTerritoryReported() : events != null;
        Verdict v = Verdict.MET;
        StringJoiner found = null;
        for (Event e : events == null ? List.<Event>of() : events) {
            if (!isOneOf(e.type(), types)) {
                continue;
            }
            Verdict one = eventVerdict(e, forceMajeureExcuses, handlingExcuses);
            if (one != Verdict.MET) {
                if (found == null) {
                    found = new StringJoiner(", ");
                }
                found.add(e.type().labelVi() + " " + Wording.day(e.date()) + (one == Verdict.UNKNOWN ? " (chưa rõ)" : ""));
            }
            v = v.and(one);
        }
        StringBuilder seen = new StringBuilder(64);
        if (found != null) {
            seen.append(found);
        } else if (events != null) {
            seen.append(complete ? "không có sự việc" : "không có sự việc đã biết");
        }
        if (onTerritory) {
            seen.append(" trên địa bàn");
        }
        if (!complete) {
            v = v.and(Verdict.UNKNOWN);
            seen.append(onTerritory ? "; có đơn vị chưa báo cáo sự việc" : "đơn vị chưa báo cáo sự việc");
        }
        seen.append(" (kỳ ").append(Wording.window(unit.getWindow())).append(')');
        add(v, seen.toString(), excuseWording(forceMajeureExcuses, handlingExcuses));
        return this;
    }

    private static boolean isOneOf(EventType type, EventType[] types) {
        for (EventType t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    private static Verdict eventVerdict(Event e, boolean forceMajeureExcuses, boolean handlingExcuses) {
        Verdict excused = Verdict.NOT_MET;
        if (forceMajeureExcuses) {
            excused = or(excused, e.forceMajeure());
        }
        if (handlingExcuses) {
            excused = or(excused, e.handledPromptly());
        }
        return excused;
    }

    private static Verdict or(Verdict soFar, Boolean excuse) {
        if (soFar == Verdict.MET || Boolean.TRUE.equals(excuse)) {
            return Verdict.MET;
        }
        return excuse == null ? Verdict.UNKNOWN : soFar;
    }

    private static String excuseWording(boolean forceMajeure, boolean handling) {
        if (forceMajeure && handling) {
            return "không có (trừ bất khả kháng hoặc đã kịp thời phát hiện, xử lý, báo cáo)";
        }
        return forceMajeure ? "không có (trừ bất khả kháng)" : "không có";
    }

    private void add(Verdict v, String actualText, String requiredText) {
        if (settled != null) {
            return;
        }
        finding.add(v, actualText, requiredText);
    }

    private String label(String indicator) {
        return unit.label(indicator);
    }

}
