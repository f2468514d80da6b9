package vn.antq.samples;

import java.util.List;

/**
 * The Tổ bảo vệ an ninh, trật tự of a khu dân cư (Luật 30/2023/QH15), as plan target KH67-T7B of Kế hoạch 67/KH-BCĐ
 * counts it: Thanh Hóa staffs one Tổ per thôn or tổ dân phố with 1 Tổ trưởng, 1 Tổ phó and 1 Tổ viên, and the forces
 * must be trained. The four indicators follow securityTeamDisciplined, as in the table of docs/dataset-format.md.
 *
 * <p>Every value comes from the area's own stream ({@link #stream}), never from its commune's, so adding them
 * changes nothing else in a dataset. About 92% of Tổ are staffed 1/1/1, 3% lack the Tổ phó (1/0/1), 2.5% lack the
 * Tổ viên (1/1/0) and 2.5% have a second Tổ viên (1/1/2, more than Thanh Hóa's staffing); 4% are not trained. About
 * 1% of areas leave out one of the four, each as likely, unless the area already lacks other data.
 *
 * @param leaders  {@value #LEADERS}: the Tổ trưởng
 * @param deputies {@value #DEPUTIES}: the Tổ phó
 * @param members  {@value #MEMBERS}: the Tổ viên, not counting the Tổ trưởng and Tổ phó
 * @param trained  {@value #TRAINED}: whether the Tổ was trained (tập huấn nghiệp vụ)
 * @param gap      the indicator to leave out, or null for none
 */
record SecurityTeam(int leaders, int deputies, int members, boolean trained, String gap) {
    static final String LEADERS = "securityTeamLeaders";
    static final String DEPUTIES = "securityTeamDeputies";
    static final String MEMBERS = "securityTeamMembers";
    static final String TRAINED = "securityTeamTrained";
    /** The four indicators, in writing order. */
    static final List<String> INDICATORS = List.of(LEADERS, DEPUTIES, MEMBERS, TRAINED);

    /** Tổ trưởng, Tổ phó, Tổ viên: full, no Tổ phó, no Tổ viên, a second Tổ viên. */
    private static final int[][] STAFFING = {{1, 1, 1}, {1, 0, 1}, {1, 1, 0}, {1, 1, 2}};
    private static final int[] STAFFING_WEIGHTS = {920, 30, 25, 25};

    /**
     * @param seed    the generator's seed
     * @param commune the area's commune
     * @param areaId  the area's id
     * @param stream  the structure's suffix: empty for the 2024 structure, {@code "@" + TwoTierStructure.STREAM}
     *                for the two-tier one (a new commune may keep a former commune's code, and so its areas' ids)
     * @return the area's own stream for its Tổ bảo vệ ANTT
     */
    static Dice stream(long seed, AdministrativeUnit commune, String areaId, String stream) {
        return Dice.forUnit(seed, commune, "SECURITY_TEAM/" + areaId + stream);
    }

    /**
     * @param dice the area's own stream, from {@link #stream}
     * @return its Tổ
     */
    static SecurityTeam draw(Dice dice) {
        int[] staffing = STAFFING[dice.weighted(STAFFING_WEIGHTS)];
        boolean trained = !dice.chance(0.04);
        String gap = dice.chance(0.01) ? dice.pick(INDICATORS) : null;
        return new SecurityTeam(staffing[0], staffing[1], staffing[2], trained, gap);
    }

    /**
     * Sets the four indicators, in {@link #INDICATORS}' order; the drafter sets them right after
     * securityTeamDisciplined.
     *
     * @param draft the area
     */
    void addTo(UnitDraft draft) {
        draft.set(LEADERS, leaders).set(DEPUTIES, deputies).set(MEMBERS, members).set(TRAINED, trained);
    }
}
