package vn.antq.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * A leader considered for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc", as written in the top-level {@code leaders}
 * array.
 *
 * @param id                  {@code LD-<unit>-01}
 * @param name                full name
 * @param gender              {@code MALE} or {@code FEMALE}
 * @param unit                the id of the unit they lead
 * @param posts               posts held, by first day
 * @param awards              awards received for protecting national security, by date (may be empty)
 * @param movementAchievement achievements in the movement
 * @param seriousIncidents    a serious ANTT case arose where they lead
 * @param prosecuted          under criminal prosecution
 * @param compulsoryEducation in a compulsory education facility
 * @param decorations         decorations already held, usually none (the field is then left out)
 * @param category            the kind of post ({@code POLITICAL_SYSTEM_COMMUNE_UP} for a chairman), or null when
 *                            left out
 * @param socialEvilHotspot   a complicated social-evil hotspot where they lead
 * @param cases               the pending cases, or null when not recorded (the field is then left out)
 */
record Leader(String id, String name, String gender, String unit, List<Post> posts, List<Award> awards,
              boolean movementAchievement, boolean seriousIncidents, boolean prosecuted, boolean compulsoryEducation,
              List<String> decorations, String category, boolean socialEvilHotspot, PersonCases cases) {
    /** The category of a chairman of a People's Committee. */
    static final String CHAIRMAN = "POLITICAL_SYSTEM_COMMUNE_UP";

    /** A post of department level or above; {@code to} is null while still in post. */
    record Post(String title, LocalDate from, LocalDate to) {
    }

    /** An award for protecting national security ({@code GIAY_KHEN_CHU_TICH_XA}…) and its date. */
    record Award(String award, LocalDate date) {
    }

    /** Copies the lists. */
    Leader {
        posts = List.copyOf(posts);
        awards = List.copyOf(awards);
        decorations = List.copyOf(decorations);
    }

    /**
     * @param hotspot a social-evil hotspot where they lead
     * @param drawn   the cases, or null when not recorded
     * @return this leader, a chairman, with them
     */
    Leader with(boolean hotspot, PersonCases drawn) {
        return new Leader(id, name, gender, unit, posts, awards, movementAchievement, seriousIncidents, prosecuted,
                compulsoryEducation, decorations, CHAIRMAN, hotspot, drawn);
    }
}
