package org.augur.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.augur.encoder.EncoderWeights;
import org.augur.encoder.SentenceEncoder;

/**
 * The trained forecast model: two linear classifiers over {@link ForecastFeatures}, one deciding
 * whether a candidate is a forecast ({@value #DECIDE}: labels {@code yes}/{@code no}) and one giving its
 * certainty ({@value #CERTAINTY}: {@code certain}/{@code probable}/{@code possible}). It is data: a
 * tab-separated file of {@code classifier, label, feature, weight} rows (sorted, four decimals, so
 * the same training gives the same bytes), with {@code #} comments saying how it was trained.
 */
public final class ForecastModel {
    public static final String DECIDE = "forecast";
    public static final String CERTAINTY = "certainty";
    /**
     * The rows that hold the decision thresholds: classifier {@value}, feature "probability", label "yes"
     * (every candidate) and "rule" (those the cue rules keep, where it differs).
     */
    public static final String THRESHOLD = "threshold";
    static final String HEADER = "classifier\tlabel\tfeature\tweight";

    /**
     * classifier → label → feature → weight; the classifiers and labels sorted, the features hashed (a
     * candidate's score looks up some sixty of them, and a run scores thousands of candidates).
     */
    private final Map<String, Map<String, Map<String, Double>>> weights;
    /** The sentence encoder whose probability the weights read ({@link ForecastFeatures#encoder}), or null. */
    private final EncoderLoad encoder;
    /** The SHA-256 of the encoder's weights file, hex ("" without an encoder): what the result cache keys on. */
    private final String encoderSha256;

    public ForecastModel(Map<String, Map<String, Map<String, Double>>> weights) {
        this(weights, null, "");
    }

    private ForecastModel(Map<String, Map<String, Map<String, Double>>> weights, EncoderLoad encoder,
                          String encoderSha256) {
        this.encoder = encoder;
        this.encoderSha256 = encoderSha256;
        Map<String, Map<String, Map<String, Double>>> copy = new TreeMap<>();
        weights.forEach((c, labels) -> {
            Map<String, Map<String, Double>> l = new TreeMap<>();
            labels.forEach((label, w) -> l.put(label, Collections.unmodifiableMap(new java.util.HashMap<>(w))));
            copy.put(c, Collections.unmodifiableMap(l));
        });
        this.weights = Collections.unmodifiableMap(copy);
        if (!this.weights.containsKey(DECIDE)) {
            throw new IllegalArgumentException("a forecast model needs the '" + DECIDE + "' classifier");
        }
    }

    /**
     * Whether the candidate is a forecast: the probability of {@code yes} reaches the model's threshold,
     * {@link #ruleThreshold} for a candidate the cue rules keep ({@link ForecastFeatures#RULE_KEEPS}).
     */
    public boolean isForecast(List<String> features) {
        return probability(features) >= (rulesKeep(features) ? ruleThreshold() : threshold());
    }

    /** Whether the cue rules keep the candidate with these features: which threshold applies to it. */
    static boolean rulesKeep(List<String> features) {
        return features.contains(ForecastFeatures.RULE_KEEPS);
    }

    /** The probability from which a candidate counts as a forecast (0.5 unless the model says otherwise). */
    public double threshold() {
        return weights.getOrDefault(THRESHOLD, Map.of()).getOrDefault("yes", Map.of()).getOrDefault("probability", 0.5);
    }

    /**
     * The threshold for a candidate the cue rules keep (row {@value #THRESHOLD}, label "rule"): the same
     * as {@link #threshold()} unless the model says otherwise.
     */
    public double ruleThreshold() {
        return weights.getOrDefault(THRESHOLD, Map.of()).getOrDefault("rule", Map.of()).getOrDefault("probability", threshold());
    }

    /** The same weights with one decision threshold for every candidate. */
    public ForecastModel withThreshold(double threshold) {
        Map<String, Map<String, Map<String, Double>>> w = new TreeMap<>(weights);
        w.put(THRESHOLD, Map.of("yes", Map.of("probability", threshold)));
        return new ForecastModel(w, encoder, encoderSha256);
    }

    /** The same weights with a threshold for the candidates the rules keep and one for the others. */
    public ForecastModel withThresholds(double rule, double other) {
        Map<String, Map<String, Map<String, Double>>> w = new TreeMap<>(weights);
        w.put(THRESHOLD, Map.of("yes", Map.of("probability", other), "rule", Map.of("probability", rule)));
        return new ForecastModel(w, encoder, encoderSha256);
    }

