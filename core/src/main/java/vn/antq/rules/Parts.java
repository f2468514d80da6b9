package vn.antq.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an explanation text (what the data show, or what is required), one per condition, joined with "; ".
 * Equal parts give the same text instance: most conclusions of a rule repeat the previous one's wording (a rule's
 * matches fire one after another), so each thread keeps the texts it joined last in a small table, compared part by
 * part. The report then shares one text per wording without hashing each new copy of a long explanation.
 *
 * <p>Not thread-safe; one per conclusion. The table is per thread and holds no more than {@link #SLOTS} texts.
 */
final class Parts {
    /** Texts kept per thread; a power of two. */
    private static final int SLOTS = 256;
    private static final ThreadLocal<Object[][]> RECENT = ThreadLocal.withInitial(() -> new Object[SLOTS][]);

    private final List<String> parts = new ArrayList<>();

    /**
     * @param part one condition's wording
     * @return this
     */
    Parts add(String part) {
        parts.add(part);
        return this;
    }

    /** @return the parts joined with "; ", the instance this thread joined last for equal parts */
    @Override
    public String toString() {
        int n = parts.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return parts.get(0);
        }
        int slot = parts.hashCode() & (SLOTS - 1);
        Object[][] recent = RECENT.get();
        Object[] known = recent[slot];
        if (known != null && known.length == n + 1 && sameParts(known)) {
            return (String) known[n];
        }
        String text = String.join("; ", parts);
        Object[] entry = parts.toArray(new Object[n + 1]);
        entry[n] = text;
        recent[slot] = entry;
        return text;
    }

    private boolean sameParts(Object[] known) {
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).equals(known[i])) {
                return false;
            }
        }
        return true;
    }
}
