package vn.antq.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean …?" names a valid name only when it is a typing error away: at most two edits, or a third of it. */
class NearestNameTest {

    @Test
    void aShortNameIsMatchedUpToTwoEditsAndNotAtThree() {
        assertEquals(Optional.of("kind"), NearestName.to("kidd", List.of("kind", "name")));
        assertEquals(Optional.of("abcd"), NearestName.to("abxy", List.of("abcd")));
        assertEquals(Optional.empty(), NearestName.to("axyz", List.of("abcd")));
    }

    @Test
    void aLongNameIsMatchedUpToAThirdOfItsLength() {
        // 15 characters: up to 5 edits
        assertEquals(Optional.of("alleysWithCamera"), NearestName.to("alleysWithCamer", List.of("alleysWithCamera")));
        assertEquals(Optional.of("householdsTotal"), NearestName.to("householdsXXXXX", List.of("householdsTotal")));
        assertEquals(Optional.empty(), NearestName.to("householdXXXXXX", List.of("householdsTotal")));
    }

    @Test
    void caseIsIgnoredAndTheFirstOfEqualsWins() {
        assertEquals(Optional.of("RESIDENTIAL_AREA"), NearestName.to("residential_area", List.of("RESIDENTIAL_AREA")));
        assertEquals(Optional.of("ab"), NearestName.to("a", List.of("ab", "ac")));
    }
}
