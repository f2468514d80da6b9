package vn.antq.internal.validation;

import java.util.Collection;
import java.util.Optional;

/** The valid name nearest to a misspelt one (Levenshtein distance, ignoring case), when one is near enough. */
final class Nearest {

    private Nearest() {
    }

    static Optional<String> to(String wrong, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, wrong.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** @return " (có phải … ?)" in Vietnamese, or empty */
    static String hintVi(Optional<String> nearest) {
        return nearest.map(n -> " Có phải ý bạn là \"" + n + "\"?").orElse("");
    }

    /** @return " (did you mean …?)" in English, or empty */
    static String hintEn(Optional<String> nearest) {
        return nearest.map(n -> " Did you mean \"" + n + "\"?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
