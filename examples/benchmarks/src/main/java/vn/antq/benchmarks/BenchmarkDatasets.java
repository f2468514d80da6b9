package vn.antq.benchmarks;

import java.io.ByteArrayInputStream;
import vn.antq.dataset.Dataset;
import vn.antq.dataset.DatasetReader;
import vn.antq.dataset.InvalidDatasetException;
import vn.antq.samples.GeneratorSettings;
import vn.antq.samples.SampleGenerator;

/** Datasets of a given size, generated from the national list with the sample generator's default seed. */
public final class BenchmarkDatasets {

    private BenchmarkDatasets() {
    }

    /**
     * @param units about how many units (the generator stops at the next administrative boundary)
     * @return the validated dataset
     */
    public static Dataset ofSize(int units) {
        byte[] json = SampleGenerator.generate(GeneratorSettings.builder().maxUnits(units).build());
        try {
            return DatasetReader.read(new ByteArrayInputStream(json));
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("the generator made an invalid dataset: " + e.getMessage(), e);
        }
    }
}
