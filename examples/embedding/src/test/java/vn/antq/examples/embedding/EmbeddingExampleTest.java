package vn.antq.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theExampleRunsOnTheBundledSample() {
        assertDoesNotThrow(() -> EmbeddingExample.main(new String[0]));
    }
}
