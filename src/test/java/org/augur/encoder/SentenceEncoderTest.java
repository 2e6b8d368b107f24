package org.augur.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base graph with a head only (weights 1/384, bias 0: the sigmoid of the embedding's mean), loaded once
 * for the class from a weights file written here. Runs offline on the model shipped on the class path.
 */
class SentenceEncoderTest {

    static final String ECONOMY = "The economy is expected to grow by 3.5% in 2027.";
    static final String TREATY = "We signed the treaty.";
    /** sigmoid(mean of the embedding) of the two sentences on the base graph, as ONNX Runtime gave them. */
    static final double ECONOMY_P = 0.49900889930038844;
    static final double TREATY_P = 0.50107009844661680;

    @TempDir
    static Path dir;
    private static SentenceEncoder encoder;

    static EncoderWeights meanHead(List<EncoderWeights.Tensor> overrides) {
        float[] weight = new float[384];
        Arrays.fill(weight, 1f / 384);
        return new EncoderWeights(weight, 0f, overrides);
    }

    @BeforeAll
    static void load() throws IOException {
        Path file = dir.resolve("head.bin");
        meanHead(List.of()).write(file);
        encoder = SentenceEncoder.open(file);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void probabilitiesOfTheBaseGraphWithAMeanHead() {
        double[] p = encoder.probabilities(List.of(ECONOMY, TREATY));
        assertEquals(ECONOMY_P, p[0], 1e-6);
        assertEquals(TREATY_P, p[1], 1e-6);
        assertTrue(p[0] > 0 && p[0] < 1 && p[1] > 0 && p[1] < 1);
    }

    @Test
    void sameBitsWhateverTheOrderOfCallsAndOfTheList() {
        List<String> two = List.of(ECONOMY, TREATY);
        double[] first = encoder.probabilities(two);
        encoder.probabilities(sentences(20));
        assertArrayEquals(first, encoder.probabilities(two));
        double[] reversed = encoder.probabilities(List.of(TREATY, ECONOMY));
        assertArrayEquals(first, new double[] {reversed[1], reversed[0]});
        assertEquals(0, encoder.probabilities(List.of()).length);
    }

    @Test
    void aSentenceScoresTheSameBitsAloneAndAmongOthers() {
        List<String> texts = sentences(20);
        double[] together = encoder.probabilities(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(together[i], encoder.probabilities(List.of(texts.get(i)))[0], 0, texts.get(i));
        }
    }

    @Test
    void workersSharingTheEncoderGetTheSameBits() throws Exception {
        List<String> texts = sentences(20);
        double[] expected = encoder.probabilities(texts);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> encoder.probabilities(texts)));
            }
            for (Future<double[]> run : runs) {
                assertArrayEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The mean-pooled hidden states equal those ONNX Runtime gave the fine-tuning side for the same token
     * ids (../enc: ids a line, hidden states a line); skipped where those files are absent.
     */
    @Test
    void poolingMatchesReferenceHiddenStates() throws IOException {
        Path ids = Path.of("../enc/check_ids.txt");
        Path states = Path.of("../enc/ort_hidden.txt");
        assumeTrue(Files.isReadable(ids) && Files.isReadable(states), "no reference hidden states in ../enc");
        List<String> idLines = Files.readAllLines(ids);
        List<String> stateLines = Files.readAllLines(states);
        List<int[]> sequences = idLines.stream()
                .map(l -> Arrays.stream(l.trim().split(" ")).mapToInt(Integer::parseInt).toArray()).toList();
        double[][] pooled = encoder.pool(sequences);
        for (int s = 0; s < sequences.size(); s++) {
            double[] values = Arrays.stream(stateLines.get(s).trim().split(" ")).mapToDouble(Double::parseDouble)
                    .toArray();
            int tokens = sequences.get(s).length;
            assertEquals(tokens * 384, values.length);
            for (int k = 0; k < 384; k++) {
                double mean = 0;
                for (int t = 0; t < tokens; t++) {
                    mean += values[t * 384 + k];
                }
                assertEquals(mean / tokens, pooled[s][k], 2e-5, "sentence " + s + ", dimension " + k);
            }
        }
    }

    /** Twenty sentences of different lengths, so that one call makes two batches with padding. */
    static List<String> sentences(int n) {
        List<String> out = new ArrayList<>();
        String[] words = {"the", "minister", "said", "inflation", "will", "probably", "fall", "next", "year",
            "unless", "oil", "prices", "rise", "again", "sharply"};
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder("Sentence " + i + ":");
            for (int w = 0; w < 3 + (i * 7) % 23; w++) {
                s.append(' ').append(words[(i + w * 3) % words.length]);
            }
            out.add(s.append('.').toString());
        }
        return out;
    }
}
