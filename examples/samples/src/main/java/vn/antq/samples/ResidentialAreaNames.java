package vn.antq.samples;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Invents the names of a commune's khu dân cư from small lists of Vietnamese words: "Thôn 4", "Thôn Đông",
 * "Thôn Trung Thành", "Làng Yên Thái", "Bản Pù Nhài", "Ấp Tân Lợi", "Tổ dân phố số 3", "Khu phố Nam". A commune uses
 * one scheme for all its areas, as communes do.
 */
final class ResidentialAreaNames {
    private static final List<String> SINGLE = List.of("Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ",
            "Chùa", "Đình", "Chợ", "Bến", "Đồng", "Giữa", "Mới");
    private static final List<String> FIRST = List.of("An", "Bình", "Cát", "Đông", "Hòa", "Hồng", "Kim", "Minh",
            "Mỹ", "Nam", "Ngọc", "Phú", "Phúc", "Quang", "Tân", "Thái", "Thanh", "Thọ", "Thượng", "Trung", "Văn",
            "Vĩnh", "Xuân", "Yên", "Hạ", "Đại", "Hưng", "Phước");
    private static final List<String> SECOND = List.of("An", "Bình", "Đông", "Hòa", "Hưng", "Khang", "Lộc",
            "Lợi", "Long", "Minh", "Nam", "Nghĩa", "Phú", "Phúc", "Phong", "Quang", "Sơn", "Tân", "Thái", "Thành",
            "Thắng", "Thịnh", "Thọ", "Thuận", "Tiến", "Trung", "Vinh", "Xuân", "Yên", "Hải", "Đức", "Lạc");
    private static final List<String> HIGHLAND = List.of("Mường", "Na", "Pù", "Khạn", "Lát", "Chiềng", "Hang",
            "Muống", "Nhài", "Poọng", "Bôn", "Sại", "Xía", "Cạn", "Tà", "Phe", "Mốc", "Ngàm", "Đỏ", "Cang", "Co",
            "Lốc", "Kéo", "Pá", "Hin", "Nà", "Ón", "Khà", "Pheo", "Tài");

    /**
     * A khu dân cư's dataset type and name.
     *
     * @param type THON or TO_DAN_PHO
     * @param name its name
     */
    record Named(String type, String name) {
    }

    /** A way of naming the n-th area of a commune. */
    private interface Scheme {
        String name(Dice dice, int ordinal);
    }

    private ResidentialAreaNames() {
    }

    /**
     * @param dice    the commune's draws
     * @param commune the commune
     * @param naming  how villages are called in its district
     * @param count   how many areas it has
     * @return {@code count} different names: thôn (THON) under a xã, tổ dân phố (TO_DAN_PHO) under a phường or
     *         thị trấn
     */
    static List<Named> draw(Dice dice, AdministrativeUnit commune, VillageNaming naming, int count) {
        boolean rural = commune.isRuralCommune();
        Scheme scheme = rural ? ruralScheme(dice, naming) : urbanScheme(dice, naming);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(scheme.name(dice, names.size() + 1));
        }
        List<Named> named = new ArrayList<>();
        for (String name : names) {
            named.add(new Named(rural ? "THON" : "TO_DAN_PHO", name));
        }
        return named;
    }

    private static Scheme ruralScheme(Dice dice, VillageNaming naming) {
        return switch (naming) {
            case THON -> switch (dice.weighted(35, 45, 20)) {
                case 0 -> numbered("Thôn ");
                case 1 -> (d, ordinal) -> "Thôn " + (d.chance(0.3) ? d.pick(SINGLE) : pair(d));
                default -> (d, ordinal) -> "Làng " + pair(d);
            };
            case BAN -> switch (dice.weighted(65, 20, 15)) {
                case 0 -> (d, ordinal) -> "Bản " + highland(d);
                case 1 -> (d, ordinal) -> "Thôn " + pair(d);
                default -> numbered("Thôn ");
            };
            case AP -> dice.chance(0.4) ? numbered("Ấp ") : (d, ordinal) -> "Ấp " + pair(d);
        };
    }

    private static Scheme urbanScheme(Dice dice, VillageNaming naming) {
        if (naming == VillageNaming.AP) {
            return dice.chance(0.6) ? numbered("Khu phố ") : (d, ordinal) -> "Khu phố " + pair(d);
        }
        return switch (dice.weighted(35, 25, 20, 20)) {
            case 0 -> numbered("Tổ dân phố số ");
            case 1 -> (d, ordinal) -> "Tổ dân phố " + pair(d);
            case 2 -> numbered("Khu phố ");
            default -> (d, ordinal) -> "Khu phố " + (d.chance(0.4) ? d.pick(SINGLE) : pair(d));
        };
    }

    private static Scheme numbered(String prefix) {
        return (dice, ordinal) -> prefix + ordinal;
    }

    private static String pair(Dice dice) {
        String first = dice.pick(FIRST);
        String second = dice.pick(SECOND);
        while (second.equals(first)) {
            second = dice.pick(SECOND);
        }
        return first + " " + second;
    }

    private static String highland(Dice dice) {
        String first = dice.pick(HIGHLAND);
        if (dice.chance(0.5)) {
            return first;
        }
        String second = dice.pick(HIGHLAND);
        while (second.equals(first)) {
            second = dice.pick(HIGHLAND);
        }
        return first + " " + second;
    }
}
