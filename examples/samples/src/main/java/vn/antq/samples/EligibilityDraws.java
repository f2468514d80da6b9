package vn.antq.samples;

/**
 * What Luật 30/2023/QH15 Điều 13 asks of a member beyond who they are (the health certificate, a sentence or an
 * administrative measure served and cleared, living regularly in the area, and for those over 70 their health), and
 * the class of the Tổ's area for the monthly support (loại 1, 2, 3, NQ 27/2024/NQ-HĐND Thanh Hóa). They come from a
 * stream of their own, {@code Dice.forUnit(seed, commune, "SECURITY_TEAM_ELIGIBILITY/<area id>")} (with the
 * structure's suffix), so that every other value of the samples stays as it was: first the Tổ's class, then each
 * member's facts in member order. A few of each value are left out or fail, so that each rule shows "thiếu số liệu"
 * and "không đạt".
 */
final class EligibilityDraws {
    static final String PURPOSE = "SECURITY_TEAM_ELIGIBILITY/";
    /** Per mille of Tổ: class left out, loại 1, loại 2, loại 3. */
    private static final int[] SUPPORT_CLASS = {5, 550, 350, 95};
    /** Per mille of members: true, false, left out. */
    private static final int[] HEALTH = {994, 2, 4};
    /** Per mille of members: NONE, CLEARED, NOT_CLEARED, left out. */
    private static final int[] PAST = {990, 6, 2, 2};
    private static final String[] PAST_CODES = {"NONE", "CLEARED", "NOT_CLEARED", null};
    /** Per mille of members: true, false, left out. */
    private static final int[] RESIDES = {995, 2, 3};
    /** Per cent of members over 70: true, false, left out. */
    private static final int[] OVER_SEVENTY_FIT = {60, 15, 25};
    private static final Boolean[] FLAGS = {true, false, null};

    /** A member's facts of Điều 13; null where the field is left out. */
    record Facts(Boolean healthCertified, String pastSentence, String pastAdministrativeMeasure,
                 Boolean residesRegularly, Boolean overSeventyFit) {
    }

    private EligibilityDraws() {
    }

    /** @param dice the area's stream @return the class of the Tổ's area, 1 to 3, or null when left out */
    static Integer supportClass(Dice dice) {
        int drawn = dice.weighted(SUPPORT_CLASS);
        return drawn == 0 ? null : drawn;
    }

    /**
     * @param dice        the area's stream
     * @param overSeventy whether the member is over 70 at the reference date (only then is their health drawn)
     * @return the member's facts
     */
    static Facts facts(Dice dice, boolean overSeventy) {
        Boolean health = FLAGS[dice.weighted(HEALTH)];
        String sentence = PAST_CODES[dice.weighted(PAST)];
        String measure = PAST_CODES[dice.weighted(PAST)];
        Boolean resides = FLAGS[dice.weighted(RESIDES)];
        Boolean fit = overSeventy ? FLAGS[dice.weighted(OVER_SEVENTY_FIT)] : null;
        return new Facts(health, sentence, measure, resides, fit);
    }
}
