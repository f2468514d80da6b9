package vn.antq.rules;

import java.math.BigDecimal;
import vn.antq.unit.UnitType;

/**
 * The staffing of a Tổ bảo vệ an ninh, trật tự a province sets (Luật 30/2023/QH15 Điều 14), read from
 * parameters {@code <prefix>.leaders}, {@code .deputies}, {@code .members}; a province that sizes teams by
 * households adds {@code <prefix>.members.large} and {@code <prefix>.largeFromHouseholds.THON} /
 * {@code .TO_DAN_PHO}.
 */
final class Staffing {

    private Staffing() {
    }

    /** @return the tổ viên required, or null when a household-based size needs a count that is missing */
    static Long requiredMembers(Params params, String prefix, UnitType areaType, Long households) {
        long base = params.decimal(prefix + ".members").longValue();
        String threshold = prefix + ".largeFromHouseholds." + (areaType == null ? "" : areaType.name());
        if (!params.has(prefix + ".members.large") || !params.has(threshold)) {
            return base;
        }
        if (households == null) {
            return null;
        }
        boolean large = BigDecimal.valueOf(households).compareTo(params.decimal(threshold)) >= 0;
        return large ? params.decimal(prefix + ".members.large").longValue() : base;
    }
}
