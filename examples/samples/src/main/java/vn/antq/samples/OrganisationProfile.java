package vn.antq.samples;

import java.util.Set;

/**
 * What an agency, enterprise or school is like: its classifying indicator and the ranges its numbers are drawn
 * from.
 *
 * @param kind                  AGENCY, ENTERPRISE or SCHOOL
 * @param classifier            the classifying indicator: armedForces, size or level
 * @param classification        its value
 * @param staff                 staff (cán bộ, giáo viên, người lao động)
 * @param learners              learners, for a school; 0–0 otherwise
 * @param subUnits              sub-units (phòng, ban, tổ, đội, tổ chuyên môn)
 * @param partyChance           the share with a Party organisation
 * @param noSecurityForceChance the share with no security force of their own
 */
record OrganisationProfile(UnitKind kind, String classifier, Object classification, Range staff, Range learners,
                           Range subUnits, double partyChance, double noSecurityForceChance) {

    private static final Set<String> GENERAL_EDUCATION = Set.of("PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
            "MULTI_LEVEL_GENERAL");
    private static final Set<String> LEARNERS_IN_OUTREACH = Set.of("LOWER_SECONDARY", "UPPER_SECONDARY",
            "MULTI_LEVEL_GENERAL", "VOCATIONAL", "HIGHER");
    private static final Range NONE = new Range(0, 0);

    /**
     * An inclusive range of whole numbers.
     *
     * @param min the smallest
     * @param max the largest
     */
    record Range(int min, int max) {
        int draw(Dice dice) {
            return dice.between(min, max);
        }
    }

    /**
     * @param armedForces           whether it is an armed-forces unit (excluded from the standard)
     * @param staff                 its staff
     * @param subUnits              its sub-units
     * @param partyChance           the share with a Party organisation
     * @param noSecurityForceChance the share with no security force
     * @return the profile of an agency
     */
    static OrganisationProfile agency(boolean armedForces, Range staff, Range subUnits, double partyChance,
                                      double noSecurityForceChance) {
        return new OrganisationProfile(UnitKind.AGENCY, "armedForces", armedForces, staff, NONE, subUnits,
                partyChance, noSecurityForceChance);
    }

    /**
     * @param size MICRO, SMALL (both excluded from the standard), MEDIUM or LARGE
     * @return the profile of an enterprise of that size
     */
    static OrganisationProfile enterprise(String size) {
        return switch (size) {
            case "MICRO" -> enterprise(size, new Range(3, 9), new Range(0, 1), 0.02, 0.8);
            case "SMALL" -> enterprise(size, new Range(10, 99), new Range(1, 5), 0.15, 0.5);
            case "MEDIUM" -> enterprise(size, new Range(100, 199), new Range(4, 12), 0.5, 0.15);
            case "LARGE" -> enterprise(size, new Range(200, 2500), new Range(10, 30), 0.9, 0.0);
            default -> throw new IllegalArgumentException("unknown enterprise size " + size);
        };
    }

    /**
     * @param level KINDERGARTEN, PRIMARY (both excluded from the standard), LOWER_SECONDARY, MULTI_LEVEL_GENERAL,
     *              UPPER_SECONDARY or VOCATIONAL
     * @return the profile of a school of that level
     */
    static OrganisationProfile school(String level) {
        return switch (level) {
            case "KINDERGARTEN" -> school(level, new Range(15, 45), new Range(80, 400), new Range(2, 4), 0.6);
            case "PRIMARY" -> school(level, new Range(20, 50), new Range(200, 900), new Range(5, 7), 0.4);
            case "LOWER_SECONDARY" -> school(level, new Range(20, 50), new Range(200, 800), new Range(3, 5), 0.3);
            case "MULTI_LEVEL_GENERAL" -> school(level, new Range(25, 60), new Range(250, 700), new Range(4, 8), 0.3);
            case "UPPER_SECONDARY" -> school(level, new Range(60, 110), new Range(800, 1800), new Range(6, 10), 0.1);
            case "VOCATIONAL" -> school(level, new Range(20, 50), new Range(150, 700), new Range(3, 6), 0.3);
            default -> throw new IllegalArgumentException("unknown school level " + level);
        };
    }

    /** @return whether it is a general-education school (primary, lower or upper secondary, multi-level) */
    boolean generalEducation() {
        return kind == UnitKind.SCHOOL && GENERAL_EDUCATION.contains((String) classification);
    }

    /** @return whether its learners are to be reached by propaganda (from lower secondary up) */
    boolean learnersInOutreach() {
        return kind == UnitKind.SCHOOL && LEARNERS_IN_OUTREACH.contains((String) classification);
    }

    private static OrganisationProfile enterprise(String size, Range staff, Range subUnits, double partyChance,
                                                  double noSecurityForceChance) {
        return new OrganisationProfile(UnitKind.ENTERPRISE, "size", size, staff, NONE, subUnits, partyChance,
                noSecurityForceChance);
    }

    private static OrganisationProfile school(String level, Range staff, Range learners, Range subUnits,
                                              double noSecurityForceChance) {
        return new OrganisationProfile(UnitKind.SCHOOL, "level", level, staff, learners, subUnits, 0.95,
                noSecurityForceChance);
    }
}
