package org.augur.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.actor.ActorType;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Dependency;
import org.augur.nlp.DocumentNouns;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;
import org.augur.nlp.WholeWords;

/**
 * The names an article gives its speakers: its actors found under a token, short noun phrases that
 * describe a source ("three EU diplomats"), role words resolved to the one person who holds them, and
 * whether a name can stand as a predictor at all. Immutable; one per article.
 */
record Names(AnnotatedDoc doc, List<Actor> actors) {
    /** Head nouns of descriptions that can make a forecast: people and organisations (source-nouns.txt). */
    private static final Set<String> SOURCE_NOUNS = Set.copyOf(org.augur.nlp.Lexicon.lines(Names.class, "source-nouns.txt"));

    /** Office words (the actor package's titles.txt): alone, a role word is not a predictor. */
    private static final Set<String> TITLES = Set.copyOf(org.augur.nlp.Lexicon.lines(org.augur.actor.Actor.class, "titles.txt"));


    private static final java.util.regex.Pattern QUALIFIED_OFFICE =
            java.util.regex.Pattern.compile("\\b(shadow|former|deputy|vice|ex|acting|assistant|under)\\b");

    /** The actor one of whose surface forms covers the token. */
    Optional<String> actorAt(Sentence s, int token) {
        Token t = s.token(token);
        String text = doc.article().text();
        String found = null;
        int longest = 0;   // the longest alias over the token: "White House", not the "House" inside it
        for (Actor a : actors) {
            for (String alias : a.aliases()) {
                if (alias.length() <= longest) {
                    continue;
                }
                // Only where the alias could start; indexOf would scan the rest of a long article.
                for (int at = Math.max(s.begin(), t.begin() - alias.length()); at <= t.begin(); at++) {
                    if (at + alias.length() >= t.end() && text.startsWith(alias, at)) {
                        found = a.name();
                        longest = alias.length();
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The actor of tokens [from, to): the one covering the last token, else a person, else any. */
    Optional<String> actorIn(Sentence s, int from, int to) {
        Optional<String> head = actorAt(s, to - 1);
        if (head.isPresent()) {
            return head;
        }
        Optional<String> any = Optional.empty();
        for (int i = to - 1; i >= from; i--) {
            Optional<String> a = actorAt(s, i);
            if (a.isPresent() && isPerson(a.get())) {
                return a;
            }
            any = any.or(() -> a);
        }
        return any;
    }

    /**
     * A short noun phrase starting at the token, determiners dropped: "a court clerk" → "court clerk".
     * An actor inside the phrase names it, the one at its head first and else a person: "NASA
     * administrator Jim Bridenstine" → Jim Bridenstine, never a name beyond the phrase.
     */
    Optional<String> nounPhraseAt(Sentence s, int start) {
        int from = afterDeterminers(s, start);
        int to = phraseEnd(s, start);
        if (to == from) {
            return from < s.tokens().size() ? actorAt(s, from) : Optional.empty();
        }
        Optional<String> named = actorIn(s, from, to);
        return named.isPresent() ? named : Optional.of(description(s, from, to));
    }

    /** The first word from {@code start} that is no determiner: "the", "his spokesman". */
    static int afterDeterminers(Sentence s, int start) {
        int from = start;
        while (from < s.tokens().size() && s.token(from).pos().matches("DT|PRP\\$")) {
            from++;
        }
        return from;
    }

    /** Where the short noun phrase of {@link #nounPhraseAt} ends (exclusive). */
    static int phraseEnd(Sentence s, int start) {
        int from = afterDeterminers(s, start);
        int to = from;
        while (to < s.tokens().size() && to - from < 6 && (s.token(to).pos().startsWith("NN")
                || s.token(to).pos().startsWith("JJ") || s.token(to).pos().equals("POS")
                || s.token(to).pos().equals("CD") || s.token(to).word().equals("-")
                || to > from && s.token(to - 1).word().equals("-"))) {   // "Seoul-based", "state-run": one modifier
            to++;
        }
        return to;
    }

    /**
     * A description as it would read inside a sentence: "Authorities said" → "authorities", a common noun
     * capitalised only because it opens the sentence; proper nouns keep their case ("Penn State researchers").
     */
    static String description(Sentence s, int from, int to) {
        String text = s.span(from, to);
        Token first = s.token(from);
        boolean opens = java.util.stream.IntStream.range(0, from)
                .noneMatch(i -> Character.isLetterOrDigit(s.token(i).word().charAt(0)));
        boolean common = opens && !first.pos().startsWith("NNP") && first.word().length() > 1
                && Character.isUpperCase(first.word().charAt(0)) && Character.isLowerCase(first.word().charAt(1));
        return common ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    static int firstOfPhrase(Sentence s, int head) {
        int first = head;
        for (Dependency d : s.children(head)) {
            if (d.dependent() < first && !d.relation().equals("case")) {
                first = d.dependent();
            }
        }
        return first;
    }

    boolean isPerson(String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name) && a.type() == ActorType.PERSON);
    }

    boolean isPlace(String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name) && a.type() == ActorType.PLACE);
    }

    boolean isOrganisation(String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name) && a.type() == ActorType.ORGANIZATION);
    }

