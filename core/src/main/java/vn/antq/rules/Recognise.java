package vn.antq.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * The vocabulary a rule uses to say who recognises a unit as "An toàn về an ninh, trật tự" and by when
 * (TT 124/2021/TT-BCA Điều 9, Điều 10). The authority's words are the rule's; the deadline is a dated parameter
 * holding a day of the year ({@code "--11-20"}), taken in the assessment year.
 *
 * <pre>{@code
 * insert( Recognise.of(drools.getRule().getName(), $m, params)
 *             .byManager("Ủy ban nhân dân cấp xã")
 *             .before("example.deadline.khuDanCu")
 *             .done() );
 * }</pre>
 *
 * <p>Not thread-safe; a rule creates one per firing.
 *
 * @since 0.2
 */
public final class Recognise {
    private final String ruleId;
    private final ManagedUnitFact unit;
    private final ParameterTrail used;
    private String authority;
    private String authorityUnitId;
    private boolean determined;
    private LocalDate deadline;

    private Recognise(String ruleId, ManagedUnitFact unit, Params params) {
        this.ruleId = ruleId;
        this.unit = unit;
        this.used = new ParameterTrail(params);
    }

    /**
     * @param ruleId the rule id, {@code drools.getRule().getName()} in DRL
     * @param unit   the unit
     * @param params the global {@code params}
     * @return a new statement with no authority yet
     */
    public static Recognise of(String ruleId, ManagedUnitFact unit, Params params) {
        return new Recognise(ruleId, unit, params);
    }

    /** @param authority the People's Committee of the managing unit, in Vietnamese @return this */
    public Recognise byManager(String authority) {
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
     * The People's Committee of the managing unit while parameter {@code parameterId} has the code {@code code} on
     * the reference date; otherwise not determined, for the reason given.
     *
     * @param parameterId the parameter saying which authority the structure in force has
     * @param code        the code under which {@code authority} recognises
     * @param authority   that authority, in Vietnamese
     * @param otherwise   why the authority is not determined otherwise, in Vietnamese
     * @return this
     */
    public Recognise byManagerWhile(String parameterId, String code, String authority, String otherwise) {
        if (used.codes(parameterId).contains(code)) {
            return byManager(authority);
        }
        return notDetermined(otherwise);
    }

    /**
     * @param reason why the sources do not say who recognises the unit, in Vietnamese
     * @param parameterIds parameters that make it so, noted as used
     * @return this
     */
    public Recognise notDetermined(String reason, String... parameterIds) {
        for (String id : parameterIds) {
            used.get(id);
        }
        this.authority = reason;
        this.authorityUnitId = null;
        this.determined = false;
        return this;
    }

    /**
     * @param parameterId parameter holding the day of the year ({@code --MM-dd}) the decision must come before
     * @return this
     * @throws IllegalStateException when the parameter is not such a day
     */
    public Recognise before(String parameterId) {
        String day = used.codes(parameterId).get(0);
        try {
            deadline = MonthDay.parse(day).atYear(unit.year());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("parameter " + parameterId + " must be a day of the year --MM-dd, not "
                    + day, e);
        }
        return this;
    }

    /** @return the conclusion to insert */
    public RecognitionFact done() {
        return new RecognitionFact(ruleId, unit.unitId(), authority, authorityUnitId, determined, deadline,
                used.ids());
    }
}
