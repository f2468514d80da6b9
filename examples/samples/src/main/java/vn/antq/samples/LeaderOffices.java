package vn.antq.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The titles of a leader's posts at the unit they lead: chairman of its People's Committee now, of the former commune
 * before the two-tier structure (from 01/07/2025), deputy chairman before that, a concurrent post in the Party
 * committee and an earlier one.
 *
 * @param current    "Chủ tịch UBND xã Hoằng Lộc", the post now
 * @param former     the same post before {@code reform}: at the former commune on the two-tier structure, else
 *                   {@code current}
 * @param reform     the first day of {@code current} on the two-tier structure, else null
 * @param deputy     "Phó Chủ tịch UBND …", at the former unit
 * @param concurrent "Phó Bí thư Huyện ủy …", "Phó Bí thư Đảng ủy xã …"
 * @param earlier    "Chánh Văn phòng HĐND và UBND huyện …", "Chủ tịch Ủy ban MTTQ Việt Nam xã …"
 */
record LeaderOffices(String current, String former, LocalDate reform, String deputy, String concurrent,
                     String earlier) {
    private static final String CHAIRMAN = "Chủ tịch UBND ";

    /**
     * @param district a district-level unit
     * @return its offices
     */
    static LeaderOffices ofDistrict(AdministrativeUnit district) {
        String committee = switch (district.type()) {
            case "Thị xã" -> "Thị ủy ";
            case "Thành phố" -> "Thành ủy ";
            default -> "Huyện ủy ";
        };
        return new LeaderOffices(CHAIRMAN + district.nameInText(), CHAIRMAN + district.nameInText(), null,
                "Phó " + CHAIRMAN + district.nameInText(), "Phó Bí thư " + committee + district.properName(),
                "Chánh Văn phòng HĐND và UBND " + district.nameInText());
    }

    /**
     * @param commune a commune
     * @param former  the commune it was before the two-tier structure, or itself
     * @param reform  the first day of the two-tier structure, or null for the 2024 structure
     * @return its offices
     */
    static LeaderOffices ofCommune(AdministrativeUnit commune, AdministrativeUnit former, LocalDate reform) {
        return new LeaderOffices(CHAIRMAN + commune.nameInText(), CHAIRMAN + former.nameInText(), reform,
                "Phó " + CHAIRMAN + former.nameInText(), "Phó Bí thư Đảng ủy " + former.nameInText(),
                "Chủ tịch Ủy ban MTTQ Việt Nam " + former.nameInText());
    }

    /**
     * @param from the first day as chairman
     * @return the chairman's posts from that day, still held: one post, or two split at the reform
     */
    List<Leader.Post> chairmanSince(LocalDate from) {
        List<Leader.Post> posts = new ArrayList<>();
        if (reform != null && from.isBefore(reform)) {
            posts.add(new Leader.Post(former, from, reform.minusDays(1)));
            posts.add(new Leader.Post(current, reform, null));
        } else {
            posts.add(new Leader.Post(current, from, null));
        }
        return posts;
    }
}
