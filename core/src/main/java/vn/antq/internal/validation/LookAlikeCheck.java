package vn.antq.internal.validation;

import java.util.Map;

/**
 * Finds characters that look like DRL punctuation but are not — Word-style quotes, a non-breaking space, dashes,
 * "≥" — outside strings and comments, where the parser would only say "no viable alternative at input ''". Each is
 * named with its code point and what to type instead. Returns the DRL with the one-character look-alikes replaced,
 * so that the other checks still read the rest of the file.
 */
final class LookAlikeCheck {
    /** A look-alike: its name in Vietnamese and English, and what to type instead. */
    private record LookAlike(String vi, String en, String fix) {
    }

    private static final Map<Character, LookAlike> LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u201C', new LookAlike("dấu ngoặc kép kiểu Word “", "Word-style opening quote “", "\"")),
            Map.entry('\u201D', new LookAlike("dấu ngoặc kép kiểu Word ”", "Word-style closing quote ”", "\"")),
            Map.entry('\u201E', new LookAlike("dấu ngoặc kép dưới „", "low double quote „", "\"")),
            Map.entry('\u2033', new LookAlike("dấu phẩy kép ″", "double prime ″", "\"")),
            Map.entry('\u2018', new LookAlike("dấu nháy đơn kiểu Word ‘", "Word-style opening single quote ‘", "\"")),
            Map.entry('\u2019', new LookAlike("dấu nháy đơn kiểu Word ’", "Word-style closing single quote ’", "\"")),
            Map.entry('\u2032', new LookAlike("dấu phẩy đơn ′", "prime ′", "\"")),
            Map.entry('\u00A0', new LookAlike("dấu cách không ngắt dòng (non-breaking space)", "non-breaking space", " ")),
            Map.entry('\u2007', new LookAlike("dấu cách chữ số (figure space)", "figure space", " ")),
            Map.entry('\u202F', new LookAlike("dấu cách hẹp không ngắt dòng", "narrow non-breaking space", " ")),
            Map.entry('\u200B', new LookAlike("ký tự rộng 0 (zero-width space)", "zero-width space", "")),
            Map.entry('\uFEFF', new LookAlike("ký tự BOM ở giữa tệp", "byte order mark inside the file", "")),
            Map.entry('\u2013', new LookAlike("dấu gạch ngang en –", "en dash –", "-")),
            Map.entry('\u2014', new LookAlike("dấu gạch ngang em —", "em dash —", "-")),
            Map.entry('\u2212', new LookAlike("dấu trừ toán học −", "minus sign −", "-")),
            Map.entry('\u2265', new LookAlike("dấu ≥", "sign ≥", ">=")),
            Map.entry('\u2264', new LookAlike("dấu ≤", "sign ≤", "<=")),
            Map.entry('\u2260', new LookAlike("dấu ≠", "sign ≠", "!=")),
            Map.entry('\uFF08', new LookAlike("dấu ngoặc toàn độ rộng （", "full-width parenthesis （", "(")),
            Map.entry('\uFF09', new LookAlike("dấu ngoặc toàn độ rộng ）", "full-width parenthesis ）", ")")),
            Map.entry('\uFF1D', new LookAlike("dấu bằng toàn độ rộng ＝", "full-width equals sign ＝", "=")),
            Map.entry('\uFF0C', new LookAlike("dấu phẩy toàn độ rộng ，", "full-width comma ，", ",")),
            Map.entry('\uFF1B', new LookAlike("dấu chấm phẩy toàn độ rộng ；", "full-width semicolon ；", ";")));

    private LookAlikeCheck() {
    }

    /** @return the DRL with each one-character look-alike replaced by what the author meant */
    static String check(RuleSource source, Diagnostics diagnostics) {
        String drl = source.drl();
        StringBuilder repaired = new StringBuilder(drl);
        SourceText text = SourceText.of(source.file(), drl);
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                i = end(drl, i, "\n");
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                i = end(drl, i + 2, "*/") + 1;
            } else if (c == '"' || c == '\'') {
                i = stringEnd(drl, i, c);
            } else {
                LookAlike look = LOOK_ALIKES.get(c);
                if (look != null && !(c == '\uFEFF' && i == 0)) {
                    report(source, text.at(i), c, look, diagnostics);
                    if (look.fix().length() == 1) {
                        repaired.setCharAt(i, look.fix().charAt(0));
                    } else if (look.fix().isEmpty()) {
                        repaired.setCharAt(i, ' ');
                    }
                }
                i++;
            }
        }
        return repaired.toString();
    }

    private static void report(RuleSource source, Pos drlAt, char c, LookAlike look, Diagnostics diagnostics) {
        String code = String.format("U+%04X", (int) c);
        String ch = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' ? "" : " " + c;
        Pos at = source.at(drlAt.line(), source.isTable() ? 0 : drlAt.column(), String.valueOf(c));
        String fix = look.fix().equals(" ") ? "một dấu cách thường" : look.fix().isEmpty() ? "không gì (xóa nó)"
                : look.fix();
        String fixEn = look.fix().equals(" ") ? "a plain space" : look.fix().isEmpty() ? "nothing (delete it)"
                : look.fix();
        diagnostics.error("LOOKALIKE-CHAR", at, String.valueOf(c),
                "Ký tự" + ch + " (" + code + ", " + look.vi() + ") không dùng được trong luật, ngoài chuỗi và chú "
                        + "thích; thường do chép từ Word. Thay bằng " + fix + ".",
                "Character" + ch + " (" + code + ", " + look.en() + ") cannot be used in a rule outside strings and "
                        + "comments; it usually comes from Word. Replace it with " + fixEn + ".");
    }

    private static int end(String text, int from, String terminator) {
        int i = text.indexOf(terminator, from);
        return i < 0 ? text.length() : i + 1;
    }

    private static int stringEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
