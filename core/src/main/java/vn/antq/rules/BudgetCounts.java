package vn.antq.rules;

import vn.antq.funding.BudgetLine;

/** The counts of a budget line by the names the funding rules use. */
final class BudgetCounts {

    private BudgetCounts() {
    }

    /**
     * @param line a budget line
     * @param name {@code models}, {@code communes}, {@code people}, {@code km} or {@code localities}
     * @return the count, or null when the line does not give it
     */
    static Long of(BudgetLine line, String name) {
        return switch (name) {
            case "models" -> line.models();
            case "communes" -> line.communes();
            case "people" -> line.people();
            case "km" -> line.km();
            case "localities" -> line.localities();
            default -> throw new IllegalArgumentException("no count " + name + " on a budget line");
        };
    }
}
