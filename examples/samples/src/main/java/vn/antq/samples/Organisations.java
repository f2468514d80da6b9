package vn.antq.samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which agencies, enterprises and schools a commune or a district has, with their names and profiles: a
 * health station, a post office, a few enterprises and the kindergarten, primary and lower-secondary schools under a
 * commune; the military command, the health centre, upper-secondary schools and a vocational centre under a district.
 */
final class Organisations {
    private static final List<String> SECTORS = List.of("May mặc", "Xây dựng", "Thương mại và Dịch vụ",
            "Vật liệu xây dựng", "Chế biến nông sản", "Vận tải", "Cơ khí", "Chế biến gỗ", "Thủy sản",
            "Đầu tư và Phát triển", "Giày da", "Thực phẩm");
    private static final List<String> BRANDS = List.of("Hoàng Long", "Thành Đạt", "Minh Phát", "Hưng Thịnh",
            "Phú Gia", "An Khang", "Tân Tiến", "Việt Hưng", "Đại Phát", "Thịnh Vượng", "Hồng Hà", "Sơn Hải",
            "Trường An", "Kim Ngân", "Bảo Ngọc", "Quang Minh", "Nam Việt", "Hải Long", "Lam Sơn", "Hàm Rồng",
            "Đức Thành", "Phúc Hưng", "Xuân Mai", "Tiến Thành");
    private static final List<String> COOPERATIVE_TRADES = List.of("Dịch vụ nông nghiệp", "Nuôi trồng thủy sản",
            "Rau an toàn", "Chăn nuôi", "Mây tre đan", "Dịch vụ điện năng");
    private static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

    /**
     * An organisation to draft.
     *
     * @param idSuffix what follows its parent's code in its id, for example "CQ01", "DN02", "GD03"
     * @param name     its name
     * @param profile  what it is like
     */
    record Organisation(String idSuffix, String name, OrganisationProfile profile) {
    }

    private Organisations() {
    }

    /**
     * @param dice    the commune's draws
     * @param commune the commune
     * @param naming  how villages are called in its district (mountain communes often have a combined primary and
     *                lower-secondary school)
     * @return its agencies, enterprises and schools, in that order
     */
    static List<Organisation> ofCommune(Dice dice, AdministrativeUnit commune, VillageNaming naming) {
        List<Organisation> organisations = new ArrayList<>();
        String inText = commune.nameInText();
        organisations.add(new Organisation("CQ01", "Trạm Y tế " + inText,
                OrganisationProfile.agency(false, new OrganisationProfile.Range(5, 12),
                        new OrganisationProfile.Range(1, 3), 0.9, 0.3)));
        if (commune.isRuralCommune() && dice.chance(0.7)) {
            organisations.add(new Organisation("CQ02", "Bưu điện văn hóa " + inText,
                    OrganisationProfile.agency(false, new OrganisationProfile.Range(1, 3),
                            new OrganisationProfile.Range(1, 1), 0.0, 0.8)));
        }
        int enterprises = commune.isRuralCommune() ? dice.between(0, 3) : dice.between(1, 4);
        Set<String> names = new HashSet<>();
        while (names.size() < enterprises) {
            Organisation enterprise = enterprise(dice, commune, names.size() + 1);
            if (names.add(enterprise.name())) {
                organisations.add(enterprise);
            }
        }
        String place = commune.placeName();
        organisations.add(school("GD01", "Trường Mầm non " + place, "KINDERGARTEN"));
        if (naming == VillageNaming.BAN && commune.isRuralCommune() && dice.chance(0.35)) {
            organisations.add(school("GD02", "Trường Tiểu học và THCS " + place, "MULTI_LEVEL_GENERAL"));
        } else {
            organisations.add(school("GD02", "Trường Tiểu học " + place, "PRIMARY"));
            organisations.add(school("GD03", "Trường THCS " + place, "LOWER_SECONDARY"));
        }
        return organisations;
    }

    /**
     * @param dice     the district's draws
     * @param district the district-level unit
     * @return its military command (armed forces, excluded), health centre, two to four upper-secondary schools
     *         ("Trường THPT Hoằng Hóa", "… 2", "… 3"; "Trường THPT số 2 Quận 1") and, for most, a vocational and
     *         continuing-education centre
     */
    static List<Organisation> ofDistrict(Dice dice, AdministrativeUnit district) {
        List<Organisation> organisations = new ArrayList<>();
        String inText = district.nameInText();
        organisations.add(new Organisation("CQ01", "Ban Chỉ huy Quân sự " + inText,
                OrganisationProfile.agency(true, new OrganisationProfile.Range(8, 20),
                        new OrganisationProfile.Range(2, 4), 1.0, 0.0)));
        organisations.add(new Organisation("CQ02", "Trung tâm Y tế " + inText,
                OrganisationProfile.agency(false, new OrganisationProfile.Range(120, 400),
                        new OrganisationProfile.Range(8, 20), 1.0, 0.05)));
        int upperSecondary = dice.between(2, 4);
        String place = district.placeName();
        boolean numbered = Character.isDigit(place.charAt(place.length() - 1));
        for (int i = 1; i <= upperSecondary; i++) {
            String name = numbered ? "Trường THPT số " + i + " " + place
                    : "Trường THPT " + place + (i == 1 ? "" : " " + i);
            organisations.add(school(String.format(Locale.ROOT, "GD%02d", i), name, "UPPER_SECONDARY"));
        }
        if (dice.chance(0.6)) {
            organisations.add(school(String.format(Locale.ROOT, "GD%02d", upperSecondary + 1),
                    "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên " + inText, "VOCATIONAL"));
        }
        return organisations;
    }

