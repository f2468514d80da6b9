package vn.antq.internal.validation;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * One rule as parsed, with its text and the means to turn a place in the DRL into a place in the author's file.
 *
 * @param source the file it comes from
 * @param pkg    the parsed package it belongs to (for its imports)
 * @param descr  the parsed rule
 * @param drl    the DRL text of the whole file
 * @param start  offset of the rule in the DRL
 * @param end    offset just after it
 */
record ParsedRule(RuleSource source, PackageDescr pkg, RuleDescr descr, SourceText drl, int start, int end) {

    static List<ParsedRule> of(RuleSource source, PackageDescr pkg, String drl) {
        SourceText text = SourceText.of(source.file(), drl);
        List<RuleDescr> rules = pkg.getRules();
        List<ParsedRule> result = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            int start = Math.max(0, rules.get(i).getStartCharacter());
            int end = i + 1 < rules.size() ? Math.max(start, rules.get(i + 1).getStartCharacter()) : drl.length();
            result.add(new ParsedRule(source, pkg, rules.get(i), text, start, end));
        }
        return result;
    }

    String name() {
        return descr.getName();
    }

    String text() {
        return drl.text().substring(start, Math.min(end, drl.text().length()));
    }

    /** @return where the rule's header is in the author's file */
    Pos header() {
        return at(start, name());
    }

    /** @return where a DRL offset is in the author's file, finding the token on a table's row */
    Pos at(int offset, String token) {
        Pos p = drl.at(offset);
        return source.at(p.line(), source.isTable() ? 0 : p.column(), token);
    }

    /** @return where a descr starts in the author's file */
    Pos at(BaseDescr d, String token) {
        return d.getStartCharacter() >= 0 ? at(d.getStartCharacter(), token) : header();
    }

    /** @return the stripped value of an annotation ({@code @label("…")}), or null */
    String annotation(String name) {
        AnnotationDescr a = descr.getAnnotation(name);
        if (a == null) {
            return null;
        }
        Object v = a.getSingleValueStripped();
        return v == null ? "" : String.valueOf(v);
    }

    /** @return an attribute's value ({@code ruleflow-group}), or null */
    String attribute(String name) {
        AttributeDescr a = descr.getAttributes().get(name);
        return a == null ? null : a.getValue();
    }

    /** @return every pattern of the when part, nested ones included (not, exists, from, accumulate) */
    List<PatternDescr> patterns() {
        List<PatternDescr> result = new ArrayList<>();
        collect(descr.getLhs(), result);
        return result;
    }

    private static void collect(BaseDescr d, List<PatternDescr> into) {
        if (d instanceof PatternDescr p) {
            into.add(p);
            if (p.getSource() != null) {
                collect(p.getSource(), into);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                collect(child, into);
            }
        } else if (d instanceof org.drools.drl.ast.descr.AccumulateDescr acc) {
            if (acc.getInput() != null) {
                collect(acc.getInput(), into);
            }
        } else if (d instanceof org.drools.drl.ast.descr.CollectDescr col) {
            collect(col.getInputPattern(), into);
        }
    }
}
