package org.augur.cue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.augur.nlp.Lexicon;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * The cue lexicon (cues.tsv): phrases of lemmas with a kind and an optional part-of-speech prefix the
 * first word must carry ("will" as a modal, not the noun). Matching needs only tokens, lemmas and tags,
 * so it runs on every sentence before the parser is asked for anything.
 */
public final class CueLexicon {
    private record Entry(String[] keys, Cue.Kind kind, String pos) {
    }

    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();

    public CueLexicon(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException("cue row needs phrase<TAB>kind: " + String.join(" ", row));
            }
            String[] keys = row[0].toLowerCase(Locale.ROOT).split("\\s+");
            Entry e = new Entry(keys, Cue.Kind.valueOf(row[1]), row.length > 2 ? row[2] : "");
            byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(e);
        }
    }

    public static CueLexicon standard() {
        return new CueLexicon(Lexicon.rows(Lexicon.lines(CueLexicon.class, "cues.tsv")));
    }

    /**
     * Every cue in the sentence. A phrase cue ending in "to" counts only before a base-form verb or a
     * gerund ("is set to meet", "remains committed to strengthening", not "is set to 50%"); where a
     * pseudo-cue covers a negation, the negation is dropped.
     */
    public List<Cue> find(Sentence s) {
        List<Cue> out = new ArrayList<>();
        List<Cue> spread = new ArrayList<>();   // phrases with a negation inside ("are not going to")
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            for (String key : keysOf(t.get(i))) {
                for (Entry e : byFirstKey.getOrDefault(key, List.of())) {
                    int end = end(e, t, i);
                    if (end > i) {
                        Cue c = new Cue(e.kind(), i, end, s.span(i, end));
                        out.add(c);
                        if (end - i > e.keys().length) {
                            spread.add(c);
                        }
                    }
                }
            }
        }
        List<Cue> pseudo = out.stream().filter(c -> c.kind() == Cue.Kind.PSEUDO).toList();
        out.removeIf(c -> c.kind() != Cue.Kind.PSEUDO && pseudo.stream().anyMatch(p -> p.covers(c.from()))
                && (c.kind() == Cue.Kind.NEGATION || c.kind().triggers()));
        // A phrase with a negation inside counts only where no other trigger stands in it: "is not expected
        // to" is read by its "expected", "are not going to" has nothing else.
        out.removeIf(c -> spread.contains(c) && out.stream().anyMatch(o -> o != c && o.kind().triggers()
                && c.from() <= o.from() && o.to() <= c.to()));
        // A longer phrase of the same kind hides the shorter ones inside it ("be expected to" vs "expect").
        List<Cue> kept = new ArrayList<>();
        for (Cue c : out) {
            boolean inside = out.stream().anyMatch(o -> o != c && o.kind().triggers() && c.kind().triggers()
                    && o.from() <= c.from() && o.to() >= c.to() && (o.to() - o.from()) > (c.to() - c.from()));
            if (!inside) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<String> keysOf(Token t) {
        String form = t.word().toLowerCase(Locale.ROOT).replace('’', '\'');
        return form.equals(t.key()) ? List.of(form) : List.of(t.key(), form);
    }

    /** The negations that may stand between a copula and the rest of its phrase ("are not going to"). */
    public static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** The verbs of state that start phrase cues ("be going to", "remain committed to", "stand ready to"). */
    public static final Set<String> COPULAS = Set.of("be", "remain", "stay", "stand");

    /**
     * Where the cue that starts at token {@code i} ends, or -1 if it does not match there. A phrase that
     * starts with "be" (or "remain", "stay", "stand") may have a negation after it ("are not going to");
     * the cue then spans it, so the negation is in its scope.
     */
    private static int end(Entry e, List<Token> t, int i) {
        if (!e.pos().isEmpty() && !t.get(i).pos().startsWith(e.pos())) {
            return -1;
        }
        int at = i;
        for (int k = 0; k < e.keys().length; k++) {
            if (k == 1 && COPULAS.contains(e.keys()[0])) {
                int skipped = 0;
                while (skipped < 2 && at < t.size() && t.get(at).pos().startsWith("RB")
                        && NEGATIONS.contains(t.get(at).word().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                    at++;
                    skipped++;
                }
            }
            if (at >= t.size()) {
                return -1;
            }
            Token tok = t.get(at);
            String key = e.keys()[k];
            if (!key.equals(tok.key()) && !key.equals(tok.word().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return -1;
            }
            at++;
        }
        if (e.keys().length > 1 && e.keys()[e.keys().length - 1].equals("to")) {
            return at < t.size() && (t.get(at).pos().equals("VB") || t.get(at).pos().equals("VBG")) ? at : -1;
        }
        return at;
    }
}
