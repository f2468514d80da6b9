package vn.antq.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Who recognises a unit and by when (TT 124/2021/TT-BCA Điều 9, Điều 10), inserted by a recognition rule.
 *
 * @param ruleId          the rule id
 * @param unitId          the unit
 * @param authority       the recognising authority in Vietnamese, or the reason it is not determined
 * @param authorityUnitId the unit whose People's Committee recognises it, or null (Bộ Công an, or not determined)
 * @param determined      false when the sources do not say who recognises it
 * @param deadline        the day the decision must come before
 * @param parameterIds    the parameters read
 * @since 0.2
 */
public record RecognitionFact(String ruleId, String unitId, String authority, String authorityUnitId,
                              boolean determined, LocalDate deadline, List<String> parameterIds) {

    /** Copies the list. */
    public RecognitionFact {
        parameterIds = List.copyOf(parameterIds);
    }

    /** @return the unit id (for DRL property access) */
    public String getUnitId() {
        return unitId;
    }
}
