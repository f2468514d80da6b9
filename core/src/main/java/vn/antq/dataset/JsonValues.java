package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads and describes single JSON values: whole numbers, dates, and the text shown as a problem's "found". */
final class JsonValues {
    /** What a date looks like, as a problem's {@code expected}. */
    static final String DATE_EXPECTED = "a date YYYY-MM-DD";

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int SHOWN_TEXT_LENGTH = 80;

    private JsonValues() {
    }

    /**
     * @param node a JSON value
     * @param min  smallest accepted value
     * @param max  largest accepted value
     * @return the value when it is a number without fraction ({@code 3} or {@code 3.0}) between min and max,
     *         else null
     */
    static Long wholeNumber(JsonNode node, long min, long max) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        BigDecimal value = node.decimalValue();
        boolean whole = node.isIntegralNumber() || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (!whole || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return null;
        }
        return value.longValueExact();
    }

    /**
     * @param text a date as written in a dataset
     * @return the date when the text is an existing day written {@code YYYY-MM-DD}, else null
     */
    static LocalDate date(String text) {
        if (!DATE_SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * @param node a JSON value, or null when the field is absent
     * @return how the value is shown in a problem: {@code nothing}, {@code null}, a quoted text, a number,
     *         {@code true}/{@code false}, {@code an object} or {@code an array}
     */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.asText();
    }

    /** What free text must be, as a problem's {@code expected}. */
    static final String PLAIN_TEXT_EXPECTED = "text without control characters (no line break, tab or direction mark)";

    /**
     * @param text text holding a forbidden character
     * @param at   the index of the first one
     * @return the problem's {@code found}: which character, where, and the text with it made visible
     */
    static String forbidden(String text, int at) {
        return ForbiddenCharacters.codePoint(text.charAt(at)) + " at character " + (at + 1) + " of " + quote(text);
    }

    /**
     * @param raw any text
     * @return the text in double quotes, its control characters made visible, shortened when long, with its length
     */
    static String quote(String raw) {
        String text = ForbiddenCharacters.visible(raw);
        if (text.length() <= SHOWN_TEXT_LENGTH) {
            return "\"" + text + "\"";
        }
        return "\"" + text.substring(0, SHOWN_TEXT_LENGTH) + "…\" (" + text.length() + " characters)";
    }
}
