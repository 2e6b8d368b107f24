package org.augur.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Initializer overrides: the base graph with the last layer's output LayerNorm weight set to zeros, which
 * leaves only that LayerNorm's bias in every token's state, so every sentence gets the same embedding.
 * One session for the class; the refused overrides are caught before any session is made.
 */
class SentenceEncoderOverrideTest {

    static final String LAYER5_NORM = "encoder.layer.5.output.LayerNorm.weight";
    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() throws IOException {
        encoder = new SentenceEncoder(SentenceEncoderTest.meanHead(
                List.of(new EncoderWeights.Tensor(LAYER5_NORM, new int[] {384}, new float[384]))), "zeroed");
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void anOverriddenInitializerChangesTheOutput() {
        double[] p = encoder.probabilities(List.of(SentenceEncoderTest.ECONOMY, SentenceEncoderTest.TREATY));
        assertEquals(p[0], p[1], 1e-9, "the embedding no longer depends on the sentence");
        assertTrue(Math.abs(p[0] - SentenceEncoderTest.ECONOMY_P) > 1e-3, "as with the base graph: " + p[0]);
    }

    /**
     * A delta gives the graph's values plus scale × int8: the same probabilities as a float override of
     * those values (here: the last layer's output LayerNorm weight halved, nearly).
     */
    @Test
    void aDeltaScoresAsTheFloatOverrideItStandsFor() throws IOException {
        float[] base;
        try (java.io.InputStream in = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.MINILM_GRAPH)) {
            base = OnnxInitializers.read(in.readAllBytes()).get(LAYER5_NORM).floats();
        }
        float max = 0;
        for (float v : base) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / 2 / 127;
        byte[] values = new byte[384];
        float[] changed = new float[384];
        for (int k = 0; k < 384; k++) {
            values[k] = (byte) Math.round(-base[k] / 2 / scale);
            changed[k] = base[k] + scale * values[k];
        }
        EncoderWeights.Delta delta = new EncoderWeights.Delta(LAYER5_NORM, new int[] {384}, new int[] {0},
                new float[] {scale}, values);
        List<String> sentences = List.of(SentenceEncoderTest.ECONOMY, SentenceEncoderTest.TREATY);
        double[] byDelta;
        double[] byOverride;
        try (SentenceEncoder e = new SentenceEncoder(new EncoderWeights(
                SentenceEncoderTest.meanHead(List.of()).headWeight(), 0f, List.of(), List.of(delta)), "delta")) {
            byDelta = e.probabilities(sentences);
        }
        try (SentenceEncoder e = new SentenceEncoder(SentenceEncoderTest.meanHead(
                List.of(new EncoderWeights.Tensor(LAYER5_NORM, new int[] {384}, changed))), "float")) {
            byOverride = e.probabilities(sentences);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(byOverride, byDelta);
        assertTrue(Math.abs(byDelta[0] - SentenceEncoderTest.ECONOMY_P) > 1e-4, "as with the base graph: " + byDelta[0]);
    }

    @Test
    void anOverrideMustNameAFloatInitializerOfTheSameShape() {
        assertRefused(new EncoderWeights.Tensor("encoder.layer.6.output.LayerNorm.weight", new int[] {384},
                new float[384]), "w.bin: tensor encoder.layer.6.output.LayerNorm.weight overrides no initializer "
                + "of the graph");
        assertRefused(new EncoderWeights.Tensor(LAYER5_NORM, new int[] {1, 384}, new float[384]),
                "w.bin: tensor " + LAYER5_NORM + " is [1, 384] float, the graph's initializer is [384] float");
        assertRefused(new EncoderWeights.Tensor("embeddings.position_ids", new int[] {1, 512}, new float[512]),
                "w.bin: tensor embeddings.position_ids is [1, 512] float, the graph's initializer is [1, 512] of "
                + "ONNX type 7");
    }

    @Test
    void theHeadMustMatchTheEmbedding() {
        IOException e = assertThrows(IOException.class,
                () -> new SentenceEncoder(EncoderWeights.headOnly(new float[768], 0f), "w.bin"));
        assertEquals("w.bin: head.weight has 768 weights, the embedding 384 dimensions", e.getMessage());
    }

    private static void assertRefused(EncoderWeights.Tensor override, String message) {
        IOException e = assertThrows(IOException.class,
                () -> new SentenceEncoder(SentenceEncoderTest.meanHead(List.of(override)), "w.bin"));
        assertEquals(message, e.getMessage());
    }
}
