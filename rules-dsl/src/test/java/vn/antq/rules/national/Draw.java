package vn.antq.rules.national;

import java.util.List;
import java.util.Random;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * A source of random choices for {@link Localities}: backed by QuickTheories inside a property (so that failures
 * shrink and seeds are fixed), or by a seeded {@link Random} where a test needs a few datasets of its own.
 */
abstract class Draw {

    /** @return a whole number from {@code lo} to {@code hi}, both included */
    abstract int between(int lo, int hi);

    static Draw of(RandomnessSource in) {
        return new Draw() {
            @Override
            int between(int lo, int hi) {
                return Generate.range(lo, hi).generate(in);
            }
        };
    }

    static Draw seeded(long seed) {
        Random random = new Random(seed);
        return new Draw() {
            @Override
            int between(int lo, int hi) {
                return lo + random.nextInt(hi - lo + 1);
            }
        };
    }

    /** @return true with the given probability in percent */
    final boolean chance(int percent) {
        return between(1, 100) <= percent;
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[between(0, values.length - 1)];
    }

    final <T> T pick(List<T> values) {
        return values.get(between(0, values.size() - 1));
    }
}
