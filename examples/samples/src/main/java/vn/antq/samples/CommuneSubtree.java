package vn.antq.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Drafts a commune and everything under it: its khu dân cư, agencies, enterprises and schools. */
final class CommuneSubtree {
    private final long seed;
    private final CommuneDrafter communes;
    private final ResidentialAreaDrafter residentialAreas;
    private final OrganisationDrafter organisations;

    /**
     * @param seed the generator's seed
     * @param year the assessment year
     */
    CommuneSubtree(long seed, int year) {
        this.seed = seed;
        this.communes = new CommuneDrafter(year);
        this.residentialAreas = new ResidentialAreaDrafter(year);
        this.organisations = new OrganisationDrafter(year);
    }

    /**
     * @param commune          the commune
     * @param naming           how villages are called in its district
     * @param residentialAreas how many khu dân cư it has
     * @return the commune first, then its khu dân cư ({@code <code>-T01}…), agencies ({@code -CQ01}…),
     *         enterprises ({@code -DN01}…) and schools ({@code -GD01}…)
     */
    List<SampleUnit> draft(AdministrativeUnit commune, VillageNaming naming, int residentialAreas) {
        return draft(Dice.forUnit(seed, commune), "", commune, naming, residentialAreas,
                dice -> Organisations.ofCommune(dice, commune, naming));
    }

    /**
     * A commune formed on 01/07/2025, from its own stream for the two-tier structure (not that of the former commune
     * whose code it kept), with the organisations of {@link Organisations#ofFormedCommune}.
     *
     * @param formed           the new commune
     * @param residentialAreas how many khu dân cư it has
     * @return the commune first, then its khu dân cư, agencies, enterprises and schools, numbered as in
     *         {@link #draft(AdministrativeUnit, VillageNaming, int)}
     */
    List<SampleUnit> draft(TwoTierStructure.FormedCommune formed, int residentialAreas) {
        return draft(Dice.forUnit(seed, formed.commune(), TwoTierStructure.STREAM), "@" + TwoTierStructure.STREAM,
                formed.commune(), formed.naming(), residentialAreas,
                dice -> Organisations.ofFormedCommune(dice, formed));
    }

    /**
     * @param dice             the commune's stream
     * @param stream           the structure's suffix of the khu dân cư's own streams ({@link SecurityTeam#stream})
     * @param commune          the commune
     * @param naming           how villages are called there
     * @param residentialAreas how many khu dân cư it has
     * @param organisationsOf  its agencies, enterprises and schools, from the commune's stream
     * @return the commune first, then everything under it
     */
    private List<SampleUnit> draft(Dice dice, String stream, AdministrativeUnit commune, VillageNaming naming,
                                   int residentialAreas,
                                   Function<Dice, List<Organisations.Organisation>> organisationsOf) {
        Standing standing = Standing.ofCommune(dice);
        List<SampleUnit> units = new ArrayList<>();
        units.add(communes.draft(dice, standing, commune));
        List<ResidentialAreaNames.Named> names = ResidentialAreaNames.draw(dice, commune, naming, residentialAreas);
        for (int i = 0; i < names.size(); i++) {
            String id = String.format(Locale.ROOT, "%s-T%02d", commune.code(), i + 1);
            units.add(this.residentialAreas.draft(dice, SecurityTeam.stream(seed, commune, id, stream), standing, id,
                    names.get(i), commune.code()));
        }
        for (Organisations.Organisation organisation : organisationsOf.apply(dice)) {
            units.add(organisations.draft(dice, standing, commune.code() + "-" + organisation.idSuffix(),
                    organisation.name(), commune.code(), organisation.profile()));
        }
        return units;
    }
}
