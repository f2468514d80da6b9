package vn.antq.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Drafts a district-level unit and the agencies and schools directly under it. */
final class DistrictUnits {
    private final long seed;
    private final OrganisationDrafter organisations;

    /**
     * @param seed the generator's seed
     * @param year the assessment year
     */
    DistrictUnits(long seed, int year) {
        this.seed = seed;
        this.organisations = new OrganisationDrafter(year);
    }

    /**
     * @param district the district-level unit
     * @return the district (with its movement score) first, then its agencies ({@code <code>-CQ01}…) and schools
     *         ({@code <code>-GD01}…)
     */
    List<SampleUnit> draft(AdministrativeUnit district) {
        Dice dice = Dice.forUnit(seed, district);
        List<SampleUnit> units = new ArrayList<>();
        units.add(new SampleUnit(district.code(), UnitKind.DISTRICT, district.datasetType(), district.name(),
                district.parentCode(), Map.of("movementScore", CommonIndicators.movementScore(dice)), null));
        for (Organisations.Organisation organisation : Organisations.ofDistrict(dice, district)) {
            units.add(organisations.draft(dice, Standing.ORDINARY, district.code() + "-" + organisation.idSuffix(),
                    organisation.name(), district.code(), organisation.profile()));
        }
        return units;
    }
}
