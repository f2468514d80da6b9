package vn.antq.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Tổ bảo vệ an ninh, trật tự of each khu dân cư (Luật 30/2023/QH15) with their members, written in the top-level
 * {@code securityTeams} array: one Tổ per khu dân cư, set up on {@value #ESTABLISHED}, with as many Tổ trưởng, Tổ phó
 * and Tổ viên as the area's indicators {@code securityTeamLeaders}, {@code securityTeamDeputies} and
 * {@code securityTeamMembers} say (1 for an indicator the area leaves out).
 *
 * <p>Each Tổ draws its members from a stream of its own, {@code Dice.forUnit(seed, commune,
 * "SECURITY_TEAM_MEMBERS/<area id>")}, apart from the area's {@code SECURITY_TEAM/<area id>} stream, and what they
 * did in the rating window and their earlier service from a third, {@code SECURITY_TEAM_DUTY/<area id>}
 * ({@link TeamDutyDraws}); on the two-tier structure each purpose ends with {@code @TWO_TIER_2025}. So these draws
 * change nothing else in the dataset. Most members are 30–65 at the reference date (15/11/Y), have at least
 * lower-secondary education and have lived in the area for years. A few show the cases the eligibility rules must get
 * right: exactly 18 (born on 15/11/(Y−18)), one day short of 18, exactly 70, 70 and one day (each of the last two with
 * {@code overSeventyDecision} true half of the time, absent otherwise); primary education only (allowed in a MOUNTAIN
 * area, not in a NORMAL one); resident exactly 365 days or 364 days before the reference date; prosecuted or
 * sanctioned. The facts of Điều 13 beyond these and the class of the Tổ's area come from a fourth stream
 * ({@link EligibilityDraws}). Then the planted cases go in, commune by commune ({@link TeamCases}, then
 * {@link MemberCases}).
 *
 * <p>On the two-tier structure the Tổ stand in for their areas' {@code securityTeamRating} and
 * {@code securityTeamDisciplined}: the areas leave both out, save the few a {@link TeamCases} case keeps.
 */
final class SecurityTeamRoster {
    static final String PURPOSE = "SECURITY_TEAM_MEMBERS/";
    static final String ESTABLISHED = "2024-07-01";

    /**
     * Who a member is; {@code overSeventyDecision} is null when the field is left out; {@code facts} are those of
     * Điều 13 drawn apart ({@link EligibilityDraws}).
     */
    record Person(String id, String name, String role, LocalDate birthDate, String gender, String education,
                  LocalDate residentSince, String areaType, Boolean overSeventyDecision, boolean prosecuted,
                  boolean sanctioned, EligibilityDraws.Facts facts) {

        /** @return whether the member is a woman */
        boolean female() {
            return gender.equals("FEMALE");
        }
    }

    /** One member of a Tổ: who they are, what they did in the window, their service. */
    record Member(Person person, MemberDuty duty, ServiceRecord service) {

        /** @param changed the new duty @return this member with it */
        Member withDuty(MemberDuty changed) {
            return new Member(person, changed, service);
        }
    }

    /** One Tổ, for one khu dân cư; {@code supportClass} is null when the field is left out. */
    record Team(String id, List<String> areas, LocalDate established, TeamDuty duty, List<Member> members,
                Integer supportClass) {

        /** Copies the lists. */
        Team {
            areas = List.copyOf(areas);
            members = List.copyOf(members);
        }

        /** @param changed the new duty @return this Tổ with it */
        Team withDuty(TeamDuty changed) {
            return new Team(id, areas, established, changed, members, supportClass);
        }

        /** @param changed the new members @return this Tổ with them */
        Team withMembers(List<Member> changed) {
            return new Team(id, areas, established, duty, changed, supportClass);
        }

        /** @param drawn the class of the area, or null @return this Tổ with it */
        Team withSupportClass(Integer drawn) {
            return new Team(id, areas, established, duty, members, drawn);
        }
    }

    /** Per mille of members: an ordinary age, exactly 18, 17 (18 tomorrow), exactly 70, 70 and a day. */
    private static final int[] AGE_CASES = {992, 2, 2, 2, 2};
    /** Per mille of members: resident for years, exactly 365 days, 364 days. */
    private static final int[] RESIDENCE_CASES = {994, 3, 3};
    private static final String[] EDUCATION = {"LOWER_SECONDARY", "UPPER_SECONDARY", "HIGHER", "PRIMARY"};
    private static final int[] EDUCATION_MOUNTAIN = {520, 360, 80, 40};
    private static final int[] EDUCATION_NORMAL = {380, 520, 97, 3};
    private static final double PROSECUTED = 0.002;
    private static final double SANCTIONED = 0.004;

    private final long seed;
    private final int year;
    private final String stream;
    private final boolean ratesAreas;
    private final LocalDate referenceDate;
    private final LocalDate established = LocalDate.parse(ESTABLISHED);
    private final MedalRegime regime;
    private final TeamDutyDraws duties;
    private final List<Team> teams = new ArrayList<>();
    private String province;
    private int commune;
    private TeamCases teamCases;
    private MemberCases memberCases;

    /**
     * @param seed       the generator's seed
     * @param year       the assessment year; ages and residence are read at 15/11/Y
     * @param stream     the structure's suffix of the streams: empty for the 2024 structure,
     *                   {@code "@" + TwoTierStructure.STREAM} for the two-tier one
     * @param ratesAreas whether the Tổ stand in for their areas' {@code securityTeamRating} and
     *                   {@code securityTeamDisciplined}
     * @param regime     the dataset's Kỷ niệm chương round
     */
    SecurityTeamRoster(long seed, int year, String stream, boolean ratesAreas, MedalRegime regime) {
        this.seed = seed;
        this.year = year;
        this.stream = stream;
        this.ratesAreas = ratesAreas;
        this.referenceDate = LocalDate.of(year, 11, 15);
        this.regime = regime;
        this.duties = new TeamDutyDraws(established, referenceDate);
    }

    /**
     * Draws the Tổ of each khu dân cư among the units, plants the cases that fall in the commune and, where the Tổ
     * stand in for their areas' rating, leaves it out of the areas.
     *
     * @param province the province the commune is in
     * @param commune  the commune the units are under
     * @param mountain whether its district is a mountain one ({@link VillageNaming#BAN})
     * @param units    the commune's subtree as drawn
     * @return the subtree to write
     */
    List<SampleUnit> add(String province, AdministrativeUnit commune, boolean mountain, List<SampleUnit> units) {
        if (!province.equals(this.province)) {
            this.province = province;
            this.commune = 0;
            this.teamCases = new TeamCases(teamsRated(), ratesAreas);
            this.memberCases = new MemberCases(regime, established, year, teamsRated());
        }
        List<Team> drawn = new ArrayList<>();
        Map<String, SampleUnit> areas = new LinkedHashMap<>();
        for (SampleUnit unit : units) {
            if (unit.kind() == UnitKind.RESIDENTIAL_AREA) {
                areas.put(unit.id(), unit);
                Dice eligibility = Dice.forUnit(seed, commune, EligibilityDraws.PURPOSE + unit.id() + stream);
                Integer supportClass = EligibilityDraws.supportClass(eligibility);
                List<Person> people = people(Dice.forUnit(seed, commune, PURPOSE + unit.id() + stream), eligibility,
                        unit, mountain);
                drawn.add(duties.draw(Dice.forUnit(seed, commune, TeamDutyDraws.PURPOSE + unit.id() + stream), unit,
                        "TBV-" + unit.id(), people, mountain).withSupportClass(supportClass));
            }
        }
        for (Team team : memberCases.apply(this.commune, teamCases.apply(this.commune, drawn, areas))) {
            teams.add(team.withMembers(team.members().stream().map(m -> withCases(commune, m)).toList()));
        }
        this.commune++;
        if (!ratesAreas) {
            return units;
        }
        return units.stream().map(unit -> unit.kind() != UnitKind.RESIDENTIAL_AREA || teamCases.keeps(unit.id())
                ? unit : unit.without(TeamDutyDraws.RATING, TeamDutyDraws.DISCIPLINED)).toList();
    }

    /**
     * A member with earlier service (the only ones whose service can reach the Kỷ niệm chương's years) gets their
     * {@link PersonCases} from their own stream, {@code Dice.forUnit(seed, commune, "CASES/<member id>")} (with the
     * structure's suffix); the others' are not written, and the planted cases ({@link MemberCases}) have none.
     */
    private Member withCases(AdministrativeUnit commune, Member m) {
        if (m.service().earlierService().isEmpty() || m.service().cases() != null) {
            return m;
        }
        Dice dice = Dice.forUnit(seed, commune, PersonCases.PURPOSE + m.person().id() + stream);
        return new Member(m.person(), m.duty(), m.service().withCases(PersonCases.draw(dice)));
    }

    /** @return the Tổ drawn so far, in dataset order */
    List<Team> teams() {
        return List.copyOf(teams);
    }

    /**
     * @return whether the Tổ are rated in the year: 9 months from the start of the window (15/11 of the year before)
     *         or from their setting up, whichever is later, end by the end of the window
     */
    private boolean teamsRated() {
        LocalDate windowStart = LocalDate.of(year - 1, 11, 15);
        LocalDate start = established.isAfter(windowStart) ? established : windowStart;
        return !start.plusMonths(9).isAfter(referenceDate);
    }

    private List<Person> people(Dice dice, Dice eligibility, SampleUnit area, boolean mountain) {
        String areaType = mountain ? "MOUNTAIN" : "NORMAL";
        List<Person> people = new ArrayList<>();
        int[] counts = {count(area, SecurityTeam.LEADERS), count(area, SecurityTeam.DEPUTIES),
                count(area, SecurityTeam.MEMBERS)};
        String[] roles = {"LEADER", "DEPUTY", "MEMBER"};
        for (int r = 0; r < roles.length; r++) {
            for (int i = 0; i < counts[r]; i++) {
                String id = String.format(Locale.ROOT, "TV-%s-%d", area.id(), people.size() + 1);
                people.add(person(dice, eligibility, id, roles[r], areaType, mountain));
            }
        }
        return people;
    }

    private static int count(SampleUnit area, String indicator) {
        return area.indicators().get(indicator) instanceof Integer count ? count : 1;
    }

    private Person person(Dice dice, Dice eligibility, String id, String role, String areaType, boolean mountain) {
        boolean female = dice.chance(0.2);
        String name = PersonNames.draw(dice, female, mountain);
        Boolean overSeventyDecision = null;
        LocalDate birthDate;
        switch (dice.weighted(AGE_CASES)) {
            case 1 -> birthDate = referenceDate.minusYears(18);
            case 2 -> birthDate = referenceDate.minusYears(18).plusDays(1);
            case 3 -> birthDate = referenceDate.minusYears(70);
            case 4 -> birthDate = referenceDate.minusYears(70).minusDays(1);
            default -> {
                int age = switch (dice.weighted(920, 50, 30)) {
                    case 1 -> dice.between(22, 29);
                    case 2 -> dice.between(66, 69);
                    default -> dice.between(30, 65);
                };
                birthDate = referenceDate.minusYears(age).minusDays(dice.between(0, 364));
            }
        }
        if (!birthDate.isAfter(referenceDate.minusYears(70)) && dice.chance(0.5)) {
            overSeventyDecision = true;
        }
        String education = EDUCATION[dice.weighted(mountain ? EDUCATION_MOUNTAIN : EDUCATION_NORMAL)];
        LocalDate residentSince = switch (dice.weighted(RESIDENCE_CASES)) {
            case 1 -> referenceDate.minusDays(365);
            case 2 -> referenceDate.minusDays(364);
            default -> {
                LocalDate drawn = referenceDate.minusYears(dice.between(2, 40)).minusDays(dice.between(0, 364));
                yield drawn.isBefore(birthDate) ? birthDate : drawn;
            }
        };
        boolean prosecuted = dice.chance(PROSECUTED);
        boolean sanctioned = dice.chance(SANCTIONED);
        EligibilityDraws.Facts facts = EligibilityDraws.facts(eligibility,
                birthDate.isBefore(referenceDate.minusYears(70)));
        return new Person(id, name, role, birthDate, female ? "FEMALE" : "MALE", education, residentSince, areaType,
                overSeventyDecision, prosecuted, sanctioned, facts);
    }
}
