package vn.antq.indicator;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.antq.unit.UnitKind;

/**
 * An indicator a rule pack declares in its {@code pack.yaml} ({@code indicators}), beside the national
 * catalogue of {@link KnownIndicator}: the dataset reader reads it with its type, and reports show its label.
 *
 * @param name      the camelCase name used in datasets and rules
 * @param type      the value type
 * @param unitKinds the kinds of unit it belongs to
 * @param labelVi   the Vietnamese label
 * @param codes     the allowed codes of a {@link IndicatorType#CODE} indicator, empty otherwise
 * @since 0.3
 */
public record DeclaredIndicator(String name, IndicatorType type, Set<UnitKind> unitKinds, String labelVi,
                                List<String> codes) {

    /** Copies the collections; rejects nulls. */
    public DeclaredIndicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(labelVi, "labelVi");
        unitKinds = Set.copyOf(unitKinds);
        codes = List.copyOf(codes);
    }
}