    /** Whether {@code written} is how the text names the actor {@code name}: its name or one of its aliases. */
    boolean isAliasOf(String written, String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name) && (name.equals(written) || a.aliases().contains(written)));
    }

    /** Whether a name is one of the article's actors. */
    boolean isActor(String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name));
    }

    /**
     * Whether a predictor a rule found can stand: an actor of the article, or a description of people or
     * an organisation ("unnamed defence officials", "analysts in the capital", "Penn State researchers"),
     * never a document, an event or a role word alone ("letter", "exit", "spokesperson", "chief").
     */
    boolean acceptable(String predictor) {
        if (predictor.isBlank()) {
            return false;
        }
        if (isActor(predictor)) {
            return true;
        }
        if (predictor.contains(" and ")) {   // names joined ("Biden and Sanders"): each must stand
            String[] joined = predictor.split(", | and ");
            if (joined.length > 1 && java.util.Arrays.stream(joined).allMatch(part -> acceptable(part)
                    || actors.stream().anyMatch(a -> a.aliases().contains(part)))) {
                return true;
            }
        }
        String[] words = predictor.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        String[] cased = predictor.strip().split("\\s+");
        if (cased.length > 1 && java.util.Arrays.stream(cased).allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            return true;   // a name the tagger did not make an actor: "William S. Saturn"
        }
        if (!SOURCE_NOUNS.contains(head) && !SOURCE_NOUNS.contains(singular)) {
            return false;
        }
        return words.length > 1 || !singular.equals(head) || !TITLES.contains(head);   // "prosecutors", not "chief"
    }

    /**
     * "the president" → the article's person with that title ("US President Donald Trump"); of several,
     * the one first named latest before the sentence {@code at} ("Prime Minister Mitsotakis … Italian
     * minister Stefano Patuanelli …, but the minister said": Patuanelli), else one given the office in
     * apposition, else one named after it. "the commission" → the article's one
     * organisation whose name has that word ("Commission on Presidential Debates").
     */
    Optional<String> titled(Token head, int at) {
        if (!head.pos().startsWith("NN") || head.pos().startsWith("NNP") && !head.word().equals("President")
                || head.pos().equals("NNS")) {
            return Optional.empty();   // "the ministers" are not the one minister the article names
        }
        String office = head.key();
        // "the chancellor" is not the shadow, former or deputy chancellor.
        Actor holder = null;
        for (Actor a : actors) {
            String title = a.title().toLowerCase(Locale.ROOT);
            boolean holds = a.type() == ActorType.PERSON && (title.endsWith(office) && !QUALIFIED_OFFICE.matcher(title).find()
                    || a.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(office + " ")));
            if (holds && (holder == null || a.firstSentence() <= at
                    && (holder.firstSentence() > at || a.firstSentence() > holder.firstSentence()))) {
                holder = a;
            }
        }
        if (holder != null && holder.firstSentence() <= at) {
            return Optional.of(holder.name());
        }
        Optional<String> apposed = apposedHolder(office, at);
        if (apposed.isPresent()) {
            return apposed;
        }
        if (holder != null) {
            return Optional.of(holder.name());   // named only after the sentence: the one there is
        }
        // "the commission said" → the one organisation of the article named a Commission.
        if (!head.pos().equals("NN") || head.word().length() < 2) {
            return Optional.empty();
        }
        String word = Character.toUpperCase(head.word().charAt(0)) + head.word().substring(1);
        List<String> named = actors.stream().filter(a -> a.type() == ActorType.ORGANIZATION
                && WholeWords.contains(a.name(), word)).map(Actor::name).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The person the article gave an office in apposition, in the sentence {@code at} or the nearest one
     * before it: "Peru's energy minister, Ana Ruiz, says…" or "Ana Ruiz, Peru's energy minister, says…",
     * then "The energy minister said…". Not a qualified office ("the former minister, Ana Ruiz").
     */
    private Optional<String> apposedHolder(String office, int at) {
        List<Sentence> sentences = doc.sentences();
        for (int k = Math.min(at, sentences.size() - 1); k >= 0; k--) {
            Sentence s = sentences.get(k);
            int n = s.tokens().size();
            for (int i = 0; i + 1 < n; i++) {
                if (!s.token(i).key().equals(office) || !s.token(i).pos().startsWith("NN") || qualified(s, i)) {
                    continue;
                }
                if (i + 2 < n && s.token(i + 1).word().equals(",")) {   // "energy minister, Ana Ruiz,"
                    Optional<String> person = actorAt(s, i + 2).filter(this::isPerson);
                    if (person.isPresent()) {
                        return person;
                    }
                }
                if (s.token(i + 1).word().matches("[,.]")) {   // "Ana Ruiz, Peru's energy minister,"
                    for (int j = i - 1; j >= Math.max(0, i - 7); j--) {
                        if (s.token(j).word().equals(",")) {
                            Optional<String> person = j > 0 ? actorAt(s, j - 1).filter(this::isPerson) : Optional.empty();
                            if (person.isPresent()) {
                                return person;
                            }
                            break;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an office word is qualified by one of the two words before it: "former", "deputy", "vice". */
    private static boolean qualified(Sentence s, int office) {
        for (int i = Math.max(0, office - 2); i < office; i++) {
            if (QUALIFIED_OFFICE.matcher(s.token(i).word().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The person the article mentions most, {@code except} aside (the author, who asks the questions). */
    Optional<String> mainPerson(String except) {
        return actors.stream().filter(a -> a.type() == ActorType.PERSON && !a.name().equals(except))
                .max(java.util.Comparator.comparingInt(Actor::mentions)).map(Actor::name);
    }

    /** The one person of the article whose name ends with {@code word}: "Day" → "Doris Day". */
    Optional<String> surnameOf(String word) {
        if (word.isEmpty() || word.contains(" ") || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        List<String> people = actors.stream().filter(a -> a.type() == ActorType.PERSON && a.name().endsWith(" " + word))
                .map(Actor::name).distinct().toList();
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    static boolean isDocument(String description) {
        return DocumentNouns.contains(lastWord(description));
    }

    /** The last word of a description, lower case, singular when it names documents: "the orange warnings" → "warning". */
    static String head(String description) {
        return DocumentNouns.singular(lastWord(description));
    }

    private static String lastWord(String description) {
        String[] words = description.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }
}
