package vn.antq.internal.validation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles the rules that parsed (the classic DRL builder, as {@code PackLoader} compiles a directory today; the one
 * place to switch when directory packs compile through the executable model) and reports each compile error the
 * other checks have not already named, at the author's line, translated: an unknown type, field, method or
 * variable, a value of the wrong type, or a short generic message, never the Java compiler's text.
 */
final class CompileCheck {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern JAVA_SYNTAX = Pattern.compile("Syntax error on token \"([^\"]+)\"");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("The method (\\w+)\\(([^)]*)\\) in the type (\\w+) is not applicable for the arguments \\(([^)]*)\\)");
    private static final Pattern CANNOT_RESOLVE = Pattern.compile("(\\w+) cannot be resolved(?: to a (variable|type))?");
    private static final Pattern MISMATCH = Pattern.compile("Type mismatch: cannot convert from ([\\w.<>]+) to ([\\w.<>]+)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(");
    private static final Pattern FIELD = Pattern.compile("(?:Unknown field|unable to resolve method|Field) '?(\\w+)'?");

    private CompileCheck() {
    }

    /**
     * @param sources     each parsed file with the DRL to compile (look-alikes repaired)
     * @param rules       the parsed rules, to place a message and to skip a rule already reported
     * @param classLoader the class loader that sees the fact classes
     */
    static void check(Map<RuleSource, String> sources, List<ParsedRule> rules, ClassLoader classLoader,
                      Diagnostics diagnostics) {
        if (sources.isEmpty()) {
            return;
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, RuleSource> byPath = new HashMap<>();
        int n = 0;
        for (Map.Entry<RuleSource, String> e : sources.entrySet()) {
            Matcher pkg = PACKAGE.matcher(e.getValue());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            String path = "src/main/resources/" + folder + "antq-validate-" + (n++) + ".drl";
            byPath.put(path, e.getKey());
            kfs.write(path, e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll(DrlProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            RuleSource source = m.getPath() == null ? null : byPath.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/" + m.getPath()) || e.getKey().equals(m.getPath())
                            || e.getKey().endsWith(m.getPath().substring(m.getPath().lastIndexOf('/') + 1)))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (source == null) {
                continue;
            }
            ParsedRule rule = ruleAt(rules, source, m.getLine());
            if (rule != null && reported(rule, diagnostics)) {
                continue;
            }
            report(source, rule, m, diagnostics);
        }
    }

    private static ParsedRule ruleAt(List<ParsedRule> rules, RuleSource source, int line) {
        ParsedRule found = null;
        for (ParsedRule r : rules) {
            if (r.source() == source && r.drl().at(r.start()).line() <= line) {
                found = r;
            }
        }
        return found;
    }

    private static boolean reported(ParsedRule rule, Diagnostics diagnostics) {
        int first = rule.header().line();
        int last = rule.source().isTable() ? first : rule.drl().at(rule.end() - 1).line();
        for (int line = first; line <= last; line++) {
            if (diagnostics.hasErrorAt(rule.source().file(), line)) {
                return true;
            }
        }
        return false;
    }

    private static void report(RuleSource source, ParsedRule rule, Message m, Diagnostics diagnostics) {
        String text = m.getText() == null ? "" : m.getText();
        String token = null;
        String vi;
        String en;
        Matcher x;
        if ((x = JAVA_SYNTAX.matcher(text)).find()) {
            token = x.group(1);
            vi = "Cú pháp sai ở \"" + token + "\" trong vế then: thường là thiếu dấu phẩy, dấu ngoặc hoặc dấu chấm phẩy "
                    + "ngay trước nó.";
            en = "Syntax error at \"" + token + "\" in the then part: usually a comma, parenthesis or semicolon is "
                    + "missing just before it.";
        } else if ((x = UNDEFINED_METHOD.matcher(text)).find()) {
            token = x.group(1);
            vi = "\"" + x.group(3) + "\" không có phương thức \"" + token + "(" + x.group(2) + ")\": kiểm tra tên bước "
                    + "trong hướng dẫn soạn luật (chữ hoa, chữ thường) và số đối số.";
            en = "\"" + x.group(3) + "\" has no method \"" + token + "(" + x.group(2) + ")\": check the step's name in "
                    + "the authors' guide (letter case) and its arguments.";
        } else if ((x = NOT_APPLICABLE.matcher(text)).find()) {
            token = x.group(1);
            vi = "Bước \"" + token + "\" cần đối số (" + x.group(2) + ") nhưng được truyền (" + x.group(4) + "): sai "
                    + "kiểu giá trị hoặc sai thứ tự đối số.";
            en = "Step \"" + token + "\" takes (" + x.group(2) + ") but is given (" + x.group(4) + "): a value of the "
                    + "wrong type or arguments in the wrong order.";
        } else if ((x = MISMATCH.matcher(text)).find()) {
            vi = "Sai kiểu giá trị: có " + x.group(1) + " ở chỗ cần " + x.group(2) + ".";
            en = "Wrong type of value: " + x.group(1) + " where " + x.group(2) + " is needed.";
        } else if ((x = OBJECT_TYPE.matcher(text)).find()) {
            token = x.group(1);
            vi = "Không có loại dữ kiện \"" + token + "\": thêm dòng import ở đầu tệp, hoặc sửa tên.";
            en = "There is no fact type \"" + token + "\": add an import line at the top of the file, or fix the name.";
        } else if ((x = STRICT.matcher(text)).find() || (x = FIELD.matcher(text)).find()) {
            token = x.group(1);
            vi = "Không có trường hoặc phương thức \"" + token + "\" ở dữ kiện này: kiểm tra tên (chữ hoa, chữ thường).";
            en = "This fact has no field or method \"" + token + "\": check the name (letter case).";
        } else if ((x = CANNOT_RESOLVE.matcher(text)).find()) {
            token = x.group(1);
            vi = "Không biết \"" + token + "\": biến chưa được gán ở vế when (ví dụ $u : UnitFact(…)), hoặc thiếu "
                    + "dòng import, hoặc viết sai tên.";
            en = "\"" + token + "\" is unknown: a variable not bound in the when part (e.g. $u : UnitFact(…)), a missing "
                    + "import, or a misspelt name.";
        } else {
            vi = "Luật không biên dịch được ở đây. Kiểm tra tên các bước, các biến ($…) và kiểu của giá trị.";
            en = "The rule does not compile here. Check the step names, the variables ($…) and the types of values.";
        }
        Pos at = place(source, rule, m, token);
        diagnostics.error("COMPILE", at, token == null ? source.author().line(at.line()).trim() : token, vi, en);
    }

    private static Pos place(RuleSource source, ParsedRule rule, Message m, String token) {
        if (rule != null && token != null) {
            Matcher then = THEN.matcher(rule.text());
            int i = then.find() ? rule.text().indexOf(token, then.end()) : -1;
            if (i < 0) {
                i = rule.text().indexOf(token, Math.max(0, rule.text().indexOf("when")));
            }
            if (i >= 0) {
                return rule.at(rule.start() + i, token);
            }
        }
        if (rule != null && m.getLine() <= rule.drl().at(rule.start()).line()) {
            return rule.header();
        }
        return source.at(Math.max(1, m.getLine()), source.isTable() ? 0 : m.getColumn() + 1, token);
    }
}
