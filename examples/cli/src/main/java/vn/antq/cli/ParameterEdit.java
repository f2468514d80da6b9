package vn.antq.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.antq.parameter.Parameter;
import vn.antq.parameter.ParameterValue;

/**
 * One {@code --set id=value} or {@code --set id=value@YYYY-MM-DD} of a what-if run: the value is read by the kind of
 * the parameter it replaces (a number, true/false, a code, or codes separated by commas) and holds from the given day,
 * or from 1 January of the dataset's year when none is given.
 *
 * @param id    the parameter id
 * @param value the value as written
 * @param from  the day it holds from, or null for the start of the dataset's year
 */
record ParameterEdit(String id, String value, LocalDate from) {
    /** The source a changed value shows in reports. */
    static final String SOURCE = "what-if (--set)";

    /**
     * @param text {@code id=value} or {@code id=value@YYYY-MM-DD}
     * @return the edit
     * @throws IllegalArgumentException with a message in Vietnamese and English when the text has no {@code =}, no id,
     *                                  no value or a day that is not a date
     */
    static ParameterEdit parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("--set " + text + ": phải có dạng mã=giá trị hoặc mã=giá trị@YYYY-MM-DD"
                    + " / must be id=value or id=value@YYYY-MM-DD");
        }
        String id = text.substring(0, eq).trim();
        String value = text.substring(eq + 1).trim();
        LocalDate from = null;
        int at = value.lastIndexOf('@');
        if (at >= 0) {
            String day = value.substring(at + 1).trim();
            try {
                from = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--set " + text + ": ngày sau @ phải có dạng YYYY-MM-DD, không phải "
                        + day + " / the day after @ must be YYYY-MM-DD", e);
            }
            value = value.substring(0, at).trim();
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("--set " + text + ": thiếu giá trị / no value");
        }
        return new ParameterEdit(id, value, from);
    }

    /**
     * @param base       the parameter this edit replaces
     * @param yearStart  the day a value without {@code @day} holds from
     * @return the override: the value read by the kind of the base parameter's values, with source {@link #SOURCE}
     * @throws IllegalArgumentException naming the id and the kind expected when the value is not of that kind
     */
    Parameter override(Parameter base, LocalDate yearStart) {
        Object kindOf = base.values().get(0).value();
        Object typed = typed(kindOf);
        return new Parameter(id, "", List.of(new ParameterValue(from == null ? yearStart : from, typed, SOURCE, false)));
    }

    private Object typed(Object kindOf) {
        if (kindOf instanceof BigDecimal) {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw wrongKind("một số, ví dụ 0.5 hoặc 3 / a number, e.g. 0.5 or 3");
            }
        }
        if (kindOf instanceof Boolean) {
            if (value.equals("true") || value.equals("false")) {
                return Boolean.valueOf(value);
            }
            throw wrongKind("true hoặc false / true or false");
        }
        if (kindOf instanceof List<?>) {
            List<String> codes = new ArrayList<>();
            for (String code : Arrays.asList(value.split(",", -1))) {
                if (code.isBlank()) {
                    throw wrongKind("các mã cách nhau bằng dấu phẩy, ví dụ EXCELLENT,GOOD / codes separated by commas");
                }
                codes.add(code.trim());
            }
            return List.copyOf(codes);
        }
        if (value.contains(",")) {
            throw wrongKind("một mã, ví dụ NOT_MET / one code");
        }
        return value;
    }

    private IllegalArgumentException wrongKind(String expected) {
        return new IllegalArgumentException("--set " + id + "=" + value + ": tham số " + id + " cần " + expected
                + "; không phải / not: " + value);
    }
}
