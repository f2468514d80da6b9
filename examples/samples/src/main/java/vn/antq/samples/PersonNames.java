package vn.antq.samples;

import java.util.List;

/**
 * Vietnamese full names: a surname, a middle name by gender and a given name, with Thái and Mường surnames (Hà, Lò,
 * Cầm, Vi…) more common in the mountain districts. Members of the Tổ bảo vệ ANTT and leaders are named this way.
 */
final class PersonNames {
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

    private PersonNames() {
    }

    /**
     * @param dice     the draws
     * @param female   whether the person is a woman
     * @param mountain whether they live in a mountain district
     * @return a full name of three words
     */
    static String draw(Dice dice, boolean female, boolean mountain) {
        return dice.pick(mountain && dice.chance(0.6) ? MOUNTAIN_SURNAMES : SURNAMES) + " "
                + dice.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                + dice.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    }
}
