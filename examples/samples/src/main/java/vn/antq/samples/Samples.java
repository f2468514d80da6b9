package vn.antq.samples;

import java.io.InputStream;

/**
 * The sample datasets bundled with antq, and the settings that made them.
 *
 * @since 0.1
 */
public final class Samples {

    /**
     * The classpath location of the Thanh Hóa 2024 sample: province 38, its 27 district-level units, 558 communes and
     * 4,351 khu dân cư with real names and codes, and invented agencies, enterprises, schools, indicators and events;
     * then the plan's three campaigns of 2024 (the Tết crime-suppression peak, the drug-prevention month and the Ngày
     * hội toàn dân bảo vệ an ninh Tổ quốc) with each expected commune's participation; the budget lines, the history,
     * the Tổ bảo vệ ANTT of each khu dân cư with their members (set up on 01/07/2024, so not yet rated in 2024), the
     * leaders considered for the Kỷ niệm chương and its proposal date, 2024-05-15 (TT 11/2021/TT-BCA).
     */
    public static final String THANH_HOA_2024 = "vn/antq/samples/thanh-hoa-2024.json";

    /**
     * The classpath location of the Thanh Hóa 2026 sample, on the two-tier structure: province 38 and its 166
     * communes of 01/07/2025 (19 phường, 147 xã) with real names and codes, each with invented khu dân cư, agencies,
     * enterprises, schools, indicators and events, all valid from 2025-07-01; then, as history valid to 2025-06-30, the
     * 27 district-level units and 558 communes of 01/11/2024 ({@code <code>-old}), each former commune that went whole
     * into one new commune naming it as {@code successor}; then the plan's three campaigns of 2026 with each expected
     * commune's participation; the Tổ bảo vệ ANTT of each khu dân cư with their members, rated in the window
     * 15/11/2025–14/11/2026 and standing in for their areas' {@code securityTeamRating} and
     * {@code securityTeamDisciplined} (left out but in five areas); the leaders considered for the Kỷ niệm chương and
     * its proposal date, 2026-05-15 (TT 20/2025/TT-BCA). Its reference date is 2026-11-15.
     *
     * @since 0.1
     */
    public static final String THANH_HOA_2026 = "vn/antq/samples/thanh-hoa-2026.json";

    /** The classpath location of the national list of administrative units on 01/11/2024 (CSV, UTF-8). */
    public static final String REFERENCE_UNITS = "vn/antq/samples/reference/vietnam-units-2024-11-01.csv";

    /**
     * The classpath location of Thanh Hóa's communes from 01/07/2025 and the communes of 01/03/2025 each was formed
     * from (CSV, UTF-8, MIT licence: see {@code reference/README.md}).
     *
     * @since 0.1
     */
    public static final String COMMUNES_2025 = "vn/antq/samples/reference/thanh-hoa-communes-2025-07-01.csv";

    private Samples() {
    }

    /**
     * @return the Thanh Hóa 2024 sample ({@code antq-dataset/1}, UTF-8), to be closed by the caller
     * @throws IllegalStateException if the resource is missing from the classpath
     */
    public static InputStream thanhHoa2024() {
        return resource(THANH_HOA_2024);
    }

    /**
     * @return the Thanh Hóa 2026 sample on the two-tier structure ({@code antq-dataset/1}, UTF-8), to be closed by the
     *         caller
     * @throws IllegalStateException if the resource is missing from the classpath
     * @since 0.1
     */
    public static InputStream thanhHoa2026() {
        return resource(THANH_HOA_2026);
    }

    /**
     * @return the exact settings that produced {@link #thanhHoa2024()}: seed 20240308 (the date of Kế hoạch
     *         67/KH-BCĐ), year 2024, province 38, no maximum, the default title
     */
    public static GeneratorSettings thanhHoa2024Settings() {
        return GeneratorSettings.builder().seed(20240308L).year(2024).provinces("38").build();
    }

    /**
     * @return the exact settings that produced {@link #thanhHoa2026()}: seed 20250913 (the first seed from 20250701,
     *         the first day of the two-tier structure, on which every check of the bundled sample passes), year 2026,
     *         province 38, the two-tier structure, no maximum, the default title
     * @since 0.1
     */
    public static GeneratorSettings thanhHoa2026Settings() {
        return GeneratorSettings.builder().seed(20250913L).year(2026).provinces("38").twoTier().build();
    }

    private static InputStream resource(String path) {
        InputStream in = Samples.class.getResourceAsStream("/" + path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
