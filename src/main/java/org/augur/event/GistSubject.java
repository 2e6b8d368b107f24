package org.augur.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * The subject of a gist: "we"/"I" become the predictor, "he"/"she"/"they" the subject of the reporting
 * verb the clause hangs on ("Corbyn announced he will not…"), a relative pronoun its noun ("criminals,
 * who will…"). A part of {@link Gist}.
 */
final class GistSubject {
    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");

    private static final Set<String> RELATIVES = Set.of("which", "who", "that");

    /** A subject as the gist says it, and whether it is still a pronoun (then "will", not "to"). */
    record Subject(String text, boolean pronoun) {
    }

    static Subject subject(Sentence s, int subj, String predictor) {
        if (subj < 0) {
            return new Subject("", false);
        }
        Token t = s.token(subj);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (s.relation(subj).equals("expl") || w.equals("there")) {
            return new Subject("there", true);
        }
        if (FIRST_PERSON.contains(w) && !predictor.isBlank() && Character.isUpperCase(predictor.codePointAt(0))
                && !predictor.equalsIgnoreCase("AUTHOR")) {
            return new Subject(predictor, false);
        }
        if (THIRD_PERSON.contains(w)) {
            Optional<String> speaker = reportingSubject(s, subj, predictor);
            if (speaker.isPresent()) {
                return new Subject(speaker.get(), false);
            }
        }
        if (RELATIVES.contains(w) && (t.pos().startsWith("W") || s.relation(s.head(subj)).equals("acl:relcl"))) {
            // "mission, which NASA said might take place": up through the reporting clause to the noun.
            // "a conversation that has just started, but that will shape…": through a conjoined relative too.
            int clause = s.head(subj);
            for (int steps = 0; clause >= 0 && steps < 2 && !s.relation(clause).equals("acl:relcl"); steps++) {
                clause = s.relation(clause).equals("ccomp") || s.relation(clause).equals("conj") ? s.head(clause) : -1;
            }
            if (clause >= 0 && s.relation(clause).equals("acl:relcl") && s.head(clause) >= 0) {
                return new Subject(nounPhrase(s, s.head(clause)), false);
            }
            return new Subject("", false);   // a relative whose noun the parse does not show is left out
        }
        if (t.pos().startsWith("PRP") || t.pos().startsWith("W") || t.pos().equals("DT") && s.children(subj).isEmpty()) {
            return new Subject(t.word(), true);
        }
        return new Subject(nounPhrase(s, subj), false);
    }

    /** "Corbyn announced he will…": the named subject of the verb the pronoun's clause reports. */
    private static Optional<String> reportingSubject(Sentence s, int pronoun, String predictor) {
        int clause = s.head(pronoun);
        for (int up = clause, steps = 0; up >= 0 && steps < 3; steps++) {
            String rel = s.relation(up);
            if (!(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("conj"))) {
                return Optional.empty();
            }
            up = s.head(up);
            if (up < 0) {
                return Optional.empty();
            }
            int speaker = EventClause.child(s, up, "nsubj");
            if (speaker < 0 || speaker == pronoun) {
                continue;
            }
            // "The Labour Party's leader, Jeremy Corbyn announced he will…": the predictor, named there.
            String lastName = predictor.contains(" ") ? predictor.substring(predictor.lastIndexOf(' ') + 1) : predictor;
            boolean named = !lastName.isBlank() && EventClause.subtree(s, speaker).stream()
                    .anyMatch(i -> s.token(i).word().equals(lastName));
            // "He will travel to Beijing, the Kremlin said": "he" is no organisation or place, whoever speaks.
            String word = s.token(pronoun).word().toLowerCase(Locale.ROOT);
            String ner = s.token(speaker).ner();
            boolean thing = ner.equals("ORGANIZATION") || ner.equals("LOCATION");
            if (named && !word.equals("it") && !((word.equals("he") || word.equals("she")) && thing)) {
                return Optional.of(predictor);
            }
            if (s.token(speaker).pos().startsWith("NNP")
                    && agrees(s.token(pronoun).word().toLowerCase(Locale.ROOT), s.token(speaker).ner())) {
                return Optional.of(nounPhrase(s, speaker));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a pronoun can stand for a speaker of this entity type: "he"/"she" a person, "it" an
     * organisation or place ("Russia said it will…", never "Erdogan said it will…"), "they" either but a person.
     */
    private static boolean agrees(String pronoun, String ner) {
        return switch (pronoun) {
            case "he", "she" -> ner.equals("PERSON");
            case "it" -> ner.equals("ORGANIZATION") || ner.equals("LOCATION");
            default -> !ner.equals("PERSON");
        };
    }

    /** A subject's words: its core and what fits of the rest, without a leading article. */
    private static String nounPhrase(Sentence s, int head) {
        List<Integer> words = GistPhrases.phrase(s, head, 6);
        if (words.isEmpty()) {
            words = List.of(head);
        }
        while (words.size() > 1 && (Gist.ARTICLES.contains(s.token(words.get(0)).word().toLowerCase(Locale.ROOT))
                || s.relation(words.get(0)).equals("case"))) {
            words = words.subList(1, words.size());
        }
        return GistPhrases.text(s, words);
    }

    /**
     * The subject of the event: its head's own, else that of the words it complements ("X is expected to
     * reopen", "X plans to leave", "X will meet and sign").
     */
    static int subjectOf(Sentence s, int head) {
        for (int at = head, steps = 0; at >= 0 && steps < 4; at = s.head(at), steps++) {
            // "reported Avenatti is to be sentenced" parsed as object control: the object is the subject.
            int controller = steps > 0 && s.relation(head).equals("xcomp") ? EventClause.child(s, at, "obj") : -1;
            if (controller >= 0 && s.token(controller).pos().startsWith("NNP")) {
                return controller;
            }
            int subj = EventClause.child(s, at, "nsubj");
            if (subj < 0) {
                subj = EventClause.child(s, at, "nsubj:pass");
            }
            if (subj < 0) {
                subj = EventClause.child(s, at, "expl");
            }
            if (subj >= 0) {
                return subj;
            }
            String rel = s.relation(at);
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("ccomp") && steps == 0 && at != head)) {
                return -1;
            }
        }
        return -1;
    }

    /** A relative pronoun on a clause the event's clause hangs from (by "dep" or "ccomp"), or -1. */
    static int relativeAbove(Sentence s, int head) {
        for (int at = head, steps = 0; steps < 2 && s.relation(at).matches("dep|ccomp"); steps++) {
            at = s.head(at);
            for (Dependency d : s.children(at)) {
                Token t = s.token(d.dependent());
                if (t.pos().startsWith("W") && RELATIVES.contains(t.word().toLowerCase(Locale.ROOT))) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /** A noun with its left modifiers only: "no support". */
    static String leftCore(Sentence s, int noun) {
        TreeSet<Integer> words = new TreeSet<>();
        words.add(noun);
        for (Dependency d : s.children(noun)) {
            if (d.dependent() < noun && Set.of("det", "amod", "compound", "nummod").contains(d.relation())) {
                words.addAll(EventClause.subtree(s, d.dependent()));
            }
        }
        List<Integer> list = new ArrayList<>(words);
        if (list.get(list.size() - 1) != noun || list.get(0) < noun - 4) {
            return s.token(noun).word();
        }
        if (list.size() > 1 && Gist.ARTICLES.contains(s.token(list.get(0)).word().toLowerCase(Locale.ROOT))) {
            list = list.subList(1, list.size());
        }
        return GistPhrases.text(s, list);
    }

    private GistSubject() {
    }
}
