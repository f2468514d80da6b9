package vn.antq.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A typed indicator value.
 *
 * @since 0.1
 */
public sealed interface IndicatorValue {

    /** @return the value as it is written in a dataset */
    Object raw();

    /** A boolean value. @param value the value */
    record Flag(boolean value) implements IndicatorValue {
        @Override
        public Object raw() {
            return value;
        }
    }

    /** A count, zero or more. @param value the value */
    record Count(long value) implements IndicatorValue {
        /** Rejects negative counts. */
        public Count {
            if (value < 0) {
                throw new IllegalArgumentException("count must be >= 0: " + value);
            }
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    /** A decimal number. @param value the value */
    record Number(BigDecimal value) implements IndicatorValue {
        /** Rejects null. */
        public Number {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }

    /** One code of a fixed list. @param value the code */
    record Code(String value) implements IndicatorValue {
        /** Rejects null. */
        public Code {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object raw() {
            return value;
        }
    }
}
