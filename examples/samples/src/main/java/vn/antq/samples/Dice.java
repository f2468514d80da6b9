package vn.antq.samples;

import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

/**
 * The random draws of one province, district or commune. Each has its own stream, derived from the seed and the
 * unit's code, so what is drawn for a unit does not depend on which other units are generated. Only the methods of
 * {@link Random} whose algorithm its documentation fixes are used, so the draws are the same on every JVM.
 */
final class Dice {
    private final Random random;

    private Dice(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param seed the generator's seed
     * @param unit the unit whose draws these are
     * @return the unit's own stream
     */
    static Dice forUnit(long seed, AdministrativeUnit unit) {
        return new Dice(mix(unitHash(seed, unit)));
    }

    /**
     * A second stream of the unit, kept apart from {@link #forUnit(long, AdministrativeUnit)}: drawing from it
     * changes nothing in the unit's own draws, and what is drawn from it depends only on the seed, the unit and the
     * purpose.
     *
     * @param seed    the generator's seed
     * @param unit    the unit whose draws these are
     * @param purpose what the draws are for, for example a campaign's kind
     * @return the unit's stream for that purpose
     */
    static Dice forUnit(long seed, AdministrativeUnit unit, String purpose) {
        long h = unitHash(seed, unit) * 31 + '/';
        for (int i = 0; i < purpose.length(); i++) {
            h = h * 31 + purpose.charAt(i);
        }
        return new Dice(mix(h));
    }

    private static long unitHash(long seed, AdministrativeUnit unit) {
        long h = seed * 0x9E3779B97F4A7C15L + unit.level();
        for (int i = 0; i < unit.code().length(); i++) {
            h = h * 31 + unit.code().charAt(i);
        }
        return h;
    }

    private static long mix(long h) {
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /**
     * @param probability between 0 and 1
     * @return true with that probability
     */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** @return a number in [0, 1) */
    double fraction() {
        return random.nextDouble();
    }

    /**
     * @param min the smallest result
     * @param max the largest result, at least {@code min}
     * @return a whole number in [min, max], each equally likely
     */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /**
     * @param items a non-empty list
     * @return one of them, each equally likely
     */
    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * @param items  a non-empty list
     * @param weight each item's weight, not negative, not all zero
     * @return one of them, each as likely as its weight
     */
    <T> T pick(List<T> items, ToIntFunction<T> weight) {
        return items.get(weighted(items.stream().mapToInt(weight).toArray()));
    }

    /**
     * @param weights non-negative weights, not all zero
     * @return an index into {@code weights}, each as likely as its weight
     */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        int index = 0;
        while (draw >= weights[index]) {
            draw -= weights[index];
            index++;
        }
        return index;
    }
}
