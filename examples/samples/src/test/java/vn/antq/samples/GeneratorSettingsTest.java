package vn.antq.samples;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorSettingsTest {

    @Test
    void builderStartsFromTheDefaults() {
        GeneratorSettings settings = GeneratorSettings.builder().build();
        assertEquals(new GeneratorSettings(20240308L, 2024, List.of(), OptionalInt.empty(), Optional.empty()),
                settings);
        assertTrue(settings.allProvinces());
    }

    @Test
    void thanhHoa2024SettingsAreSeed20240308Province38Year2024() {
        assertEquals(new GeneratorSettings(20240308L, 2024, List.of("38"), OptionalInt.empty(), Optional.empty()),
                Samples.thanhHoa2024Settings());
    }

    @Test
    void thanhHoa2026SettingsAreSeed20250913Province38Year2026TwoTier() {
        assertEquals(new GeneratorSettings(20250913L, 2026, List.of("38"), OptionalInt.empty(), Optional.empty(),
                GeneratorSettings.Structure.TWO_TIER_2025), Samples.thanhHoa2026Settings());
    }

    @Test
    void theStructureIsThreeTierUnlessAskedOtherwise() {
        assertEquals(GeneratorSettings.Structure.THREE_TIER_2024, GeneratorSettings.builder().build().structure());
        assertEquals(GeneratorSettings.Structure.THREE_TIER_2024, new GeneratorSettings(1, 2024, List.of(),
                OptionalInt.empty(), Optional.empty()).structure());
        assertEquals(GeneratorSettings.Structure.TWO_TIER_2025, GeneratorSettings.builder().year(2026).twoTier()
                .build().structure());
        assertEquals(GeneratorSettings.builder().year(2026).twoTier().build(), GeneratorSettings.builder().year(2026)
                .structure(GeneratorSettings.Structure.TWO_TIER_2025).build());
    }

    @Test
    void provincesAreCopied() {
        List<String> codes = new ArrayList<>(List.of("38"));
        GeneratorSettings settings = GeneratorSettings.builder().provinces(codes).build();
        codes.add("01");
        assertEquals(List.of("38"), settings.provinces());
    }

    @Test
    void rejectsSettingsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().year(1999).build());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().year(2101).build());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().maxUnits(0).build());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().title(" ").build());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().provinces("38", "").build());
        assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.builder().twoTier().build(),
                "the two-tier structure starts in 2025, the default year is 2024");
        assertThrows(NullPointerException.class, () -> GeneratorSettings.builder().structure(null));
    }
}
