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

    /**
     * The khu dân cư of the communes formed on 01/07/2025: for each commune that went into a new commune whole, 4 to
     * 14 peaked in the middle as above, and for each part of a split commune 2 to 5; then adjusted one at a time
     * until the province's total is reached (4,351 for Thanh Hóa, as in 2024; 8 per source elsewhere), a new commune
     * keeping at least 3 per whole source and 1 per part (4 at least), and at most 14 per whole source and 7 per
     * part.
     *
     * @param seed     the generator's seed
     * @param province the province
     * @param communes its new communes, in the mapping's order
     * @return the number of khu dân cư of each new commune, by code
     */
    static Map<String, Integer> allocateFormed(long seed, AdministrativeUnit province,
                                               List<TwoTierStructure.FormedCommune> communes) {
        Dice dice = Dice.forUnit(seed, province, TwoTierStructure.STREAM);
        int[] counts = new int[communes.size()];
        int[] fewest = new int[communes.size()];
        int[] most = new int[communes.size()];
        int sum = 0;
        int sources = 0;
        for (int i = 0; i < counts.length; i++) {
            for (TwoTierStructure.Source source : communes.get(i).sources()) {
                sources++;
                if (source.whole()) {
                    counts[i] += FEWEST + dice.between(0, (MOST - FEWEST) / 2) + dice.between(0, (MOST - FEWEST) / 2);
                    fewest[i] += 3;
                    most[i] += MOST;
                } else {
                    counts[i] += dice.between(2, 5);
                    fewest[i] += 1;
                    most[i] += MOST / 2;
                }
            }
            fewest[i] = Math.max(FEWEST, fewest[i]);
            sum += counts[i];
        }
        int total = KNOWN_TOTALS.getOrDefault(province.code(), USUAL_AVERAGE * sources);
        while (sum != total) {
            int i = dice.between(0, counts.length - 1);
            if (sum > total && counts[i] > fewest[i]) {
                counts[i]--;
                sum--;
            } else if (sum < total && counts[i] < most[i]) {
                counts[i]++;
                sum++;
            }
        }
        Map<String, Integer> byCommune = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            byCommune.put(communes.get(i).commune().code(), counts[i]);
        }
        return byCommune;
    }
}
