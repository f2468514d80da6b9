package vn.antq.samples;

import org.junit.jupiter.api.Test;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The library's own reader takes both bundled samples whole, every field known. */
class SamplesReadByTheLibraryTest {

    @Test
    void theReaderTakesThanhHoa2024WithoutAWarning() throws IOException, InvalidDatasetException {
        try (InputStream in = Samples.thanhHoa2024()) {
            Dataset dataset = DatasetReader.read(in);
            assertEquals(List.of(), dataset.warnings());
            assertEquals(List.of(4_351, 12_897, 140), List.of(dataset.securityTeams().size(),
                    dataset.securityTeams().stream().mapToInt(team -> team.members().size()).sum(),
                    dataset.leaders().size()));
            assertEquals(LocalDate.of(2024, 5, 15), dataset.medalProposalDate());
        }
    }

    @Test
    void theReaderTakesThanhHoa2026WithoutAWarning() throws IOException, InvalidDatasetException {
        try (InputStream in = Samples.thanhHoa2026()) {
            Dataset dataset = DatasetReader.read(in);
            assertEquals(List.of(), dataset.warnings());
            assertEquals(List.of(4_351, 12_940, 100), List.of(dataset.securityTeams().size(),
                    dataset.securityTeams().stream().mapToInt(team -> team.members().size()).sum(),
                    dataset.leaders().size()));
            assertEquals(LocalDate.of(2026, 5, 15), dataset.medalProposalDate());
        }
    }
}
