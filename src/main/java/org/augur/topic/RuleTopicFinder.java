package org.augur.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Lexicon;
import org.augur.nlp.Sentence;

/**
 * Taxonomy topics wherever their phrases occur, then up to {@link #MAX_KEYPHRASES} keyphrases: noun
 * phrases (adjectives and common nouns ending in a noun) that recur or have several words, with
 * stopwords trimmed, numbers and dates excluded, and actor names and taxonomy phrases not repeated.
 */
public final class RuleTopicFinder implements TopicFinder {
    public static final int MAX_KEYPHRASES = 8;
    private static final int MAX_PHRASE_WORDS = 4;

    private final Taxonomy taxonomy;
    private final Set<String> stopwords;

    public RuleTopicFinder(Taxonomy taxonomy, Set<String> stopwords) {
        this.taxonomy = taxonomy;
        this.stopwords = Set.copyOf(stopwords);
    }

    public static RuleTopicFinder standard(Taxonomy taxonomy) {
        return new RuleTopicFinder(taxonomy, new HashSet<>(Lexicon.lines(RuleTopicFinder.class, "stopwords.txt")));
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    private static final class Tally {
        int mentions;
        int firstSentence = -1;
        int words;

        void add(int sentence, int n) {
            mentions++;
            if (firstSentence < 0) {
                firstSentence = sentence;
            }
            words = n;
        }
    }

    @Override
    public List<Topic> find(AnnotatedDoc doc, List<Actor> actors) {
        Map<String, Tally> labels = new LinkedHashMap<>();
        Map<String, Tally> phrases = new LinkedHashMap<>();
        Set<String> excluded = new HashSet<>();
        for (Actor a : actors) {
            excluded.add(a.name().toLowerCase(Locale.ROOT));
            a.aliases().forEach(x -> excluded.add(x.toLowerCase(Locale.ROOT)));
        }
        for (Sentence s : doc.sentences()) {
            List<Taxonomy.Match> matches = taxonomy.find(s);
            List<Words.Word> words = Words.of(s).list();
            boolean[] inTaxonomy = new boolean[words.size()];
            for (Taxonomy.Match m : matches) {
                labels.computeIfAbsent(m.label(), k -> new Tally()).add(s.index(), m.to() - m.from());
                for (int i = m.from(); i < m.to(); i++) {
                    inTaxonomy[i] = true;
                }
            }
            for (String p : nounPhrases(words, inTaxonomy)) {
                if (!excluded.contains(p)) {
                    phrases.computeIfAbsent(p, k -> new Tally()).add(s.index(), p.split(" ").length);
                }
            }
        }
        int tokens = Math.max(1, doc.tokenCount());
        List<Topic> out = new ArrayList<>();
        labels.forEach((label, t) -> out.add(topic(label, Topic.Source.TAXONOMY, t, tokens)));
        out.sort(Comparator.comparingDouble(Topic::score).reversed().thenComparing(Topic::label));
        List<Topic> keyphrases = new ArrayList<>();
        phrases.forEach((p, t) -> {
            if (t.mentions >= 2 || t.words >= 2) {
                keyphrases.add(topic(p, Topic.Source.KEYPHRASE, t, tokens));
            }
        });
        keyphrases.sort(Comparator.comparingInt(Topic::mentions).reversed()
                .thenComparing(Comparator.comparingInt((Topic t) -> phrases.get(t.label()).words).reversed())
                .thenComparingInt(Topic::firstSentence).thenComparing(Topic::label));
        out.addAll(keyphrases.subList(0, Math.min(MAX_KEYPHRASES, keyphrases.size())));
        return out;
    }

    private static Topic topic(String label, Topic.Source source, Tally t, int tokens) {
        double score = Math.round(t.mentions * 1000.0 * 100 / tokens) / 100.0;
        return new Topic(label, source, score, t.mentions, t.firstSentence);
    }

    /**
     * Maximal runs of adjectives and common nouns that end in a common noun, trimmed of stopwords,
     * lemmatised; runs touching a taxonomy match are left to the taxonomy.
     */
    List<String> nounPhrases(List<Words.Word> words, boolean[] inTaxonomy) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isPhraseWord(words.get(i)) || inTaxonomy[i]) {
                i++;
                continue;
            }
            int j = i;
            boolean touchesTaxonomy = false;
            while (j < words.size() && isPhraseWord(words.get(j))) {
                touchesTaxonomy |= inTaxonomy[j];
                j++;
            }
            int from = i;
            int to = j;
            while (from < to && (stopwords.contains(words.get(from).lemma()) || !isClean(words.get(from)))) {
                from++;
            }
            while (to > from && (!words.get(to - 1).pos().startsWith("NN") || stopwords.contains(words.get(to - 1).lemma()))) {
                to--;
            }
            if (!touchesTaxonomy && to > from && to - from <= MAX_PHRASE_WORDS) {
                StringBuilder sb = new StringBuilder();
                boolean clean = true;
                for (int k = from; k < to; k++) {
                    Words.Word w = words.get(k);
                    clean &= isClean(w) && !stopwords.contains(w.lemma());
                    // Lemmatise the head only: "nuclear weapons" → "nuclear weapon", "United" stays.
                    sb.append(k > from ? " " : "").append(k == to - 1 ? w.lemma() : w.form());
                }
                if (clean && sb.length() > 2) {
                    out.add(sb.toString());
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean isPhraseWord(Words.Word w) {
        return w.pos().equals("NN") || w.pos().equals("NNS") || w.pos().equals("JJ");
    }

    /** Letters only (hyphens allowed): no numbers, dates, symbols or stray punctuation. */
    private static boolean isClean(Words.Word w) {
        String f = w.form();
        if (f.length() < 2) {
            return false;
        }
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }
}
