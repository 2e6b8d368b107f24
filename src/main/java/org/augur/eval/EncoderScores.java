package org.augur.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence encoder's out-of-fold probabilities for the gold sentences, as src/train/minilm.py writes
 * them: a TSV of {@code folder, doc_id, sentence, probability} with a header. The forecast model is
 * trained on these rather than on the encoder's own output for sentences it was fine-tuned on, which it
 * would grade too confidently (stacking: the linear model learns how far to trust the encoder on
 * articles the encoder did not see). {@code folder} is the gold folder's name.
 */
public final class EncoderScores {
    /** No scores: candidates get no encoder features. */
    public static final EncoderScores NONE = new EncoderScores(Map.of());

    private final Map<String, Map<String, Double>> byFolder;   // folder → "doc_id\tsentence" → probability

    private EncoderScores(Map<String, Map<String, Double>> byFolder) {
        this.byFolder = byFolder;
    }

    public static EncoderScores read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("folder\tdoc_id\tsentence\tprobability")) {
            throw new IOException(file + ": not encoder scores (expected the header 'folder doc_id sentence probability')");
        }
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length != 4) {
                throw new IOException(file + ":" + (i + 1) + ": expected 4 tab-separated cells, got " + c.length);
            }
            try {
                out.computeIfAbsent(c[0], k -> new HashMap<>()).put(c[1] + "\t" + Integer.parseInt(c[2]),
                        Double.parseDouble(c[3]));
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + (i + 1) + ": not a number: " + e.getMessage());
            }
        }
        return new EncoderScores(out);
    }

    /** The probabilities of one gold folder's sentences by "doc_id\tsentence"; empty when it has none. */
    public Map<String, Double> ofFolder(Path goldDir) {
        return byFolder.getOrDefault(String.valueOf(goldDir.toAbsolutePath().normalize().getFileName()), Map.of());
    }
}
