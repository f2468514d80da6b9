package vn.antq.samples;

import java.util.Locale;

/**
 * One row of the national list of administrative units: a province (level 1), a district-level unit (level 2) or
 * a commune (level 3), with its official code and name.
 */
record AdministrativeUnit(String code, String name, String type, int level, String parentCode) {

    /** @return the name without its type, for example "Hoằng Lộc" for "Xã Hoằng Lộc" */
    String properName() {
        String prefix = type + " ";
        return name.regionMatches(true, 0, prefix, 0, prefix.length()) ? name.substring(prefix.length()) : name;
    }

    /** @return the name as it reads inside a longer name, for example "xã Hoằng Lộc", "thị xã Nghi Sơn" */
    String nameInText() {
        return type.toLowerCase(Locale.ROOT) + " " + properName();
    }

    /**
     * @return the name that follows "Trường THPT", "Trường Mầm non"…: the proper name, or the whole name when the
     *         proper name is a number ("Phường 1", "Quận 3")
     */
    String placeName() {
        String proper = properName();
        return Character.isDigit(proper.charAt(0)) ? name : proper;
    }

    /** @return whether this is a xã (a rural commune), as opposed to a phường or thị trấn */
    boolean isRuralCommune() {
        return level == 3 && "Xã".equals(type);
    }

    /**
     * @return the dataset's {@code type} of a district-level unit or commune
     * @throws IllegalStateException for a province or an unknown type
     */
    String datasetType() {
        return switch (type) {
            case "Huyện" -> "HUYEN";
            case "Quận" -> "QUAN";
            case "Thị xã" -> "THI_XA";
            case "Thành phố" -> "THANH_PHO";
            case "Xã" -> "XA";
            case "Phường" -> "PHUONG";
            case "Thị trấn" -> "THI_TRAN";
            default -> throw new IllegalStateException("no dataset type for " + type + " (" + code + ")");
        };
    }
}
