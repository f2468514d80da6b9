package vn.antq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Every line of the text report goes through {@link Lines#line}: no control or direction character passes raw. */
class LinesTest {

    @Test
    void aControlOrDirectionCharacterInTextIsWrittenVisiblyAndTheLineEndsOnce() throws IOException {
        StringWriter w = new StringWriter();
        Lines.line(w, "Thôn 1\n2. TỔNG HỢP\u001b[8m\u202eẩn");
        assertEquals("Thôn 1<U+000A xuống dòng / line feed>2. TỔNG HỢP<U+001B ESC>[8m"
                + "<U+202E đảo chiều chữ / right-to-left override>ẩn\n", w.toString());
    }
}
