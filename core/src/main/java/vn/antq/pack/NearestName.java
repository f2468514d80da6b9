package vn.antq.pack;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The valid name nearest to a mistyped one, for "did you mean …?" in messages about packs, parameters, indicators
 * and fields: the fewest single-character edits (Levenshtein distance, ignoring case), and only when the name is
 * near enough to be a typing error (at most two edits, or a third of its length for a long one).
 *
 * @since 0.1
 */
public final class NearestName {

    private NearestName() {
    }

    /**
     * @param wrong the name given
     * @param valid the valid names
     * @return the nearest valid name (the first of equals in iteration order), when one is near enough
     */
    public static Optional<String> to(String wrong, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : valid) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, wrong.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
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
