package vn.antq.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link SampleGenerator} makes: the same settings always give the same bytes.
 *
 * @param seed      the seed of every random draw
 * @param year      the assessment year Y (2000–2100); the windows and the reference date 15/11/Y follow from it
 * @param provinces the official codes of the provinces to include (for example {@code "38"}); empty for all 63.
 *                  Order and repetition do not matter: provinces are written in the order of the national list
 * @param maxUnits  if present, stop before the next province, district or commune once this many units are
 *                  written, so the dataset has this many units or a few more
 * @param title     the dataset's title; if absent, a Vietnamese title naming the scope and year and saying that
 *                  the indicators and events are invented
 * @param structure the administrative structure written: the three tiers of 01/11/2024 (the default), or the two
 *                  tiers of 01/07/2025 with the former districts and communes as history
 * @since 0.1
 */
public record GeneratorSettings(long seed, int year, List<String> provinces, OptionalInt maxUnits,
                                Optional<String> title, Structure structure) {

    /** The default seed: 20240308, the date of Kế hoạch 67/KH-BCĐ of Thanh Hóa. */
    public static final long DEFAULT_SEED = 20240308L;

    /** The default assessment year. */
    public static final int DEFAULT_YEAR = 2024;

    /**
     * The administrative structure a dataset is written on.
     *
     * @since 0.1
     */
    public enum Structure {
        /**
         * Province, district-level unit, commune, as on 01/11/2024 (the national list): every province, all valid on
         * the reference date, no validity dates.
         */
        THREE_TIER_2024,
        /**
         * Province and commune, from 01/07/2025 (domain.md §2): the communes formed under NQ 1686/NQ-UBTVQH15, with
         * {@code validFrom} 2025-07-01 on them and everything under them, followed by the former district-level units
         * and communes of 01/11/2024 as history ({@code validTo} 2025-06-30, a {@code successor} where a former
         * commune went whole into one new commune). Bundled for Thanh Hóa (38) only; the year must be 2025 or later,
         * so that the reference date 15/11/Y falls after the reform.
         */
        TWO_TIER_2025
    }

    /**
     * The settings with the default structure, {@link Structure#THREE_TIER_2024}.
     *
     * @param seed      the seed of every random draw
     * @param year      the assessment year
     * @param provinces the province codes, empty for all
     * @param maxUnits  the number of units after which generation stops, if any
     * @param title     the title, if not the generated one
     * @throws IllegalArgumentException as the canonical constructor
     */
    public GeneratorSettings(long seed, int year, List<String> provinces, OptionalInt maxUnits,
                             Optional<String> title) {
        this(seed, year, provinces, maxUnits, title, Structure.THREE_TIER_2024);
    }

    /**
     * Checks and copies the settings.
     *
     * @throws IllegalArgumentException if the year is outside 2000–2100 (2025–2100 for the two-tier structure), a
     *                                  province code is blank, the maximum is below 1 or the title is blank
     */
    public GeneratorSettings {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be within 2000–2100, found " + year);
        }
        provinces = List.copyOf(provinces);
        for (String code : provinces) {
            if (code.isBlank()) {
                throw new IllegalArgumentException("a province code is blank");
            }
        }
        Objects.requireNonNull(maxUnits, "maxUnits");
        if (maxUnits.isPresent() && maxUnits.getAsInt() < 1) {
            throw new IllegalArgumentException("maxUnits must be at least 1, found " + maxUnits.getAsInt());
        }
        Objects.requireNonNull(title, "title");
        if (title.isPresent() && title.get().isBlank()) {
            throw new IllegalArgumentException("the title is blank");
        }
        Objects.requireNonNull(structure, "structure");
        if (structure == Structure.TWO_TIER_2025 && year < 2025) {
            throw new IllegalArgumentException("the two-tier structure starts on 01/07/2025: the year must be 2025 "
                    + "or later, found " + year);
        }
    }

    /** @return whether every province is included ({@link #provinces()} is empty) */
    public boolean allProvinces() {
        return provinces.isEmpty();
    }

    /**
     * @return a builder starting from the default seed and year, all provinces, no maximum, the default title and the
     *         three-tier structure of 2024
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GeneratorSettings} one setting at a time. */
    public static final class Builder {
        private long seed = DEFAULT_SEED;
        private int year = DEFAULT_YEAR;
        private final List<String> provinces = new ArrayList<>();
        private OptionalInt maxUnits = OptionalInt.empty();
        private Optional<String> title = Optional.empty();
        private Structure structure = Structure.THREE_TIER_2024;

        private Builder() {
        }

        /**
         * @param seed the seed of every random draw
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param year the assessment year
         * @return this builder
         */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /**
         * @param codes official province codes, replacing any given before; none means all provinces
         * @return this builder
         */
        public Builder provinces(String... codes) {
            return provinces(List.of(codes));
        }

        /**
         * @param codes official province codes, replacing any given before; an empty list means all provinces
         * @return this builder
         */
        public Builder provinces(List<String> codes) {
            provinces.clear();
            provinces.addAll(codes);
            return this;
        }

        /**
         * @param maxUnits the number of units after which generation stops (see {@link GeneratorSettings#maxUnits()})
         * @return this builder
         */
        public Builder maxUnits(int maxUnits) {
            this.maxUnits = OptionalInt.of(maxUnits);
            return this;
        }

        /**
         * @param title the dataset's title, in place of the generated one
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Optional.of(title);
            return this;
        }

        /**
         * @param structure the administrative structure to write
         * @return this builder
         */
        public Builder structure(Structure structure) {
            this.structure = Objects.requireNonNull(structure, "structure");
            return this;
        }

        /**
         * The same as {@code structure(Structure.TWO_TIER_2025)}.
         *
         * @return this builder
         */
        public Builder twoTier() {
            return structure(Structure.TWO_TIER_2025);
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException if a setting is out of range
         */
        public GeneratorSettings build() {
            return new GeneratorSettings(seed, year, provinces, maxUnits, title, structure);
        }
    }
}
