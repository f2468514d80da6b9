package vn.antq.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the security force (lực lượng bảo vệ) of each agency, enterprise and school is staffed to its number and
 * trained: the indicators {@code securityForceStaffed} and {@code securityForceTrained} that plan target KH67-T7 reads.
 *
 * <p>Each unit draws from a stream of its own, {@code Dice.forUnit(seed, owner, "SECURITY_FORCE/<unit id>" +
 * stream)}, where the owner is the district or commune whose subtree the unit belongs to. So these draws change
 * nothing else in the dataset. The two indicators go at the end of the unit's indicators, in that order; a unit
 * without a security force ({@code securityForceRating} {@code NONE}) gets neither and is written exactly as before.
 *
 * <p>Per unit with a force, one case in each thousand draws: {@value #STAFFED_SHORT} not staffed to its number,
 * {@value #NOT_TRAINED} not trained, {@value #STAFFED_MISSING} without {@code securityForceStaffed} and
 * {@value #TRAINED_MISSING} without {@code securityForceTrained} (missing data); the rest are staffed and trained.
 */
final class SecurityForces {
    static final String PURPOSE = "SECURITY_FORCE/";
    static final Set<UnitKind> KINDS = Set.of(UnitKind.AGENCY, UnitKind.ENTERPRISE, UnitKind.SCHOOL);
    static final int STAFFED_SHORT = 30;
    static final int NOT_TRAINED = 30;
    static final int STAFFED_MISSING = 10;
    static final int TRAINED_MISSING = 10;

    private final long seed;
    private final String stream;

    /**
     * @param seed   the generator's seed
     * @param stream what follows the unit id in the purpose of every draw: empty for the 2024 structure,
     *               {@code "@" + TwoTierStructure.STREAM} for the two-tier one
     */
    SecurityForces(long seed, String stream) {
        this.seed = seed;
        this.stream = stream;
    }

    /**
     * @param owner the district or commune whose subtree these units are
     * @param units the units as drafted, in writing order
     * @return the same units, the agencies, enterprises and schools with a security force with the two indicators
     */
    List<SampleUnit> add(AdministrativeUnit owner, List<SampleUnit> units) {
        List<SampleUnit> result = new ArrayList<>(units.size());
        for (SampleUnit unit : units) {
            boolean force = KINDS.contains(unit.kind())
                    && !"NONE".equals(unit.indicators().get("securityForceRating"));
            result.add(force ? add(Dice.forUnit(seed, owner, PURPOSE + unit.id() + stream), unit) : unit);
        }
        return result;
    }

    private static SampleUnit add(Dice dice, SampleUnit unit) {
        int draw = dice.weighted(STAFFED_SHORT, NOT_TRAINED, STAFFED_MISSING, TRAINED_MISSING,
                1000 - STAFFED_SHORT - NOT_TRAINED - STAFFED_MISSING - TRAINED_MISSING);
        Map<String, Object> indicators = new LinkedHashMap<>(unit.indicators());
        if (draw != 2) {
            indicators.put("securityForceStaffed", draw != 0);
        }
        if (draw != 3) {
            indicators.put("securityForceTrained", draw != 1);
        }
        return new SampleUnit(unit.id(), unit.kind(), unit.type(), unit.name(), unit.parent(), unit.validFrom(),
                unit.validTo(), unit.successor(), indicators, unit.events());
    }
}
