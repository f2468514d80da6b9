package vn.antq.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The members of each khu dân cư's Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15), written in the top-level
 * {@code securityTeams} array of a three-tier dataset: one Tổ per khu dân cư, established on {@value #ESTABLISHED},
 * with as many Tổ trưởng, Tổ phó and Tổ viên as the area's indicators {@code securityTeamLeaders},
 * {@code securityTeamDeputies} and {@code securityTeamMembers} say (1 for an indicator the area leaves out).
 *
 * <p>Each Tổ draws from a stream of its own, {@code Dice.forUnit(seed, commune, "SECURITY_TEAM_MEMBERS/<area id>")},
 * apart from the area's {@code SECURITY_TEAM/<area id>} stream, so these draws change nothing else in the dataset.
 * Most members are 30–65 at the reference date (15/11/Y), have at least lower-secondary education and have lived in
 * the area for years. A few show the cases the eligibility rules must get right: exactly 18 (born on 15/11/(Y−18)),
 * one day short of 18, exactly 70, 70 and one day (each of the last two with {@code overSeventyDecision} true half of
 * the time, absent otherwise); primary education only (allowed in a MOUNTAIN area, not in a NORMAL one); resident
 * exactly 365 days or 364 days before the reference date; prosecuted or sanctioned.
 */
final class SecurityTeamRoster {
    static final String PURPOSE = "SECURITY_TEAM_MEMBERS/";
    static final String ESTABLISHED = "2024-07-01";

    /** One member of a Tổ; {@code overSeventyDecision} is null when the field is left out. */
    record Member(String id, String name, String role, LocalDate birthDate, String gender, String education,
                  LocalDate residentSince, String areaType, Boolean overSeventyDecision, boolean prosecuted,
                  boolean sanctioned) {
    }

    /** One Tổ, for one khu dân cư. */
    record Team(String id, List<String> areas, LocalDate established, List<Member> members) {
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

    private static final List<String> SURNAMES = List.of("Nguyễn", "Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đỗ",
            "Bùi", "Đặng", "Ngô", "Trịnh", "Mai", "Hà", "Lương", "Cao", "Đinh", "Phan", "Dương");
    private static final List<String> MOUNTAIN_SURNAMES = List.of("Hà", "Lò", "Lương", "Phạm", "Bùi", "Vi", "Cầm",
            "Ngân", "Lộc", "Quách", "Hoàng", "Lê");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đình", "Xuân", "Hữu", "Minh",
            "Quang", "Đức", "Ngọc", "Trọng");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh",
            "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Hưng", "Toàn", "Lâm", "Thành",
            "Tiến", "Hòa", "Trung", "Đạt");
    private static final List<String> FEMALE_GIVEN = List.of("Hoa", "Lan", "Hương", "Mai", "Hằng", "Nga", "Thảo",
            "Trang", "Yến", "Linh", "Hà", "Nhung", "Huyền", "Loan", "Thủy", "Vân");

    private final long seed;
    private final LocalDate referenceDate;
    private final LocalDate established = LocalDate.parse(ESTABLISHED);
    private final List<Team> teams = new ArrayList<>();

    /**
     * @param seed the generator's seed
     * @param year the assessment year; ages and residence are read at 15/11/Y
     */
    SecurityTeamRoster(long seed, int year) {
        this.seed = seed;
        this.referenceDate = LocalDate.of(year, 11, 15);
    }

    /**
     * Draws the Tổ of each khu dân cư among the units.
     *
     * @param commune  the commune the units are under
     * @param mountain whether its district is a mountain one ({@link VillageNaming#BAN})
     * @param units    the commune's subtree as written
     */
    void add(AdministrativeUnit commune, boolean mountain, List<SampleUnit> units) {
        for (SampleUnit unit : units) {
            if (unit.kind() == UnitKind.RESIDENTIAL_AREA) {
                teams.add(draw(Dice.forUnit(seed, commune, PURPOSE + unit.id()), unit, mountain));
            }
        }
    }

    /** @return the Tổ drawn so far, in dataset order */
    List<Team> teams() {
        return List.copyOf(teams);
    }

    private Team draw(Dice dice, SampleUnit area, boolean mountain) {
        String areaType = mountain ? "MOUNTAIN" : "NORMAL";
        List<Member> members = new ArrayList<>();
        int[] counts = {count(area, SecurityTeam.LEADERS), count(area, SecurityTeam.DEPUTIES),
                count(area, SecurityTeam.MEMBERS)};
        String[] roles = {"LEADER", "DEPUTY", "MEMBER"};
        for (int r = 0; r < roles.length; r++) {
            for (int i = 0; i < counts[r]; i++) {
                String id = String.format(Locale.ROOT, "TV-%s-%d", area.id(), members.size() + 1);
                members.add(member(dice, id, roles[r], areaType, mountain));
            }
        }
        return new Team("TBV-" + area.id(), List.of(area.id()), established, members);
    }

    private static int count(SampleUnit area, String indicator) {
        return area.indicators().get(indicator) instanceof Integer count ? count : 1;
    }

    private Member member(Dice dice, String id, String role, String areaType, boolean mountain) {
        boolean female = dice.chance(0.2);
        String name = dice.pick(mountain && dice.chance(0.6) ? MOUNTAIN_SURNAMES : SURNAMES) + " "
                + dice.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                + dice.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
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
        return new Member(id, name, role, birthDate, female ? "FEMALE" : "MALE", education, residentSince, areaType,
                overSeventyDecision, prosecuted, sanctioned);
    }
}
