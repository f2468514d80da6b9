package vn.antq.dataset;

/**
 * The characters free text (names, titles, ids, codes) must not carry: control characters, line breaks and tabs
 * included, and the Unicode direction controls. A line break in a name would forge lines of a text report, an
 * escape sequence would recolour or hide a terminal's text, a right-to-left override would reverse it. The
 * dataset reader rejects them; report writers show any that reach them (through objects built in memory) as a
 * visible {@code <U+XXXX>}.
 *
 * @since 0.1
 */
public final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    /**
     * @param c a character
     * @return true for a C0 or C1 control character (line feed, carriage return and tab included), DEL, the line
     *     and paragraph separators, and the direction marks, embeddings, overrides and isolates of Unicode
     */
    public static boolean isForbidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * @param text some text
     * @return the index of its first forbidden character, or -1 when it has none
     */
    public static int firstIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param text some text
     * @return the text with each forbidden character replaced by {@code <U+XXXX>}; the same instance when it has
     *     none
     */
    public static String visible(String text) {
        int first = firstIn(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c)) {
                out.append(codePoint(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param c a character
     * @return it as {@code <U+XXXX>}, with a name for the common ones: {@code <U+000A xuống dòng / line feed>}
     */
    public static String codePoint(char c) {
        String name = switch (c) {
            case '\n' -> " xuống dòng / line feed";
            case '\r' -> " về đầu dòng / carriage return";
            case '\t' -> " tab";
            case 0x1B -> " ESC";
            case 0x202E -> " đảo chiều chữ / right-to-left override";
            default -> "";
        };
        return String.format("<U+%04X%s>", (int) c, name);
    }
}
