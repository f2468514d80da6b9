package vn.antq.dataset;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.antq.dataset.DatasetJson.areaIndicators;
import static vn.antq.dataset.DatasetJson.dataset;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties that hold for every generated input, not only the hand-picked ones. */
class DatasetPropertiesTest {
    private static final List<Character> ID_CHARACTERS =
            "ABCXYZabcxyz0189._:-".chars().mapToObj(c -> (char) c).toList();

    private static boolean accepted(String json) {
        try {
            DatasetReader.read(json);
            return true;
        } catch (InvalidDatasetException e) {
            return false;
        }
    }

    @Test
    void everyIdOfTheAllowedCharactersUpTo64LongIsAccepted() {
        Gen<String> ids = lists().of(arbitrary().pick(ID_CHARACTERS)).ofSizeBetween(1, 64)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
        qt().forAll(ids).check(id -> accepted(dataset(
                "{ \"id\": \"" + id + "\", \"kind\": \"PROVINCE\", \"name\": \"Tỉnh\" }")));
    }

    @Test
    void registeredHouseholdsAreAcceptedExactlyWhenAtMostResident() {
        qt().forAll(integers().between(0, 500), integers().between(0, 500)).check((resident, registered) ->
                accepted(areaIndicators("\"householdsResident\": %d, \"householdsRegistered\": %d"
                        .formatted(resident, registered))) == (registered <= resident));
    }

    @Test
    void movementScoreIsAcceptedExactlyFromZeroToHundred() {
        qt().forAll(integers().between(-2000, 12000)).check(hundredths ->
                accepted(areaIndicators("\"movementScore\": " + hundredths / 100.0))
                        == (hundredths >= 0 && hundredths <= 10000));
    }
}
