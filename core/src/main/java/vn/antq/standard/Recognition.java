package vn.antq.standard;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who recognises a unit as "An toàn về an ninh, trật tự" and by when (TT 124/2021/TT-BCA Điều 10 and Điều 9),
 * following the unit's {@code managedBy} (else its parent) in the structure in force on the reference date.
 *
 * @param rule            the rule that decided it
 * @param authority       the recognising authority in Vietnamese (e.g. "Ủy ban nhân dân cấp xã"), or, when
 *                        {@code determined} is false, why it is not known
 * @param authorityUnitId the unit whose People's Committee recognises it, or null (Bộ Công an, or not determined)
 * @param determined      false when the sources do not say who recognises it (communes from 01/7/2025)
 * @param deadline        the decision is due before this day of the assessment year, or null when not known
 * @param source          legal reference
 * @param parameters      the parameters used
 * @since 0.2
 */
public record Recognition(String rule, String authority, String authorityUnitId, boolean determined,
                          LocalDate deadline, String source, List<UsedParameter> parameters) {

    /** Checks the required fields and copies the list. */
    public Recognition {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(authority, "authority");
        parameters = List.copyOf(parameters);
    }

    /**
     * @return ids of the provisional parameters the authority and deadline rests on, sorted; empty when none. It reads
     *         no other conclusion, so these are the provisional ones among its parameters.
     */
    public List<String> provisionalBasis() {
        return UsedParameter.provisionalIds(parameters);
    }

    /** @return true when it rests on a provisional parameter: its provisional basis is not empty */
    public boolean provisional() {
        return !provisionalBasis().isEmpty();
    }
}
