package vn.antq.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.antq.dataset.ForbiddenCharacters;

/** Small helpers the text report's sections share: one line out, and amounts of money written the Vietnamese way. */
final class Lines {

    private Lines() {
    }

    /** Writes one line; a control or direction character from free text shows as {@code <U+XXXX>}, never raw. */
    static void line(Writer w, String text) throws IOException {
        w.write(ForbiddenCharacters.visible(text));
        w.write('\n');
    }

    static void lines(Writer w, List<String> lines) throws IOException {
        for (String l : lines) {
            line(w, l);
        }
    }

    /** @return the amount in whole đồng with dots between thousands: 19.618.677.000 */
    static String money(BigDecimal value) {
        String plain = value.setScale(0, RoundingMode.HALF_UP).toPlainString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }

    /**
     * @param basis the provisional parameters a conclusion rests on
     * @return the mark that follows the conclusion: empty when it rests on none, else the parameters named
     */
    static String provisional(List<String> basis) {
        return basis.isEmpty() ? "" : " (tạm thời, dựa trên tham số chưa xác nhận: " + String.join(", ", basis) + ")";
    }

    /**
     * Writes, under a section's heading, the provisional parameters its results rest on, when there are any.
     *
     * @param bases the provisional basis of each result of the section
     */
    static void basis(Writer w, Stream<List<String>> bases) throws IOException {
        Set<String> all = new TreeSet<>();
        bases.forEach(all::addAll);
        if (!all.isEmpty()) {
            line(w, "  Kết quả là tạm thời, dựa trên tham số chưa xác nhận: " + String.join(", ", all));
        }
    }
}
