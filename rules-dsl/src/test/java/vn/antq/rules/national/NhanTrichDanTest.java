package vn.antq.rules.national;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.antq.event.EventType;
import vn.antq.pack.RuleInfo;

/**
 * The labels of the TT 124 criteria (ANTT-KDC, -XA, -CQDN, -CSGD) and of the event types they look for quote the
 * circular (Điều 4–7, verbatim in {@code sources/tt-124-2021-dieu4-7.md}): every piece between "…" and ":" is
 * found in the text, once the list markers (a), 1.) are set aside; words in [brackets] are antq's and are left out.
 */
class NhanTrichDanTest {

    private static final String LAW = normalise(read());

    @Test
    void everyCriterionLabelQuotesTheCircular() {
        List<String> checked = new ArrayList<>();
        for (RuleInfo r : Fixture.EVALUATOR.rules()) {
            if (r.id().matches("ANTT-(KDC|XA|CQDN|CSGD)-.*")) {
                assertQuoted(r.id(), r.label());
                checked.add(r.id());
            }
        }
        assertTrue(checked.size() >= 28, checked::toString);
    }

    @Test
    void everyEventTypeOfTheCircularIsNamedInItsWords() {
        for (EventType t : EventType.values()) {
            assertQuoted(t.name(), t.labelVi());
        }
    }

    @Test
    void theWordsTheIssueNamedAreThere() {
        String csgd4 = label("ANTT-CSGD-4");
        assertTrue(csgd4.contains("phạm tội") && !csgd4.contains("vi phạm pháp luật"), csgd4);
        assertTrue(label("ANTT-CQDN-3").contains("vi phạm các quy định về bảo vệ bí mật Nhà nước"));
        assertTrue(label("ANTT-CQDN-3").contains("bị xử lý kỷ luật từ hình thức cảnh cáo trở lên"));
        assertTrue(label("ANTT-CQDN-4").contains("không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên"));
        assertTrue(label("ANTT-KDC-3").contains("người có trách nhiệm được phân công giải quyết khiếu nại, tố cáo"));
        assertTrue(label("ANTT-KDC-4a").contains("cùng mốc thời gian đánh giá, lùi một năm"));
        assertTrue(label("ANTT-XA-2.4a").contains("cùng mốc thời gian đánh giá, lùi một năm"));
    }

    private static String label(String id) {
        return Fixture.EVALUATOR.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().label();
    }

    private static void assertQuoted(String id, String label) {
        String text = label.replaceAll("\\[[^\\]]*\\]", "…");
        for (String piece : text.split("[…:]")) {
            String p = normalise(piece).replaceAll("^[\\s,;.]+|[\\s,;.]+$", "");
            if (!p.isEmpty()) {
                assertTrue(LAW.contains(p), id + ": «" + p + "» is not in TT 124 Điều 4–7");
            }
        }
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('>', ' ')
                .replaceAll("(^|\\s)([a-zđ]|\\d)[.)]\\s", " ").replaceAll("\\*\\*[^*]*\\*\\*", " ")
                .replaceAll("\\s+", " ");
    }

    private static String read() {
        try (InputStream in = NhanTrichDanTest.class.getResourceAsStream("/sources/tt-124-2021-dieu4-7.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
