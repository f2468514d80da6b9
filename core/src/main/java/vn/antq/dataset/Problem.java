package vn.antq.dataset;

/**
 * One problem found in a dataset: where, which field, what was expected and what was found.
 *
 * @param location the unit id (or {@code units[i]} when the id is missing or malformed), the campaign id
 *                 (or {@code campaigns[i]}), or {@code dataset} for a top-level field
 * @param field    the field, e.g. {@code parent} or {@code indicators.householdsRegistered}
 * @param expected what a valid value looks like
 * @param found    what the dataset holds
 * @since 0.1
 */
public record Problem(String location, String field, String expected, String found) {

    /**
     * @return one line naming all four parts, in English and Vietnamese labels, with any control character of the
     *     dataset's text shown as {@code <U+XXXX>} (see {@link ForbiddenCharacters})
     */
    public String message() {
        return ForbiddenCharacters.visible(location + ": " + field + ": expected / cần " + expected + "; found / có "
                + found);
    }

    @Override
    public String toString() {
        return message();
    }
}
