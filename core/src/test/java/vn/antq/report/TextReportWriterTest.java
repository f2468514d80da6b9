package vn.antq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {
    private final String text = new TextReportWriter().render(SampleReport.build());

    @Test
    void theHeaderNamesYearDatePackAndProvisionalParameters() {
        List<String> lines = text.lines().toList();

        assertTrue(lines.get(0).contains("NĂM 2024"), lines.get(0));
        assertTrue(text.contains("Ngày tham chiếu: 15/11/2024"));
        assertTrue(text.contains("Bộ luật: Bộ luật quốc gia (antq-national), phiên bản 0.1.0"));
        assertTrue(text.contains("Tham số tạm thời (chưa xác nhận giá trị pháp lý): movement.band.good"));
    }

    @Test
    void theSummaryCountsEachKindLeavingOutUnitsOutsideTheScope() {
        String whole = section(text, "1. TỔNG HỢP", "2. TỔNG HỢP");

        assertRow(whole, "khu dân cư", "4", "2", "1", "1", "50,0%");
        assertRow(whole, "xã, phường, thị trấn", "1", "1", "0", "0", "100,0%");
        assertRow(whole, "Cộng", "5", "3", "1", "1", "60,0%");
        assertFalse(whole.contains("doanh nghiệp"), "an excluded enterprise is not assessed");
        assertRow(whole, "khu dân cư", "0", "3", "0", "0", "1", "75,0%");
    }

    @Test
    void theSummaryIsRepeatedPerDistrict() {
        String districts = section(text, "2. TỔNG HỢP", "3. ĐƠN VỊ");

        assertTrue(districts.contains("Thành phố Thanh Hóa (380) — phân loại phong trào: Khá, 82 điểm"));
        assertTrue(districts.contains("Thị xã Bỉm Sơn (381) — phân loại phong trào: thiếu số liệu"));
        String first = section(districts, "Thành phố Thanh Hóa (380)", "Thị xã Bỉm Sơn (381)");
        assertRow(first, "khu dân cư", "3", "2", "1", "0", "66,7%");
        String second = districts.substring(districts.indexOf("Thị xã Bỉm Sơn (381)"));
        assertRow(second, "khu dân cư", "1", "0", "0", "1", "0,0%");
    }

    @Test
    void unitsNotAchievingTheStandardAreListedWithTheirFailedCriteria() {
        String failed = section(text, "3. ĐƠN VỊ CHƯA ĐẠT CHUẨN (1)", "4. ĐƠN VỊ THIẾU SỐ LIỆU");

        assertTrue(failed.contains("380-01-03 · Tổ dân phố 3 · khu dân cư · Thành phố Thanh Hóa"), failed);
        assertTrue(failed.contains("Tiêu chí không đạt (1):"));
        assertTrue(failed.contains("- ANTT-KDC-1: Quý I: 100% hộ gia đình đang cư trú đăng ký tham gia"));
        assertTrue(failed.contains("      thực tế: 400/420 (95,24%)\n      yêu cầu: 100%\n"));
        assertFalse(failed.contains("380-01-01"));
    }

    @Test
    void unitsLackingDataAreListedWithTheirUndecidedCriteria() {
        String lacking = section(text, "4. ĐƠN VỊ THIẾU SỐ LIỆU (1)", "5. CẢNH BÁO");

        assertTrue(lacking.contains("381-01-01 · Thôn Đông · khu dân cư · Thị xã Bỉm Sơn"), lacking);
        assertTrue(lacking.contains(
                "- ANTT-KDC-5: Lực lượng tham gia bảo vệ ANTT ở cơ sở hoàn thành nhiệm vụ trở lên"));
        assertTrue(lacking.contains("      thực tế: chưa có số liệu\n      yêu cầu: hoàn thành nhiệm vụ trở lên\n"));
        assertTrue(text.contains("5. CẢNH BÁO KHI ĐỌC DỮ LIỆU (1)\n  - 380-01: chỉ số không có trong danh mục"));
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals(text, new TextReportWriter().render(SampleReport.build()));
        } finally {
            Locale.setDefault(saved);
        }
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("\n"));
    }

    private static void assertRow(String block, String label, String... cells) {
        Pattern row = Pattern.compile("(?m)^\\s+" + Pattern.quote(label) + "\\s+" + String.join("\\s+",
                Arrays.stream(cells).map(Pattern::quote).toList()) + "$");
        assertTrue(row.matcher(block).find(),
                () -> "no row " + label + " " + String.join(" ", cells) + " in\n" + block);
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + from.length());
        assertTrue(start >= 0 && end > start, () -> "no section " + from + " in\n" + text);
        return text.substring(start, end);
    }
}