    /**
     * The agencies, enterprises and schools of a commune formed on 01/07/2025: its health station, its military
     * command (armed forces, excluded) and, in most xã, a post office; the enterprises and the kindergarten, primary
     * and lower-secondary schools of each commune that went into it whole, drawn and named as in 2024 after that
     * commune; then the upper-secondary schools and, for most, the vocational and continuing-education centre of each
     * former district whose seat it took, named after the district.
     *
     * @param dice    the new commune's draws
     * @param formed  the new commune
     * @return its agencies, enterprises and schools, in that order, numbered CQ01…, DN01…, GD01…
     */
    static List<Organisation> ofFormedCommune(Dice dice, TwoTierStructure.FormedCommune formed) {
        AdministrativeUnit commune = formed.commune();
        List<Organisation> organisations = new ArrayList<>();
        String inText = commune.nameInText();
        organisations.add(new Organisation("CQ01", "Trạm Y tế " + inText,
                OrganisationProfile.agency(false, new OrganisationProfile.Range(8, 25),
                        new OrganisationProfile.Range(2, 4), 0.95, 0.2)));
        organisations.add(new Organisation("CQ02", "Ban Chỉ huy Quân sự " + inText,
                OrganisationProfile.agency(true, new OrganisationProfile.Range(4, 10),
                        new OrganisationProfile.Range(1, 2), 1.0, 0.0)));
        if (commune.isRuralCommune() && dice.chance(0.7)) {
            organisations.add(new Organisation("CQ03", "Bưu điện văn hóa " + inText,
                    OrganisationProfile.agency(false, new OrganisationProfile.Range(1, 3),
                            new OrganisationProfile.Range(1, 1), 0.0, 0.8)));
        }
        List<AdministrativeUnit> sources = formed.wholeSources();
        Set<String> names = new HashSet<>();
        for (AdministrativeUnit source : sources) {
            int enterprises = names.size() + (source.isRuralCommune() ? dice.between(0, 3) : dice.between(1, 4));
            while (names.size() < enterprises) {
                Organisation enterprise = enterprise(dice, source, names.size() + 1);
                if (names.add(enterprise.name())) {
                    organisations.add(enterprise);
                }
            }
        }
        List<String[]> schools = new ArrayList<>();
        for (AdministrativeUnit source : sources) {
            String place = source.placeName();
            schools.add(new String[] {"Trường Mầm non " + place, "KINDERGARTEN"});
            if (formed.naming() == VillageNaming.BAN && source.isRuralCommune() && dice.chance(0.35)) {
                schools.add(new String[] {"Trường Tiểu học và THCS " + place, "MULTI_LEVEL_GENERAL"});
            } else {
                schools.add(new String[] {"Trường Tiểu học " + place, "PRIMARY"});
                schools.add(new String[] {"Trường THCS " + place, "LOWER_SECONDARY"});
            }
        }
        for (AdministrativeUnit district : formed.formerDistricts()) {
            String place = district.placeName();
            int upperSecondary = dice.between(2, 4);
            for (int i = 1; i <= upperSecondary; i++) {
                schools.add(new String[] {"Trường THPT " + place + (i == 1 ? "" : " " + i), "UPPER_SECONDARY"});
            }
            if (dice.chance(0.6)) {
                schools.add(new String[] {"Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên "
                        + district.nameInText(), "VOCATIONAL"});
            }
        }
        for (int i = 0; i < schools.size(); i++) {
            organisations.add(school(String.format(Locale.ROOT, "GD%02d", i + 1), schools.get(i)[0],
                    schools.get(i)[1]));
        }
        return organisations;
    }

    private static Organisation enterprise(Dice dice, AdministrativeUnit commune, int ordinal) {
        String idSuffix = String.format(Locale.ROOT, "DN%02d", ordinal);
        return switch (dice.weighted(50, 20, 10, 20)) {
            case 0 -> new Organisation(idSuffix, "Công ty TNHH " + dice.pick(SECTORS) + " " + dice.pick(BRANDS),
                    OrganisationProfile.enterprise(SIZES.get(dice.weighted(25, 40, 25, 10))));
            case 1 -> new Organisation(idSuffix, "Công ty Cổ phần " + dice.pick(SECTORS) + " " + dice.pick(BRANDS),
                    OrganisationProfile.enterprise(SIZES.get(dice.weighted(0, 30, 45, 25))));
            case 2 -> new Organisation(idSuffix, "Doanh nghiệp tư nhân " + dice.pick(BRANDS),
                    OrganisationProfile.enterprise(SIZES.get(dice.weighted(60, 40, 0, 0))));
            default -> new Organisation(idSuffix,
                    "Hợp tác xã " + dice.pick(COOPERATIVE_TRADES) + " " + commune.placeName(),
                    OrganisationProfile.enterprise(SIZES.get(dice.weighted(50, 50, 0, 0))));
        };
    }

    private static Organisation school(String idSuffix, String name, String level) {
        return new Organisation(idSuffix, name, OrganisationProfile.school(level));
    }
}
