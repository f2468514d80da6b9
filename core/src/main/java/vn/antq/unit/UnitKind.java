package vn.antq.unit;

/**
 * The kind of an administrative or organisational unit (domain.md §2).
 *
 * <p>Kinds {@link #COMMUNE}, {@link #RESIDENTIAL_AREA}, {@link #AGENCY}, {@link #ENTERPRISE} and
 * {@link #SCHOOL} are assessed against the standard "An toàn về an ninh, trật tự"; {@link #PROVINCE}
 * and {@link #DISTRICT} only aggregate.
 *
 * @since 0.1
 */
public enum UnitKind {
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE("tỉnh, thành phố", "province"),
    /** Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished from 01/7/2025). */
    DISTRICT("huyện, quận, thị xã, thành phố thuộc tỉnh", "district"),
    /** Xã, phường, thị trấn, đặc khu. */
    COMMUNE("xã, phường, thị trấn", "commune"),
    /** Khu dân cư: thôn, làng, bản, ấp, tổ dân phố, khu phố. */
    RESIDENTIAL_AREA("khu dân cư", "residential area"),
    /** Cơ quan. */
    AGENCY("cơ quan", "agency"),
    /** Doanh nghiệp. */
    ENTERPRISE("doanh nghiệp", "enterprise"),
    /** Cơ sở giáo dục. */
    SCHOOL("cơ sở giáo dục", "school");

    private final String labelVi;
    private final String labelEn;

    UnitKind(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** @return the Vietnamese name of the kind, with diacritics */
    public String labelVi() {
        return labelVi;
    }

    /** @return the English name of the kind */
    public String labelEn() {
        return labelEn;
    }

    /** @return true when units of this kind are assessed against the standard (TT 124 Điều 4–7) */
    public boolean isAssessed() {
        return this != PROVINCE && this != DISTRICT;
    }

    /** @return true when units of this kind receive a movement classification (QĐ 510) */
    public boolean isClassified() {
        return this != PROVINCE;
    }
}
