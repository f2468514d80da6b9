package vn.antq.plan;

import java.util.Objects;

/**
 * A plan of a steering committee (Ban Chỉ đạo 138): what it is, who issued it, the year and unit it
 * covers, and how its targets are broken down.
 *
 * @param id         stable id, e.g. {@code TH-KH67-2024}
 * @param title      its title, in Vietnamese
 * @param issuer     the issuing body
 * @param legalBasis the plan's number and date, e.g. "Kế hoạch số 67/KH-BCĐ ngày 08/3/2024"
 * @param year       the assessment year it sets targets for
 * @param scope      id of the unit it covers (a province)
 * @param groupBy    the kind of unit its targets are broken down by: {@code DISTRICT} before the 2025
 *                   reform, {@code COMMUNE} on the two-tier structure
 * @since 0.1
 */
public record PlanInfo(String id, String title, String issuer, String legalBasis, int year, String scope,
                       String groupBy) {

    /** Checks the required fields. */
    public PlanInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(groupBy, "groupBy");
    }
}
