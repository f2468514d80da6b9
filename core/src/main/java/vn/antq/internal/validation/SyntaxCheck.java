package vn.antq.internal.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Parses a file's DRL and reports each syntax error at the line and column where the parser stopped, in the author's
 * file, with the parser's complaint translated: a token that makes no sense there, a token where another was
 * expected, a missing {@code end}, a trailing semicolon.
 */
final class SyntaxCheck {
    private static final Pattern ERROR = Pattern.compile("\\[ERR (\\d+)] Line \\d+:\\d+ (.*?)(?: in rule \"?[^\"]*\"?)?$",
            Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("input '([^']*)'");
    private static final Pattern EXPECTING = Pattern.compile("expecting (?:one of the following tokens: )?'?([^']*)'?");

    private SyntaxCheck() {
    }

    /** @return the parsed package, or null when the file has a syntax error */
    static PackageDescr parse(RuleSource source, String drl, Diagnostics diagnostics) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            diagnostics.error("DRL-SYNTAX", source.at(1, 1, null), "", "Không đọc được tệp luật: cú pháp sai.",
                    "The rule file does not parse.");
            return null;
        }
        boolean failed = false;
        for (DroolsError error : parser.getErrors()) {
            if (error instanceof ParserError pe) {
                failed = true;
                report(source, drl, pe, diagnostics);
            }
        }
        return failed || parser.hasErrors() ? null : pkg;
    }

    private static void report(RuleSource source, String drl, ParserError error, Diagnostics diagnostics) {
        Matcher m = ERROR.matcher(error.getMessage().trim());
        String number = m.matches() ? m.group(1) : "";
        String what = m.matches() ? m.group(2).trim() : error.getMessage().trim();
        Matcher input = INPUT.matcher(what);
        String token = input.find() ? input.group(1) : "";
        String line = SourceText.of(source.file(), drl).line(error.getRow());
        Pos at = source.at(error.getRow(), error.getCol() + 1, token.isEmpty() ? null : token);
        if (!source.isTable() && diagnostics.hasErrorAt(at.file(), at.line())) {
            return;
        }
        String offending = token.isEmpty() || token.equals("<EOF>") ? line.trim() : token;
        Matcher expecting = EXPECTING.matcher(what);
        String expected = expecting.find() ? expecting.group(1) : "";
        String vi;
        String en;
        if (token.equals("<EOF>") || what.contains("missing 'end'") || expected.equals("end")) {
            vi = "Tệp kết thúc khi luật chưa đóng: thiếu \"end\" ở cuối luật (hoặc thiếu dấu ngoặc đóng).";
            en = "The file ends inside a rule: \"end\" (or a closing parenthesis) is missing.";
        } else if (what.contains("trailing semi-colon")) {
            vi = "Điều kiện ở vế \"when\" không kết thúc bằng dấu \";\": xóa dấu chấm phẩy này.";
            en = "A condition in the \"when\" part does not end with \";\": remove this semicolon.";
        } else if (what.startsWith("mismatched input") && !expected.isEmpty()) {
            vi = "Gặp \"" + token + "\" nhưng ở đây cần \"" + expected + "\". Kiểm tra dấu ngoặc, dấu phẩy hoặc toán "
                    + "tử ngay trước đó.";
            en = "Found \"" + token + "\" where \"" + expected + "\" is expected. Check the parenthesis, comma or "
                    + "operator just before it.";
        } else if (what.startsWith("extraneous input")) {
            vi = "Thừa \"" + token + "\" ở đây: xóa nó, hoặc kiểm tra phần viết ngay trước đó.";
            en = "Unexpected \"" + token + "\" here: remove it, or check what comes just before it.";
        } else if (what.startsWith("no viable alternative")) {
            vi = "Không hiểu được " + (token.isEmpty() ? "chỗ này" : "\"" + token + "\" ở đây") + ": điều kiện hoặc "
                    + "câu lệnh viết chưa đủ (ví dụ thiếu giá trị sau toán tử, thiếu dấu ngoặc, dấu phẩy).";
            en = "Cannot make sense of " + (token.isEmpty() ? "this place" : "\"" + token + "\" here") + ": the "
                    + "condition or statement is incomplete (e.g. a value missing after an operator, a missing "
                    + "parenthesis or comma).";
        } else {
            vi = "Cú pháp luật sai ở đây (lỗi " + number + "). Đối chiếu với mẫu luật trong hướng dẫn soạn luật.";
            en = "Rule syntax error here (" + what + "). Compare with the rule template of the authors' guide.";
        }
        diagnostics.error("DRL-SYNTAX", at, offending, vi, en);
    }
}
