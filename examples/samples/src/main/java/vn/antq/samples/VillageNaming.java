package vn.antq.samples;

import java.util.Set;

/** How the villages of a district are usually called: thôn and làng, bản in the mountains, ấp in the south. */
enum VillageNaming {
    /** Thôn, làng: the lowlands of the north and centre. */
    THON,
    /** Bản (and thôn): the mountain districts. */
    BAN,
    /** Ấp, and khu phố in towns: the south. */
    AP;

    /** The eleven mountain districts of Thanh Hóa. */
    private static final Set<String> THANH_HOA_MOUNTAINS = Set.of("384", "385", "386", "387", "388", "389", "390",
            "391", "396", "402", "403");
    /** The provinces of the northern mountains. */
    private static final Set<String> NORTHERN_MOUNTAINS = Set.of("02", "04", "06", "08", "10", "11", "12", "14",
            "15", "17", "20");
    /** Province codes from here on are in the south-east and the Mekong delta. */
    private static final int FIRST_SOUTHERN_PROVINCE = 70;

    /**
     * @param district a district-level unit
     * @return how its villages are called
     */
    static VillageNaming of(AdministrativeUnit district) {
        String province = district.parentCode();
        if (Integer.parseInt(province) >= FIRST_SOUTHERN_PROVINCE) {
            return AP;
        }
        return THANH_HOA_MOUNTAINS.contains(district.code()) || NORTHERN_MOUNTAINS.contains(province) ? BAN : THON;
    }
}
