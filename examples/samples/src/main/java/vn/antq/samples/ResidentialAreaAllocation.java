package vn.antq.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides how many khu dân cư each commune of a province has: 4 to 14, drawn with a peak in the middle and then
 * adjusted one at a time until the province's total is reached: 4,351 for Thanh Hóa (its number of thôn and tổ dân
 * phố, one Tổ bảo vệ ANTT each), 8 per commune elsewhere.
 */
final class ResidentialAreaAllocation {
    private static final int FEWEST = 4;
    private static final int MOST = 14;
    private static final int USUAL_AVERAGE = 8;
    private static final Map<String, Integer> KNOWN_TOTALS = Map.of("38", 4351);

    private ResidentialAreaAllocation() {
    }

    /**
     * @param seed     the generator's seed
     * @param province the province
     * @param communes all its communes, in the national list's order
     * @return the number of khu dân cư of each commune, by commune code
     */
    static Map<String, Integer> allocate(long seed, AdministrativeUnit province, List<AdministrativeUnit> communes) {
        Dice dice = Dice.forUnit(seed, province);
        int total = KNOWN_TOTALS.getOrDefault(province.code(), USUAL_AVERAGE * communes.size());
        int[] counts = new int[communes.size()];
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = FEWEST + dice.between(0, (MOST - FEWEST) / 2) + dice.between(0, (MOST - FEWEST) / 2);
            sum += counts[i];
        }
        while (sum != total) {
            int i = dice.between(0, counts.length - 1);
            if (sum > total && counts[i] > FEWEST) {
                counts[i]--;
                sum--;
            } else if (sum < total && counts[i] < MOST) {
                counts[i]++;
                sum++;
            }
        }
        Map<String, Integer> byCommune = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            byCommune.put(communes.get(i).code(), counts[i]);
        }
        return byCommune;
    }
}
