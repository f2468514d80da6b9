package vn.antq.dataset;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a dataset file is not well-formed JSON in the words of someone who edits it, instead of the JSON
 * parser's own (which names its configuration switches, e.g. {@code ALLOW_NON_NUMERIC_NUMBERS}), and recognises
 * a file saved as UTF-16.
 */
final class JsonErrors {
    private record Rule(Pattern pattern, String wording) {
    }

    /** Parser messages and their wording; {@code $1}, {@code $2} repeat what the message quoted. */
    private static final List<Rule> RULES = List.of(
            rule("Non-standard token '(.+?)'", "'$1' is not a number JSON accepts: write a number, or leave the field "
                    + "out when the value is not known"),
            rule("Trailing token", "more text after the end of the JSON value: a file holds one object { … }"),
            rule("Duplicate field '(.+?)'", "field \"$1\" appears twice in the same object"),
            rule("Unexpected end-of-input", "the file ends before the JSON is complete: a } or ] is missing, or the "
                    + "file was cut off"),
            rule("Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting double-quote to start field name",
                    "'$1' where a field name in double quotes was expected (write \"name\": value; no comma after "
                            + "the last field)"),
            rule("Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting comma to separate (\\w+) entries",
                    "'$1' where a comma was expected between two entries"),
            rule("Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting a colon",
                    "'$1' where a colon was expected after a field name"),
            rule("Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment",
                    "comments are not allowed in JSON"),
            rule("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)", "'$1' where a value was expected (text is "
                    + "written in double quotes \", numbers without quotes, and true, false, null in lower case)"),
            rule("Unrecognized token '(.+?)'", "'$1' is not a JSON value (text is written in double quotes; true, "
                    + "false and null in lower case)"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "a control character (code $1, e.g. a "
                    + "line break or tab) inside a text value: remove it"),
            rule("Unrecognized character escape '(.+?)'", "'\\$1' is not a JSON escape (write \\\\ for a "
                    + "backslash)"),
            rule("Leading zeroes not allowed", "a number with a leading zero (write 1, not 01)"),
            rule("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", "objects and arrays nested more "
                    + "than $2 levels deep"),
            rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", "a number of $1 digits "
                    + "(at most $2)"),
            rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", "a text value of $1 "
                    + "characters (at most $2)"),
            rule("Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)", "a file of $1 characters "
                    + "(at most $2)"));
    /** What is left of an unknown parser message once its mentions of parser switches are cut off. */
    private static final Pattern SWITCHES = Pattern.compile("(:? *(enable|to allow|as per|from) `.*|\\(.*`.*\\))");

    private JsonErrors() {
    }

    private static Rule rule(String regex, String wording) {
        return new Rule(Pattern.compile(regex), wording);
    }

    /**
     * @param parserMessage the first line of the parser's message
     * @return what is wrong, in plain words
     */
    static String explain(String parserMessage) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(parserMessage);
            if (m.find()) {
                String text = r.wording();
                for (int g = m.groupCount(); g >= 1; g--) {
                    text = text.replace("$" + g, m.group(g));
                }
                return text;
            }
        }
        return SWITCHES.matcher(parserMessage).replaceAll("").strip();
    }

    /**
     * @param bytes the start of a file
     * @return the name of the UTF-16 or UTF-32 encoding the file is in (by its byte order mark, or by the zero
     *     bytes around its first character, which JSON requires to be ASCII), or null when it is not
     */
    static String wideEncoding(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] == 0 || (bytes[2] & 0xFF) == 0xFE)) {
            return "UTF-32";
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0 ? "UTF-32" : "UTF-16";
        }
        if (bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }
}
