package org.augur.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
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
import java.util.concurrent.ConcurrentHashMap;

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
 * boxed. Everything else, from the transition system to the
 * grammatical structure, is CoreNLP's own, reached by reflection into 4.5.10's DependencyParser and
 * Classifier; the constructor fails loudly if those fields move. Checked against
 * {@code DependencyParser.predict} on every parsed sentence of the bench and gold corpora.
 */
final class NndepParser {
    /**
     * Hidden-layer slices of input features kept (about 0.85 KB each, so at most 85 MB; CoreNLP keeps
     * 5,000 in an LRU cache). On the bench and gold sentences 100,000 parsed in 13.7 s of CPU against
     * 15.0 s with 50,000. Beyond it slices are computed each time, with the same result.
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
    private final double[][] saved;
    /** Feature index → row of {@code saved}, or -1: an open-addressing copy of Classifier.preMap. */
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
            this.saved = (double[][]) Internals.field(Classifier.class, c, "saved");
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) Internals.field(Classifier.class, c, "preMap");
            int size = Integer.highestOneBit(Math.max(4, preMap.size() * 2)) * 2;
            this.preKeys = new int[size];
            this.preValues = new int[size];
            Arrays.fill(preKeys, -1);
            preMap.forEach((k, v) -> {
                int slot = slot(k);
                while (preKeys[slot] != -1) {
                    slot = (slot + 1) & (preKeys.length - 1);
                }
                preKeys[slot] = k;
                preValues[slot] = v;
            });
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot reach the dependency parser's model in this CoreNLP version", e);
        }
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
                double[] s = saved[pre];
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

    /** Classifier.matrixMultiplySlice: float products summed in double, stored as float. */
    private float[] slice(int index, int tok, int offset) {
        float[] cached = slices.get(index);
        if (cached != null) {
            return cached;
        }
        float[] embedding = e[tok];
        double[] sums = new double[hiddenSize];
        for (int k = 0; k < embedding.length; k++) {   // every unit's sum in CoreNLP's order
            float x = embedding[k];
            float[] row = w1t[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                sums[i] += row[i] * x;
            }
        }
        float[] out = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            out[i] = (float) sums[i];
        }
        if (slices.size() < MAX_SLICES) {
            slices.put(index, out);
        }
        return out;
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
