package vn.antq.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * The vocabulary a rule uses to say who recognises a unit as "An toàn về an ninh, trật tự" and by when
 * (TT 124/2021/TT-BCA Điều 9, Điều 10). Which units, which managing unit and which structure in force are the
 * rule's left-hand side; the authority's words are the rule's; the deadline is a dated parameter the rule joins,
 * holding a day of the year ({@code "--11-20"}), taken in the assessment year.
 *
 * <pre>{@code
 * when
 *     $m   : ManagedUnitFact( kind == UnitKind.RESIDENTIAL_AREA, managerKind == UnitKind.COMMUNE )
 *     $day : Param( id == "example.deadline.khuDanCu" )
 * then
 *     insert( Recognise.of(drools.getRule().getName(), $m).byManager("Ủy ban nhân dân cấp xã").before($day).done() );
 * }</pre>
 *
 * <p>Not thread-safe; a rule creates one per firing.
 *
 * @since 0.2
 */
public final class Recognise {
    private final String ruleId;
    private final ManagedUnitFact unit;
    private final ParameterTrail used = new ParameterTrail();
    private String authority;
    private String authorityUnitId;
    private boolean determined;
    private LocalDate deadline;

    private Recognise(String ruleId, ManagedUnitFact unit) {
        this.ruleId = ruleId;
        this.unit = unit;
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param unit   the unit
     * @return a new statement with no authority yet
     */
    public static Recognise of(String ruleId, ManagedUnitFact unit) {
        return new Recognise(ruleId, unit);
    }

    /**
     * @param authority the People's Committee of the managing unit, in Vietnamese
     * @param basis     parameters the rule matched to decide so (e.g. the structure in force), noted as used
     * @return this
     */
    public Recognise byManager(String authority, Param... basis) {
        for (Param p : basis) {
            used.get(p);
        }
        this.authority = authority;
        this.authorityUnitId = unit.managerId();
        this.determined = true;
        return this;
    }

    /** @param authority a body named by the text, not a unit of the dataset (Bộ Công an) @return this */
    public Recognise by(String authority) {
        this.authority = authority;
        this.authorityUnitId = null;
        this.determined = true;
        return this;
    }

    /**
     * @param reason why the sources do not say who recognises the unit, in Vietnamese
     * @param basis  parameters the rule matched that make it so, noted as used
     * @return this
     */
    public Recognise notDetermined(String reason, Param... basis) {
        for (Param p : basis) {
            used.get(p);
        }
        this.authority = reason;
        this.authorityUnitId = null;
        this.determined = false;
        return this;
    }

    /**
     * @param day parameter holding the day of the year ({@code --MM-dd}) the decision must come before
     * @return this
     * @throws IllegalStateException when the parameter is not such a day
     */
    public Recognise before(Param day) {
        String text = used.get(day).codes().get(0);
        try {
            deadline = MonthDay.parse(text).atYear(unit.year());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("parameter " + day.getId() + " must be a day of the year --MM-dd, not "
                    + text, e);
        }
        return this;
    }

    /** @return the conclusion to insert */
    public RecognitionFact done() {
        return new RecognitionFact(ruleId, unit.unitId(), authority, authorityUnitId, determined, deadline,
                used.ids());
    }
}
