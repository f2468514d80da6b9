package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Vietnamese wording of values in explanations; deterministic, independent of the default locale. */
final class Wording {
    static final String MISSING = "chưa có số liệu";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Wording() {
    }

    static String yesNo(Boolean value) {
        if (value == null) {
            return MISSING;
        }
        return value ? "có" : "không";
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String percent(BigDecimal share) {
        return number(share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    static String ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return numerator + "/0";
        }
        BigDecimal share = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
        return numerator + "/" + denominator + " (" + percent(share) + ")";
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
