package vn.antq.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.antq.indicator.DeclaredIndicator;
import vn.antq.indicator.IndicatorType;
import vn.antq.indicator.IndicatorValue;
import vn.antq.indicator.Indicators;
import vn.antq.indicator.KnownIndicator;

/**
 * Reads a unit's {@code indicators} object into typed values. A catalogue indicator, and one the rule pack
 * declares, must have the JSON type of its type (a count must be a whole number ≥ 0); an indicator outside both
 * keeps its value as a flag, count, number or code. Codes and ranges are checked later, by {@link IndicatorChecks}.
 * A value given as JSON {@code null} counts as absent.
 */
final class IndicatorParser {
    private static final String FIELD = "indicators";

    private IndicatorParser() {
    }

    /**
     * @param unit     the unit's fields
     * @param declared the indicators the rule pack declares, by name
     * @return the indicators whose values could be read; empty when the field is absent or not an object
     */
    static Indicators parse(FieldReader unit, Map<String, DeclaredIndicator> declared) {
        JsonNode node = unit.value(FIELD);
        if (node == null) {
            return Indicators.empty();
        }
        if (!node.isObject()) {
            unit.problem(FIELD, "an object of indicators", JsonValues.describe(node));
            return Indicators.empty();
        }
        Map<String, IndicatorValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isNull()) {
                Optional<KnownIndicator> known = KnownIndicator.byName(field.getKey());
                DeclaredIndicator own = declared.get(field.getKey());
                IndicatorValue value = known.isPresent() ? typed(known.get().type(), field.getValue())
                        : own != null ? typed(own.type(), field.getValue()) : other(field.getValue());
                if (value == null) {
                    unit.problem(FIELD + "." + field.getKey(), known.map(IndicatorChecks::expected)
                                    .orElse(own != null ? IndicatorChecks.expected(own) : "a boolean, number or text"),
                            JsonValues.describe(field.getValue()));
                } else {
                    values.put(field.getKey(), value);
                }
            }
        }
        return Indicators.of(values);
    }

    private static IndicatorValue typed(IndicatorType type, JsonNode node) {
        return switch (type) {
            case BOOLEAN -> node.isBoolean() ? new IndicatorValue.Flag(node.booleanValue()) : null;
            case COUNT -> count(node);
            case NUMBER -> node.isNumber() ? new IndicatorValue.Number(node.decimalValue()) : null;
            case CODE -> node.isTextual() ? new IndicatorValue.Code(node.textValue()) : null;
        };
    }

    private static IndicatorValue other(JsonNode node) {
        if (node.isBoolean()) {
            return new IndicatorValue.Flag(node.booleanValue());
        }
        if (node.isNumber()) {
            IndicatorValue count = count(node);
            return count != null ? count : new IndicatorValue.Number(node.decimalValue());
        }
        return node.isTextual() ? new IndicatorValue.Code(node.textValue()) : null;
    }

    private static IndicatorValue count(JsonNode node) {
        Long value = JsonValues.wholeNumber(node, 0, Long.MAX_VALUE);
        return value == null ? null : new IndicatorValue.Count(value);
    }
}
