package vn.antq.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.antq.period.AssessmentWindow;

/** Vietnamese wording of values in explanations; deterministic, independent of the default locale. */
final class Wording {
    static final String MISSING = "chưa có số liệu";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<AssessmentWindow, String> WINDOWS = new ConcurrentHashMap<>();
    /** Ratios n/d with 0 ≤ n ≤ d below this are worded once (task counts, pooled units): their texts are kept. */
    private static final int SMALL_RATIOS = 64;
    private static final AtomicReferenceArray<String> RATIOS = new AtomicReferenceArray<>(SMALL_RATIOS * SMALL_RATIOS);
    /** At most this many percent texts are kept (thresholds and shares repeat across units). */
    private static final int TEXTS_KEPT = 4_096;
    private static final Map<BigDecimal, String> PERCENTS = new ConcurrentHashMap<>();
    /** Days repeat across units and members (joining days, campaign days); at most this many are kept. */
    private static final int DAYS_KEPT = 40_000;
    private static final Map<LocalDate, String> DAYS = new ConcurrentHashMap<>();
    private static final Map<String, String[]> FLAGS = new ConcurrentHashMap<>();

    private Wording() {
    }

    static String yesNo(Boolean value) {
        if (value == null) {
            return MISSING;
        }
        return value ? "có" : "không";
    }

    /** @return "label: có / không / chưa có số liệu", kept per label since it repeats for every unit */
    static String flag(String label, Boolean value) {
        String[] texts = FLAGS.computeIfAbsent(label,
                l -> new String[] {l + ": " + yesNo(true), l + ": " + yesNo(false), l + ": " + yesNo(null)});
        return texts[value == null ? 2 : value ? 0 : 1];
    }

    /** @return an amount with dots between thousands, the Vietnamese way: 20.000.000 */
    static String money(BigDecimal value) {
        String plain = value.setScale(0, RoundingMode.HALF_UP).toPlainString();
        StringBuilder out = new StringBuilder();
        int start = plain.startsWith("-") ? 1 : 0;
        for (int i = start; i < plain.length(); i++) {
            if (i > start && (plain.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        return (start == 1 ? "-" : "") + out;
    }

    /** @return the Vietnamese name of a budget line's count */
    static String countName(String count) {
        return switch (count) {
            case "models" -> "mô hình";
            case "communes" -> "xã";
            case "people" -> "người";
            case "km" -> "km";
            case "localities" -> "địa phương";
            default -> count;
        };
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String percent(BigDecimal share) {
        String known = PERCENTS.get(share);
        if (known != null) {
            return known;
        }
        String text = number(share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
        if (PERCENTS.size() < TEXTS_KEPT) {
            PERCENTS.putIfAbsent(share, text);
        }
        return text;
    }

    static String ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return numerator + "/0";
        }
        boolean small = numerator >= 0 && numerator <= denominator && denominator < SMALL_RATIOS;
        if (small) {
            String known = RATIOS.get((int) (denominator * SMALL_RATIOS + numerator));
            if (known != null) {
                return known;
            }
        }
        BigDecimal share = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
        String text = numerator + "/" + denominator + " (" + percent(share) + ")";
        if (small) {
            RATIOS.set((int) (denominator * SMALL_RATIOS + numerator), text);
        }
        return text;
    }

    static String day(LocalDate date) {
        String known = DAYS.get(date);
        if (known != null) {
            return known;
        }
        String text = DAY.format(date);
        if (DAYS.size() < DAYS_KEPT) {
            DAYS.putIfAbsent(date, text);
        }
        return text;
    }

    /** @return "dd/MM/yyyy–dd/MM/yyyy"; windows are few, so their wording is kept */
    static String window(AssessmentWindow window) {
        return WINDOWS.computeIfAbsent(window, w -> day(w.from()) + "–" + day(w.to()));
    }
}
