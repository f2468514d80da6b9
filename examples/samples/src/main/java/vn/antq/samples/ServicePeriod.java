package vn.antq.samples;

import java.time.LocalDate;

/**
 * A period of grassroots service before the member joined their Tổ, counted towards the Kỷ niệm chương "Bảo vệ an
 * ninh Tổ quốc": in Bảo vệ dân phố ({@code CIVIL_DEFENCE}), as Công an xã bán chuyên trách
 * ({@code PART_TIME_COMMUNE_POLICE}) or in another Tổ ({@code SECURITY_TEAM}).
 *
 * @param kind     {@code SECURITY_TEAM}, {@code CIVIL_DEFENCE} or {@code PART_TIME_COMMUNE_POLICE}
 * @param from     the first day served
 * @param to       the last day served (included), not before {@code from}
 * @param areaType where it was served: {@code NORMAL}, {@code MOUNTAIN}, {@code BORDER} or
 *                 {@code ESPECIALLY_DIFFICULT} (time in the last two counts twice)
 */
record ServicePeriod(String kind, LocalDate from, LocalDate to, String areaType) {
    static final String SECURITY_TEAM = "SECURITY_TEAM";
    static final String CIVIL_DEFENCE = "CIVIL_DEFENCE";
    static final String PART_TIME_COMMUNE_POLICE = "PART_TIME_COMMUNE_POLICE";
    static final String ESPECIALLY_DIFFICULT = "ESPECIALLY_DIFFICULT";
    static final String BORDER = "BORDER";
}
