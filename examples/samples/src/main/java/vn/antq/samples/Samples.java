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
     * hội toàn dân bảo vệ an ninh Tổ quốc) with each expected commune's participation.
     */
    public static final String THANH_HOA_2024 = "vn/antq/samples/thanh-hoa-2024.json";

    /** The classpath location of the national list of administrative units on 01/11/2024 (CSV, UTF-8). */
    public static final String REFERENCE_UNITS = "vn/antq/samples/reference/vietnam-units-2024-11-01.csv";

    private Samples() {
    }

    /**
     * @return the Thanh Hóa 2024 sample ({@code antq-dataset/1}, UTF-8), to be closed by the caller
     * @throws IllegalStateException if the resource is missing from the classpath
     */
    public static InputStream thanhHoa2024() {
        InputStream in = Samples.class.getResourceAsStream("/" + THANH_HOA_2024);
        if (in == null) {
            throw new IllegalStateException("missing resource " + THANH_HOA_2024);
        }
        return in;
    }

    /**
     * @return the exact settings that produced {@link #thanhHoa2024()}: seed 20240308 (the date of Kế hoạch
     *         67/KH-BCĐ), year 2024, province 38, no maximum, the default title
     */
    public static GeneratorSettings thanhHoa2024Settings() {
        return GeneratorSettings.builder().seed(20240308L).year(2024).provinces("38").build();
    }
}
