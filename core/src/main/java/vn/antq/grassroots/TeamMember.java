package vn.antq.grassroots;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member of a Tổ bảo vệ an ninh, trật tự, with what Luật 30/2023/QH15 Điều 13 asks of a member.
 * Every field but id, name and role may be {@code null} when the dataset does not give it.
 *
 * @param id                  unique id within the dataset
 * @param name                full name
 * @param role                role in the team
 * @param birthDate           date of birth
 * @param female              true for a woman, false for a man
 * @param education           highest general education finished
 * @param residentSince       first day of residence in the area
 * @param areaType            the kind of area the member serves in
 * @param overSeventyDecision true when the commune chairman decided to keep a member over 70
 * @param prosecuted          under criminal prosecution
 * @param sanctioned          serving a criminal sentence, a judicial measure or an administrative measure
 * @param joined              the first day in this team (for the rating's 9 months and for service time)
 * @param duty                the rating window's record (Hướng dẫn 01/HD-BCA-V05); never null
 * @param service             earlier service and decorations (Kỷ niệm chương); never null
 * @param healthCertified     true when a licensed health facility certified the member fit (Điều 13 khoản 5)
 * @param pastSentence        what remains of a court sentence served (Điều 13 khoản 2: "phải được xóa án tích")
 * @param pastAdministrativeMeasure what remains of an administrative measure served (Điều 13 khoản 2: "phải hết
 *                            thời hạn được coi là chưa bị áp dụng biện pháp xử lý hành chính")
 * @param residesRegularly    true when the member "thường xuyên sinh sống" where they applied (Điều 13 khoản 4)
 * @param overSeventyFit      for a member over 70: true when their health is ensured ("bảo đảm sức khỏe",
 *                            Điều 13 khoản 1)
 * @since 0.1
 */
public record TeamMember(String id, String name, TeamRole role, LocalDate birthDate, Boolean female,
                         Education education, LocalDate residentSince, AreaType areaType, Boolean overSeventyDecision,
                         Boolean prosecuted, Boolean sanctioned, LocalDate joined, DutyRecord duty,
                         ServiceRecord service, Boolean healthCertified, PastSanction pastSentence,
                         PastSanction pastAdministrativeMeasure, Boolean residesRegularly, Boolean overSeventyFit) {

    /** Checks the required fields; a null duty or service record means nothing known. */
    public TeamMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        duty = duty == null ? DutyRecord.NONE : duty;
        service = service == null ? ServiceRecord.NONE : service;
    }

    /**
     * A member without the facts of Điều 13 added in 0.2 (health certificate, past sentence and measure, regular
     * residence, health over 70): those are unknown.
     *
     * @param id                  unique id within the dataset
     * @param name                full name
     * @param role                role in the team
     * @param birthDate           date of birth
     * @param female              true for a woman
     * @param education           highest general education finished
     * @param residentSince       first day of residence
     * @param areaType            the kind of area
     * @param overSeventyDecision kept over 70 by decision
     * @param prosecuted          under criminal prosecution
     * @param sanctioned          serving a criminal sentence, a judicial measure or an administrative measure
     * @param joined              the first day in this team
     * @param duty                the rating window's record
     * @param service             earlier service and decorations
     */
    public TeamMember(String id, String name, TeamRole role, LocalDate birthDate, Boolean female,
                      Education education, LocalDate residentSince, AreaType areaType, Boolean overSeventyDecision,
                      Boolean prosecuted, Boolean sanctioned, LocalDate joined, DutyRecord duty, ServiceRecord service) {
        this(id, name, role, birthDate, female, education, residentSince, areaType, overSeventyDecision, prosecuted,
                sanctioned, joined, duty, service, null, null, null, null, null);
    }

    /**
     * A member with the eligibility data of 0.1 only: no rating data, no service record, and the facts of Điều 13
     * added in 0.2 unknown.
     *
     * @param id                  unique id within the dataset
     * @param name                full name
     * @param role                role in the team
     * @param birthDate           date of birth
     * @param female              true for a woman
     * @param education           highest general education finished
     * @param residentSince       first day of residence
     * @param areaType            the kind of area
     * @param overSeventyDecision kept over 70 by decision
     * @param prosecuted          under criminal prosecution
     * @param sanctioned          serving a criminal sentence, a judicial measure or an administrative measure
     */
    public TeamMember(String id, String name, TeamRole role, LocalDate birthDate, Boolean female,
                      Education education, LocalDate residentSince, AreaType areaType, Boolean overSeventyDecision,
                      Boolean prosecuted, Boolean sanctioned) {
        this(id, name, role, birthDate, female, education, residentSince, areaType, overSeventyDecision, prosecuted,
                sanctioned, null, null, null, null, null, null, null, null);
    }
}