    /** Whether the weights read the sentence encoder's features: then extraction needs the encoder. */
    public boolean needsEncoder() {
        return weights.values().stream().flatMap(labels -> labels.values().stream())
                .anyMatch(w -> w.keySet().stream().anyMatch(f -> f.startsWith(ForecastFeatures.ENCODER_PREFIX)));
    }

    /**
     * The same weights reading {@code encoder}'s probability of each candidate's sentence; {@code sha256}
     * identifies the encoder's weights.
     */
    public ForecastModel withEncoder(SentenceEncoder encoder, String sha256) {
        java.util.Objects.requireNonNull(encoder);
        return new ForecastModel(weights, new EncoderLoad(() -> encoder), sha256);
    }

    /**
     * Builds the sentence encoder now, if the model reads one and it is not built yet (about 3 s: the graph
     * rewritten for int8, the ONNX session); else it is built when the first article needs it. A run whose
     * articles all come from the result cache never builds it.
     *
     * @throws IOException if it cannot be built: the graph cannot load, or the weights do not fit it
     */
    public void loadEncoder() throws IOException {
        if (encoder != null) {
            encoder.get();
        }
    }

    /** The SHA-256 (hex) of the encoder's weights file; "" when the model reads no encoder. */
    public String encoderSha256() {
        return encoderSha256;
    }

