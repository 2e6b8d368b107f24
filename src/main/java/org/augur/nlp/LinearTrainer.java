package org.augur.nlp;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.stats.Counter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a multinomial logistic regression (CoreNLP's {@code LinearClassifier}, L2 prior, quasi-Newton)
 * on Augur's own examples and hands back its weights as plain numbers, so that the model is data (a
 * file) and extraction does not depend on CoreNLP's serialised classes. Same examples in the same order
 * give the same weights.
 */
public final class LinearTrainer {

    /** One training example: its label and the features present. */
    public record Example(String label, List<String> features) {
        public Example {
            features = List.copyOf(features);
        }
    }

    private LinearTrainer() {
    }

    /**
     * The weights, label → feature → weight, both sorted. With fewer than two labels among the
     * examples there is nothing to learn and the result is empty.
     */
    public static Map<String, Map<String, Double>> train(List<Example> examples, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) {
            data.add(new BasicDatum<>(e.features(), e.label()));
        }
        Map<String, Map<String, Double>> out = new TreeMap<>();
        if (data.numClasses() < 2) {
            return out;
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(() -> {
            QNMinimizer qn = new QNMinimizer(15);
            qn.shutUp();
            return qn;
        });
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        for (Map.Entry<String, Counter<String>> e : classifier.weightsAsMapOfCounters().entrySet()) {
            Map<String, Double> weights = new TreeMap<>();
            for (Map.Entry<String, Double> w : e.getValue().entrySet()) {
                weights.put(w.getKey(), w.getValue());
            }
            out.put(e.getKey(), weights);
        }
        return out;
    }
}
