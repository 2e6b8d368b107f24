package org.augur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser (nndep) with the same model, transition loop and arithmetic, but
 * scored faster: {@link DependencyParser#predict(CoreMap)} spends 60% of its time on the output layer,
 * one long chain of dependent additions per label, and its cache of hidden-layer slices is guarded by a
 * lock shared by all threads.
 *
 * <p>Here the weight matrices are transposed so that the output layer and the slices are computed for
 * all units at once, one input after the other: each unit's sum still runs in the very same order as
 * CoreNLP's (so every score is bit-identical and so is every parse), but the loops over units have no
 * dependency and vectorise. The slice cache is lock-free and larger, the precomputed-feature map is not
 * boxed, and the precomputed rows are computed when first needed instead of at load. Everything else,
 * from the transition system to the grammatical structure, is CoreNLP's own, reached by reflection into
 * 4.5.10's DependencyParser and Classifier; the constructor fails loudly if those fields move. Checked
 * against {@code DependencyParser.predict} on every parsed sentence of the bench and gold corpora.
 */
final class NndepParser {
    /**
     * Hidden-layer slices of input features kept (4 KB each for the 1,000 hidden units, so at most
     * 400 MB; CoreNLP keeps 5,000 in an LRU cache). The 196 bench speeches fill 51,398. On the bench
     * and gold sentences 100,000 parsed in 13.7 s of CPU against 15.0 s with 50,000. Beyond it slices
     * are computed each time, with the same result.
     */
    private static final int MAX_SLICES = 100_000;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    private final MethodHandle featureArray;
    private final MethodHandle makeRelation;
    private final MethodHandle makeStructure;
    private final int numTokens;
    private final int embeddingSize;
    private final int hiddenSize;
    /** W1 transposed: input dimension (feature position × embedding) → hidden unit. */
    private final float[][] w1t;
    private final float[][] e;
    private final float[] b1;
    /** W2 transposed: hidden unit → transition. */
    private final double[][] w2t;
    /**
     * CoreNLP's precomputed hidden-layer sums of its most frequent input features, each computed here
     * on first use rather than all at load (0.8 s of CPU and 160 MB for 20,000 rows, of which the
     * bench corpus needs 11,288): the same sums in the same order as Classifier.preCompute.
     */
    private final AtomicReferenceArray<double[]> saved;
    /** Feature index → row of {@code saved}, or -1: Classifier.preMap as an open-addressing table. */
    private final int[] preKeys;
    private final int[] preValues;
    private final Map<Integer, float[]> slices = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    NndepParser(DependencyParser parser) {
        this.parser = parser;
        try {
            ParsingSystem ps = (ParsingSystem) Internals.field(DependencyParser.class, parser, "system");
            this.system = (ArcStandard) ps;
            this.transitions = List.copyOf((List<String>) Internals.field(ParsingSystem.class, ps, "transitions"));
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            this.featureArray = lookup.unreflect(method("getFeatureArray", Configuration.class));
            this.makeRelation = lookup.unreflect(method("makeGrammaticalRelation", String.class));
            this.makeStructure = lookup.unreflect(method("makeGrammaticalStructure", List.class, TreeGraphNode.class));
            Classifier c = (Classifier) Internals.field(DependencyParser.class, parser, "classifier");
            Object config = Internals.field(DependencyParser.class, parser, "config");
            this.numTokens = config.getClass().getField("numTokens").getInt(null);
            this.embeddingSize = config.getClass().getField("embeddingSize").getInt(config);
            this.hiddenSize = config.getClass().getField("hiddenSize").getInt(config);
            float[][] w1 = c.getW1();
            this.w1t = new float[w1[0].length][hiddenSize];
            for (int i = 0; i < hiddenSize; i++) {
                for (int k = 0; k < w1[i].length; k++) {
                    w1t[k][i] = w1[i][k];
                }
            }
            this.e = c.getE();
            this.b1 = c.getb1();
            float[][] w2 = c.getW2();
            this.w2t = new double[hiddenSize][w2.length];
            for (int i = 0; i < w2.length; i++) {
                for (int k = 0; k < hiddenSize; k++) {
                    w2t[k][i] = w2[i][k];
                }
            }
            // The features CoreNLP precomputes with its default settings: the first numPreComputed of
            // the model's list, whatever the parser at hand was loaded with (CoreNlpAnnotator loads it
            // with none, so that the rows are computed here when first needed).
            List<Integer> listed = (List<Integer>) Internals.field(DependencyParser.class, parser, "preComputed");
            int count = Math.min(listed.size(), new Config(new Properties()).numPreComputed);
            this.saved = new AtomicReferenceArray<>(count);
            int size = Integer.highestOneBit(Math.max(4, count * 2)) * 2;
            this.preKeys = new int[size];
            this.preValues = new int[size];
            Arrays.fill(preKeys, -1);
            for (int row = 0; row < count; row++) {
                int k = listed.get(row);
                int slot = slot(k);
                while (preKeys[slot] != -1 && preKeys[slot] != k) {
                    slot = (slot + 1) & (preKeys.length - 1);
                }
                if (preKeys[slot] == k) {
                    continue;   // listed twice: one row is enough, the sums are the same
                }
                preKeys[slot] = k;
                preValues[slot] = row;
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot reach the dependency parser's model in this CoreNLP version", e);
        }
    }

    /**
     * The parser of a model file, loaded without CoreNLP's precomputation: the rows are computed here
     * when first needed.
     */
    static NndepParser load(String model) {
        Properties p = new Properties();
        p.setProperty("numPreComputed", "0");
        return new NndepParser(DependencyParser.loadFromModelFile(model, p));
    }

    /** The same grammatical structure as {@link DependencyParser#predict(CoreMap)}. */
    GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        while (!system.isTerminal(c)) {
            String only = onlyApplicable(c);
            if (only != null) {   // CoreNLP would score every transition and pick this one
                system.apply(c, only);
                continue;
            }
            double[] scores = scores(features(c));
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int j = 0; j < scores.length; j++) {
                if (scores[j] > best) {
                    String t = transitions.get(j);
                    if (system.canApply(c, t)) {
                        best = scores[j];
                        chosen = t;
                    }
                }
            }
            system.apply(c, chosen);
        }
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> deps = new ArrayList<>();
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= c.getSentenceSize(); i++) {
            int head = c.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
            deps.add(new TypedDependency(relation, governor, word));
        }
        try {
            return (GrammaticalStructure) makeStructure.invoke(parser, deps, new TreeGraphNode(root));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * The one transition that can apply, or null if several can. With one word or none on the stack
     * the parser can only shift, and with the buffer empty and one word on the stack it can only attach
     * that word to the root: a tenth of the transitions on UN speeches (25,074 of 242,480), each
     * scored for nothing.
     */
    private String onlyApplicable(Configuration c) {
        String only = null;
        for (String t : transitions) {
            if (system.canApply(c, t)) {
                if (only != null) {
                    return null;
                }
                only = t;
            }
        }
        return only;
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invoke(parser, c);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private GrammaticalRelation relation(String label) {
        try {
            return (GrammaticalRelation) makeRelation.invoke(parser, label);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Classifier.computeScores as CoreNLP runs it with its slice cache on (its default): the same
     * operations on the same values in the same order for every score.
     */
    private double[] scores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int pre = precomputed(index);
            if (pre >= 0) {
                double[] s = precomputedRow(pre, tok, offset);
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += s[i];
                }
            } else {
                float[] slice = slice(index, tok, offset);
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += slice[i];
                }
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hiddenSize; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        // All labels at once, one hidden unit after the other: each label's sum runs in CoreNLP's
        // order (unit 0, 1, …), but the labels are independent, so the loop over them vectorises.
        double[] scores = new double[w2t[0].length];
        for (int k = 0; k < hiddenSize; k++) {
            double h = hidden[k];
            double[] row = w2t[k];
            for (int i = 0; i < row.length; i++) {
                scores[i] += h * row[i];
            }
        }
        return scores;
    }

    /** Classifier.matrixMultiplySliceSum as preCompute calls it: the float products summed in double. */
    private double[] precomputedRow(int row, int tok, int offset) {
        double[] sums = saved.get(row);
        if (sums == null) {
            sums = sums(tok, offset);
            saved.set(row, sums);   // two threads may both compute a row: the same sums
        }
        return sums;
    }

    /** Classifier.matrixMultiplySlice: the same sums as a precomputed row, stored as float. */
    private float[] slice(int index, int tok, int offset) {
        float[] cached = slices.get(index);
        if (cached != null) {
            return cached;
        }
        double[] sums = sums(tok, offset);
        float[] out = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            out[i] = (float) sums[i];
        }
        if (slices.size() < MAX_SLICES) {
            slices.put(index, out);
        }
        return out;
    }

    /** Every hidden unit's input from one feature: W1's slice times the feature's embedding. */
    private double[] sums(int tok, int offset) {
        float[] embedding = e[tok];
        double[] sums = new double[hiddenSize];
        for (int k = 0; k < embedding.length; k++) {   // every unit's sum in CoreNLP's order
            float x = embedding[k];
            float[] row = w1t[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                sums[i] += row[i] * x;
            }
        }
        return sums;
    }

    private int precomputed(int key) {
        for (int slot = slot(key); ; slot = (slot + 1) & (preKeys.length - 1)) {
            int k = preKeys[slot];
            if (k == key) {
                return preValues[slot];
            }
            if (k == -1) {
                return -1;
            }
        }
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 7) & (preKeys.length - 1);
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }
}