    /**
     * The candidates with the encoder's features added, the sentences of one article encoded in one call
     * (batched by length); the same candidates when the model has no encoder. The encoder runs only on
     * the candidates whose outcome it can change ({@link #encoderMatters}): for the others any band gives
     * the same decision and certainty, so they get the lowest (no encoder feature), and the rows are the
     * same as if every candidate had been encoded. On the bench speeches that spares about half of the
     * encoder's time.
     */
    public List<Candidate> encoded(List<Candidate> candidates) {
        if (encoder == null || candidates.isEmpty()) {
            return candidates;
        }
        List<Integer> unsure = new java.util.ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (encoderMatters(candidates.get(i))) {
                unsure.add(i);
            }
        }
        double[] p = unsure.isEmpty() ? new double[0]
                : built().probabilities(unsure.stream().map(i -> candidates.get(i).outline().text()).toList());
        List<Candidate> out = new java.util.ArrayList<>(candidates);
        for (int j = 0; j < p.length; j++) {
            int i = unsure.get(j);
            out.set(i, candidates.get(i).withFeatures(ForecastFeatures.encoder(p[j])));
        }
        return out;
    }

    private SentenceEncoder built() {
        try {
            return encoder.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Whether some band of the encoder's probability would change the candidate's outcome: whether it is
     * kept, and, for one the rules alone would not keep, its certainty (the rules' own keep theirs).
     */
    boolean encoderMatters(Candidate c) {
        Boolean kept = null;
        Optional<Certainty> certainty = null;
        for (double band : ForecastFeatures.encoderBands()) {
            List<String> f = new java.util.ArrayList<>(c.features());
            f.addAll(ForecastFeatures.encoder(band));
            boolean k = isForecast(f);
            if (kept != null && kept != k) {
                return true;
            }
            kept = k;
            if (k && !c.ruleSays()) {
                Optional<Certainty> cert = certainty(f);
                if (certainty != null && !certainty.equals(cert)) {
                    return true;
                }
                certainty = cert;
            }
        }
        return false;
    }

    /** The probability that a candidate with these features is a forecast. */
    public double probability(List<String> features) {
        Map<String, Map<String, Double>> c = weights.get(DECIDE);
        double yes = score(c.getOrDefault("yes", Map.of()), features);
        double no = score(c.getOrDefault("no", Map.of()), features);
        return 1 / (1 + Math.exp(no - yes));
    }

    /** The most probable certainty, when the model has a certainty classifier. */
    public Optional<Certainty> certainty(List<String> features) {
        Map<String, Map<String, Double>> c = weights.get(CERTAINTY);
        if (c == null || c.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Map<String, Double>> e : c.entrySet()) {
            double s = score(e.getValue(), features);
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return Optional.of(Certainty.of(best));
    }

    private static double score(Map<String, Double> w, List<String> features) {
        double sum = 0;
        for (String f : features) {
            sum += w.getOrDefault(f, 0.0);
        }
        return sum;
    }

    /** The model as its file: {@code comments} as {@code #} lines, then the header and the weights. */
    public String format(List<String> comments) {
        StringBuilder sb = new StringBuilder();
        comments.forEach(c -> sb.append("# ").append(c).append('\n'));
        sb.append(HEADER).append('\n');
        weights.forEach((c, labels) -> labels.forEach((label, w) -> new TreeMap<>(w).forEach((feature, weight) -> {
            String v = String.format(Locale.ROOT, "%.4f", weight);
            if (!v.matches("-?0\\.0000")) {
                sb.append(c).append('\t').append(label).append('\t').append(feature).append('\t').append(v).append('\n');
            }
        })));
        return sb.toString();
    }

    /** Reads a model file; {@code name} is what error messages call it. */
    public static ForecastModel read(Reader in, String name) throws IOException {
        Map<String, Map<String, Map<String, Double>>> weights = new TreeMap<>();
        BufferedReader r = new BufferedReader(in);
        int n = 0;
        boolean header = false;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IOException(name + ":" + n + ": not a forecast model (expected the header '"
                            + HEADER.replace('\t', ' ') + "')");
                }
                header = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IOException(name + ":" + n + ": expected 4 tab-separated cells, got " + cells.length);
            }
            double w;
            try {
                w = Double.parseDouble(cells[3]);
            } catch (NumberFormatException e) {
                throw new IOException(name + ":" + n + ": not a number: " + cells[3]);
            }
            weights.computeIfAbsent(cells[0], k -> new TreeMap<>()).computeIfAbsent(cells[1], k -> new TreeMap<>())
                    .put(cells[2], w);
        }
        try {
            return new ForecastModel(weights);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage());
        }
    }

    /**
     * Loads a model and the encoder its weights read, both named in models.txt (a file path, or else a
     * classpath resource); {@code encoderResource} null when models.txt names none. A model that reads
     * the encoder's features cannot decide without it, and an encoder no weight reads would only cost
     * time: both are errors.
     */
    public static ForecastModel load(String resource, String encoderResource) throws IOException {
        ForecastModel model = load(resource);
        if (model.needsEncoder() != (encoderResource != null)) {
            throw new IOException(model.needsEncoder()
                    ? resource + " reads the sentence encoder's features, but the models file names no encoder"
                    : resource + " reads no sentence encoder, but the models file names one (" + encoderResource + ")");
        }
        if (encoderResource == null) {
            return model;
        }
        byte[] bytes;
        try (InputStream in = open(encoderResource, "encoder weights")) {
            bytes = in.readAllBytes();
        }
        String sha256;
        try {
            sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
        // The file is read and checked now; the encoder is built from it when first needed (loadEncoder).
        // int8: about 40 % less of the encoder's time; the model learned from float probabilities, which
        // int8 moves by a median 0.0004 (src/doc/forecast-model.md, ninth session).
        EncoderWeights weights = EncoderWeights.parse(bytes, Path.of(encoderResource));
        return new ForecastModel(model.weights,
                new EncoderLoad(() -> new SentenceEncoder(weights, encoderResource, SentenceEncoder.Precision.INT8)), sha256);
    }

    /** Loads a model named in models.txt: a file path, or else a classpath resource. */
    public static ForecastModel load(String resource) throws IOException {
        try (Reader in = new InputStreamReader(open(resource, "forecast model"), StandardCharsets.UTF_8.newDecoder())) {
            return read(in, resource);
        }
    }

    /** A sentence encoder built once, when first asked for; every caller gets the same encoder, or the same error. */
    private static final class EncoderLoad {
        @FunctionalInterface
        interface Build {
            SentenceEncoder build() throws IOException;
        }

        private final Build build;
        private SentenceEncoder built;
        private IOException failed;

        EncoderLoad(Build build) {
            this.build = build;
        }

        synchronized SentenceEncoder get() throws IOException {
            if (built == null && failed == null) {
                try {
                    built = build.build();
                } catch (IOException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
            return built;
        }
    }

    /** A resource named in models.txt: a file path, or else a classpath resource; {@code what} names it. */
    private static InputStream open(String resource, String what) throws IOException {
        Path file = Path.of(resource);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream stream = ForecastModel.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException("no " + what + " at " + resource);
        }
        return stream;
    }
}
