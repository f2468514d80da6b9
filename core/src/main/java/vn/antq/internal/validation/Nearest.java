package vn.antq.internal.validation;

import java.util.Collection;
import java.util.Optional;
import vn.antq.pack.NearestName;

/** The valid name nearest to a misspelt one ({@link NearestName}), and the hint a message adds with it. */
final class Nearest {

    private Nearest() {
    }

    static Optional<String> to(String wrong, Collection<String> valid) {
        return NearestName.to(wrong, valid);
    }

    /** @return " Có phải ý bạn là …?" in Vietnamese, or empty */
    static String hintVi(Optional<String> nearest) {
        return nearest.map(n -> " Có phải ý bạn là \"" + n + "\"?").orElse("");
    }

    /** @return " Did you mean …?" in English, or empty */
    static String hintEn(Optional<String> nearest) {
        return nearest.map(n -> " Did you mean \"" + n + "\"?").orElse("");
    }
}
