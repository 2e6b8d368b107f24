package org.augur.encoder;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Milliseconds per sentence of {@link SentenceEncoder#probabilities} on real sentences (the text column of a
 * gold forecasts.csv, ../shared/data/eval/speeches-more by default), in one call (batches of 16 by length)
 * and one sentence a call. Not a test: run it on a quiet machine,
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.augur.encoder.EncoderTiming [csv] [n]}.
 */
public final class EncoderTiming {

    private EncoderTiming() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "../shared/data/eval/speeches-more/gold/forecasts.csv");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<String> texts = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (texts.size() < n) {
                    texts.add(r.get("text"));
                }
            }
        }
        float[] weight = new float[384];
        Arrays.fill(weight, 1f / 384);
        long t0 = System.nanoTime();
        try (SentenceEncoder encoder = new SentenceEncoder(EncoderWeights.headOnly(weight, 0f), "timing")) {
            long t1 = System.nanoTime();
            System.out.printf("load: %.0f ms%n", (t1 - t0) / 1e6);
            encoder.probabilities(texts.subList(0, Math.min(64, texts.size())));
            WordPiece wp = WordPiece.minilm();
            double tokens = texts.stream().mapToInt(t -> wp.encode(t).length).average().orElse(0);
            for (int round = 0; round < 3; round++) {
                long a = System.nanoTime();
                encoder.probabilities(texts);
                long b = System.nanoTime();
                System.out.printf("%d sentences (mean %.1f tokens), batches of %d sorted by length: %.2f ms a sentence%n",
                        texts.size(), tokens, SentenceEncoder.BATCH, (b - a) / 1e6 / texts.size());
            }
            long a = System.nanoTime();
            for (String t : texts) {
                encoder.probabilities(List.of(t));
            }
            long b = System.nanoTime();
            System.out.printf("one sentence a call: %.2f ms a sentence%n", (b - a) / 1e6 / texts.size());
        }
    }
}
