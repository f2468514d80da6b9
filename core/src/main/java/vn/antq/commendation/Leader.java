package vn.antq.commendation;

import java.util.List;
import java.util.Objects;

/**
 * A leader considered for the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (TT 20/2025/TT-BCA Điều 4 khoản 1
 * điểm a; TT 11/2021/TT-BCA before 28/4/2025): a leader of the Party committee, government, a mass organisation
 * from commune level up, of a public school or a state enterprise. Every field but id and name may be
 * {@code null} when the dataset does not give it.
 *
 * @param id                  unique id within the dataset's leaders
 * @param name                full name
 * @param female              true for a woman
 * @param unitId              the unit they lead, when it is in the dataset
 * @param posts               posts held at department level or above
 * @param awards              awards received for protecting national security
 * @param movementAchievement achievements in the movement, as their unit's file records
 * @param seriousIncidents    a serious ANTT case ("vụ việc nghiêm trọng về an ninh, trật tự") arose where they lead
 * @param prosecuted          under criminal prosecution
 * @param compulsoryEducation in a compulsory education facility
 * @param decorations         decorations already held
 * @param category            the kind of post they hold (the categories that qualify are a parameter)
 * @param socialEvilHotspot   a complicated social-evil hotspot ("tụ điểm phức tạp về tệ nạn xã hội") exists where
 *                            they lead
 * @param cases               pending cases and discipline; never null ({@link PersonCases#NONE} when not given)
 * @since 0.1
 */
public record Leader(String id, String name, Boolean female, String unitId, List<Post> posts,
                     List<AwardReceived> awards, Boolean movementAchievement, Boolean seriousIncidents,
                     Boolean prosecuted, Boolean compulsoryEducation, List<Decoration> decorations,
                     LeaderCategory category, Boolean socialEvilHotspot, PersonCases cases) {

    /** Checks the required fields and copies the lists; a null {@code cases} means nothing known. */
    public Leader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        posts = List.copyOf(posts);
        awards = List.copyOf(awards);
        decorations = List.copyOf(decorations);
        cases = cases == null ? PersonCases.NONE : cases;
    }

    /**
     * A leader whose category, hotspot and cases are not known.
     *
     * @param id                  unique id within the dataset's leaders
     * @param name                full name
     * @param female              true for a woman
     * @param unitId              the unit they lead
     * @param posts               posts held at department level or above
     * @param awards              awards received for protecting national security
     * @param movementAchievement achievements in the movement
     * @param seriousIncidents    a serious ANTT case arose where they lead
     * @param prosecuted          under criminal prosecution
     * @param compulsoryEducation in a compulsory education facility
     * @param decorations         decorations already held
     */
    public Leader(String id, String name, Boolean female, String unitId, List<Post> posts,
                  List<AwardReceived> awards, Boolean movementAchievement, Boolean seriousIncidents,
                  Boolean prosecuted, Boolean compulsoryEducation, List<Decoration> decorations) {
        this(id, name, female, unitId, posts, awards, movementAchievement, seriousIncidents, prosecuted,
                compulsoryEducation, decorations, null, null, null);
    }
}
