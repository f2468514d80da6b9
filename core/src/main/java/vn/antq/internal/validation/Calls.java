package vn.antq.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds method calls in rule text and splits their arguments at the top level (strings and nesting respected). */
final class Calls {
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\(");

    /** One argument: its text, trimmed, and the offset where it starts in the text searched. */
    record Arg(String text, int offset) {

        /** @return the string literal's content, or null when the argument is not a plain literal */
        String literal() {
            return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf('"', 1) == text.length() - 1
                    ? text.substring(1, text.length() - 1) : null;
        }
    }

    /** A call: the method name, where it is, its arguments. */
    record Call(String name, int offset, List<Arg> args) {
    }

    private Calls() {
    }

    static List<Call> in(String text) {
        List<Call> calls = new ArrayList<>();
        Matcher m = CALL.matcher(text);
        while (m.find()) {
            if (insideString(text, m.start())) {
                continue;
            }
            calls.add(new Call(m.group(1), m.start(1), args(text, m.end())));
        }
        return calls;
    }

    private static List<Arg> args(String text, int from) {
        List<Arg> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                add(text, start, i, args);
                if (c == ')') {
                    return args;
                }
                start = i + 1;
            }
        }
        return args;
    }

    private static void add(String text, int start, int end, List<Arg> args) {
        String raw = text.substring(start, end);
        String trimmed = raw.trim();
        if (!trimmed.isEmpty()) {
            args.add(new Arg(trimmed, start + raw.indexOf(trimmed)));
        }
    }

    /** @return true when the offset lies inside a string literal of its line */
    private static boolean insideString(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        boolean quoted = false;
        for (int i = lineStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && i + 1 < offset && text.charAt(i + 1) == '/') {
                return true;
            }
        }
        return quoted;
    }
}
