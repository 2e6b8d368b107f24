package org.augur.encoder;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Milliseconds per sentence of {@link SentenceEncoder#probabilities} on real sentences (the text column of a
 * gold forecasts.csv, ../shared/data/eval/speeches-more by default), all in one call (each sentence is run
 * alone) and one sentence a call. Both wall time and this thread's CPU time are given: ONNX Runtime computes on the
 * calling thread (one intra-op thread), so CPU time is the cost on a busy machine too. Not a test:
 * {@code java -cp 'target/classes:target/test-classes:target/lib/*' org.augur.encoder.EncoderTiming [csv] [n]}.
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
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 3; round++) {
                long a = System.nanoTime();
                long ca = cpu.getCurrentThreadCpuTime();
                encoder.probabilities(texts);
                System.out.printf("%d sentences (mean %.1f tokens) in one call: %.2f ms a "
                        + "sentence wall, %.2f ms CPU%n", texts.size(), tokens,
                        (System.nanoTime() - a) / 1e6 / texts.size(),
                        (cpu.getCurrentThreadCpuTime() - ca) / 1e6 / texts.size());
            }
            long a = System.nanoTime();
            long ca = cpu.getCurrentThreadCpuTime();
            for (String t : texts) {
                encoder.probabilities(List.of(t));
            }
            System.out.printf("one sentence a call: %.2f ms a sentence wall, %.2f ms CPU%n",
                    (System.nanoTime() - a) / 1e6 / texts.size(),
                    (cpu.getCurrentThreadCpuTime() - ca) / 1e6 / texts.size());
        }
    }
}
