package org.augur.forecast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.actor.ActorType;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;
import org.augur.nlp.WholeWords;
import org.augur.nlp.Syntax;
import org.augur.cue.Verbs;
import org.augur.cue.Cue;

/**
 * Who speaks in each sentence: reporting verbs, "according to", open quotations, the lede. The reporting
 * verbs come from the sentence's cues as {@link RuleForecastFinder#find} already found them, so that the
 * lexicon runs once per sentence, not once more here.
 */
final class Speakers {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "this", "that", "one",
            "anyone", "someone", "everyone", "everybody", "nobody", "somebody", "those", "who", "which", "you");
    /** Head nouns of descriptions that can make a forecast: people and organisations (source-nouns.txt). */
    private static final Set<String> SOURCE_NOUNS = Set.copyOf(org.augur.nlp.Lexicon.lines(Speakers.class, "source-nouns.txt"));
    /** Office words (the actor package's titles.txt): alone, a role word is not a predictor. */
    private static final Set<String> TITLES = Set.copyOf(org.augur.nlp.Lexicon.lines(org.augur.actor.Actor.class, "titles.txt"));
    /** Head nouns of texts that carry someone's words (document-nouns.txt): "the statement said", "read the warning". */
    private static final Set<String> DOCUMENT_NOUNS = Set.copyOf(org.augur.nlp.Lexicon.lines(Speakers.class, "document-nouns.txt"));
    /** A sentence's text that opens a new paragraph, after the closing mark of the last one's quotation. */
    private static final java.util.regex.Pattern PARAGRAPH_INSIDE = java.util.regex.Pattern.compile("[\"”]?[ \\t\u00a0]*\\n");

    private final AnnotatedDoc doc;
    private final List<Actor> actors;
    private final List<List<Cue>> cuesOf;   // each sentence's cues, by sentence index
    private String quoteSpeaker;
    private boolean inQuote;
    private String lastPerson;
    private String lastSpeaker;
    private int paragraph = -1;       // the paragraph of the sentence last read
    private String turnSpeaker;       // who speaks the paragraph, when a tag opens it (an interview)
    private int lastSpeakerParagraph = -1;
    private int lastSpeakerAt = -1;   // the sentence that named lastSpeaker
    // Who makes the forecasts, where it differs from the speaker the model's feature reads (see voice()).
    private int sourceParagraph = -1; // the paragraph where lastSpeaker spoke in person or by a document, not cited
    private Optional<String> voice = Optional.empty();     // who speaks the sentence last read, as its predictor
    private Optional<String> ownVoice = Optional.empty();  // its speaker by a surname, a turn, an apposition
    private boolean lent;             // its speaker stands in for a subject that is neither source nor document
    private boolean attributed;       // its speaker is its own (attribution, turn), not a quotation's
    private String quoteVoice;        // who speaks the open quotation, as its predictor
    private final java.util.Map<String, String> issuers = new java.util.HashMap<>();   // a document's head → who issued it
    private String lastIssuer;        // who issued the document last named,
    private int lastIssuerAt = -100;  // in this sentence
    private int previousEnd = -1;

    Speakers(AnnotatedDoc doc, List<Actor> actors, List<List<Cue>> cuesOf) {
        this.doc = doc;
        this.actors = actors;
        this.cuesOf = cuesOf;
    }

    /** "…, says Ivan Timofeev" in one of the first three sentences of a commentary. */
    Optional<String> ledeSpeaker() {
        for (Sentence s : doc.sentences().subList(0, Math.min(3, doc.sentences().size()))) {
            List<Token> t = s.tokens();
            for (int i = 1; i + 1 < t.size(); i++) {
                if (t.get(i).word().equals("says") && t.get(i - 1).word().equals(",")) {
                    Optional<String> who = actorAt(s, i + 1);
                    if (who.isPresent()) {
                        return who;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker of a sentence, in document order (call for every sentence, in order): what the speaker
     * feature of the forecast model reads. Who makes its forecasts is {@link #voice}.
     */
    Optional<String> speakerOf(Sentence s) {
        boolean startsInQuote = inQuote;
        rememberIssuers(s);
        Optional<String> speaker = follow(s);
        voice = voiceOf(s, speaker, startsInQuote);
        quoteVoice = inQuote ? voice.orElse(null) : null;
        return speaker;
    }

    /** Who makes the forecasts of a sentence {@link #follow} just read and gave {@code speaker}. */
    private Optional<String> voiceOf(Sentence s, Optional<String> speaker, boolean startsInQuote) {
        // A sentence that opens with the mark closing the last paragraph's quotation ("   Ricardo Llerandi
        // also announced…", as the sentence splitter leaves it) is not part of that quotation, and stands
        // in a paragraph of its own, whatever the speaker feature reads.
        String opening = s.text().strip();
        boolean closedAtOnce = startsInQuote && (opening.startsWith("\"") || opening.startsWith("”"));
        if (PARAGRAPH_INSIDE.matcher(s.text()).lookingAt() && !attributed) {
            sourceParagraph = -1;
        }
        Optional<String> heard;
        if (startsInQuote && quoteVoice != null && quotedThrough(s)) {
            // "[...] For as long as the government doesn't respond, there will…"": a reporting verb
            // inside the quotation is the quoted speaker's word.
            heard = Optional.of(fuller(quoteVoice, speaker));
        } else if (ownVoice.isPresent() || attributed) {
            heard = ownVoice.or(() -> lent ? Optional.empty() : speaker);
        } else if (closedAtOnce) {
            heard = Optional.empty();
        } else if (startsInQuote && quoteVoice != null) {
            heard = Optional.of(fuller(quoteVoice, speaker));
        } else {
            heard = speaker;
        }
        // "Former CIA deputy director Michael Morell praised Mendez on Twitter: "…": who opens a
        // quotation speaks it, where no parse or reporting verb says so.
        return heard.isPresent() || !inQuote ? heard : introducer(s, startsInQuote);
    }

    /**
     * The speaker instead of the voice where the speaker is the same person named in full: "Trump" (an
     * actor of its own where the article has several Trumps) and "Donald Trump" who was last named.
     */
    private static String fuller(String voice, Optional<String> speaker) {
        return speaker.filter(p -> p.endsWith(" " + voice)).orElse(voice);
    }

    /** Whether a sentence that starts inside a quotation has no mark before its last word: all quoted. */
    private static boolean quotedThrough(Sentence s) {
        String text = s.text().strip();
        int end = text.length();
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        String words = text.substring(0, end);
        return words.indexOf('"') < 0 && words.indexOf('”') < 0 && words.indexOf('“') < 0;
    }

    /**
     * The actor, no place, that heads the first name outside quotation marks before the quotation the
     * sentence leaves open: "Wayne A. I. Frederick, president of Howard University, wrote "It is…" →
     * Wayne A. I. Frederick; "Former CIA deputy director Michael Morell praised…: "…" → Michael Morell,
     * not the CIA that only describes him.
     */
    private Optional<String> introducer(Sentence s, boolean startsInQuote) {
        String text = s.text();
        boolean[] quoted = new boolean[text.length() + 1];
        boolean open = startsInQuote;
        int to = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean was = open;
            open = openAfter(text.charAt(i), open);
            quoted[i] = was || open;
            if (!was && open) {
                to = i;
            }
        }
        for (Token t : s.tokens()) {
            int at = t.begin() - s.begin();
            if (at >= to || quoted[at]) {
                continue;
            }
            Optional<String> actor = actorAt(s, t.index()).filter(a -> !isPlace(a));
            int next = t.index() + 1;
            while (actor.isPresent() && next < s.tokens().size() && actorAt(s, next).equals(actor)) {
                next++;
            }
            boolean modifier = next < s.tokens().size() && s.token(next).pos().startsWith("NN");
            if (actor.isPresent() && !modifier) {
                return actor;
            }
        }
        return Optional.empty();
    }

    private Optional<String> follow(Sentence s) {
        boolean startsInQuote = inQuote;
        if (previousEnd < 0 || paragraphBreak(previousEnd, s.begin())) {
            paragraph++;
            turnSpeaker = turnOf(s);
        }
        previousEnd = s.end();
        Optional<String> own = attribution(s).or(() -> Optional.ofNullable(turnSpeaker));
        lent = false;
        attributed = false;
        // "Ricardo Llerandi, Rosselló's chief of staff, also announced…", unparsed: the name before the
        // apposition; the speaker feature was trained without it.
        ownVoice = own.isEmpty() ? appositionSubject(s).or(() -> documentPronoun(s)) : Optional.empty();
        if (own.isPresent() && !acceptable(own.get())) {
            // A surname the actors hold only inside a full name ("Day said", of "Doris Day") names that
            // person as the predictor, and in an interview the turn's speaker does ("MS The results
            // suggest…"); the model was trained without them, so the speaker feature stays as below.
            String subject = own.get();
            ownVoice = surnameOf(subject).or(() -> Optional.ofNullable(turnSpeaker)).or(() -> issuerOf(subject))
                    .or(() -> documentPronoun(s));
            // "The statement also said…", "…, read the warning": a document speaks for whoever spoke last.
            // A subject that is no document either ("production sites are to be kept, with sales expected
            // to…") keeps that speaker as a sign of speech, as the model was trained, but names no predictor.
            lent = ownVoice.isEmpty() && lastSpeaker != null && !isDocument(own.get());
            own = Optional.ofNullable(lastSpeaker);
        }
        updateQuoteState(s, own.orElse(null));
        rememberPeople(s);
        if (own.isPresent()) {
            lastSpeaker = own.get();
            lastSpeakerParagraph = paragraph;
            lastSpeakerAt = s.index();
            sourceParagraph = lent || cites(s, own.get()) ? sourceParagraph : paragraph;
            attributed = true;
            return own;
        }
        if (startsInQuote && quoteSpeaker != null) {
            return Optional.of(quoteSpeaker);
        }
        if (inQuote && (startsInQuote || opensQuotation(s))) {
            // A quotation whose attribution comes where it closes: ""Prices will rise. They will not
            // fall," said the official."
            Optional<String> closing = closingSpeaker(s);
            if (closing.isPresent()) {
                quoteSpeaker = closing.get();
                return closing;
            }
        }
        // "We will get through this": first person with no attribution speaks for the speaker last named
        // when it stands in a quotation, or follows the naming closely, in the same paragraph. Elsewhere
        // it is the author's own voice, as all through a speech or a commentary ("Brazil has responded
        // with dialogue. […] We will overcome intolerance.").
        if (!firstPerson(s) || lastSpeaker == null) {
            return Optional.empty();
        }
        boolean near = s.index() - lastSpeakerAt <= FIRST_PERSON_REACH && lastSpeakerParagraph == paragraph;
        return startsInQuote || near ? Optional.of(lastSpeaker) : Optional.empty();
    }

    /** How many sentences after its speaker is named an unattributed "I"/"we" is still that speaker's. */
    static final int FIRST_PERSON_REACH = 2;

    /**
     * Whether the sentence only cites its speaker, "according to" the source itself: "According to the
     * BBC, it is commonplace…", "According to organizers, …". A paragraph's narration after such a
     * sentence is the author's ("Parliament is to remain out-of-session…"), unlike what follows "X said"
     * or "According to PG&E's schedule" (the source's own document).
     */
    private boolean cites(Sentence s, String speaker) {
        int according = accordingTo(s);
        if (according < 0 || !nounPhraseAt(s, according + 2).equals(Optional.of(speaker))) {
            return false;
        }
        int head = phraseEnd(s, according + 2) - 1;
        return !isActor(speaker) || actorAt(s, head).equals(Optional.of(speaker));
    }

    /**
     * Whether a speaker was named before the sentence last passed to {@link #speakerOf}: with first
     * person, a sign of speech whether or not it can be given to that speaker.
     */
    boolean named() {
        return lastSpeaker != null;
    }

    /**
     * The last speaker, when named in the paragraph of the sentence last read: a source named in a
     * paragraph ("PG&E stated it scheduled the blackouts") speaks for the paragraph's unattributed
     * forecasts ("Nearly 800 thousand customers were scheduled to be affected").
     */
    Optional<String> paragraphSpeaker() {
        return sourceParagraph == paragraph ? Optional.ofNullable(lastSpeaker) : Optional.empty();
    }

    /**
     * Who speaks the sentence last passed to {@link #speakerOf}, as its predictor: the speaker returned,
     * except where rules the forecast model was not trained with read otherwise (a subject that is
     * neither a source nor a document lends no one; a surname, an interview turn, an apposition, the
     * introducer of a quotation name someone; a closing mark left on a new paragraph ends a quotation).
     * Rules that changed the speaker feature itself cost cross-validated F1, so the two are kept apart.
     */
    Optional<String> voice() {
        return voice;
    }

    /**
     * Without a parse, the actor named just before an apposition that a reporting verb follows: "Wayne
     * A. I. Frederick, president of Howard University, wrote" → Wayne A. I. Frederick.
     */
    private Optional<String> appositionSubject(Sentence s) {
        if (s.parsed()) {
            return Optional.empty();
        }
        for (Cue c : cuesOf.get(s.index())) {
            if (!c.reports(s)) {
                continue;
            }
            int i = c.from() - 1;
            while (i >= 0 && s.token(i).pos().equals("RB")) {
                i--;
            }
            if (i < 0 || !s.token(i).word().equals(",")) {
                continue;
            }
            int comma = i - 1;
            while (comma > 0 && comma > i - 10 && !s.token(comma).word().equals(",")) {
                comma--;
            }
            if (comma > 0 && s.token(comma).word().equals(",")) {
                Optional<String> actor = actorAt(s, comma - 1).filter(a -> !isPlace(a));
                if (actor.isPresent()) {
                    return actor;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Remembers who issues a document the sentence names: "The Georgian Tennis Federation (GFT) released a
     * statement…", "The orange warning issued by Met Éireann applied to…". The document's words are the
     * issuer's where it speaks ("…, read the warning"; "It read, …").
     */
    private void rememberIssuers(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (!ISSUING_VERBS.contains(t.get(i).key()) || !t.get(i).pos().startsWith("VB")) {
                continue;
            }
            int d = i + 1;
            while (d < t.size() && t.get(d).pos().matches("DT|PRP\\$|JJ.*|VBG|VBN")) {
                d++;
            }
            if (d < t.size() && isDocument(t.get(d).word())) {
                String document = t.get(d).word();
                issuerBefore(s, i).ifPresent(who -> remember(s, document, who));
            } else if (isDocument(t.get(i - 1).word()) && i + 2 < t.size() && t.get(i + 1).key().equals("by")) {
                int by = i + 2;
                while (by < t.size() && t.get(by).pos().equals("DT")) {
                    by++;
                }
                int document = i - 1;
                if (by < t.size()) {
                    actorAt(s, by).filter(a -> !isPlace(a)).ifPresent(who -> remember(s, t.get(document).word(), who));
                }
            }
        }
    }

    private static final Set<String> ISSUING_VERBS = Set.of("issue", "release", "publish", "post");

    private void remember(Sentence s, String document, String issuer) {
        issuers.put(head(document), issuer);
        lastIssuer = issuer;
        lastIssuerAt = s.index();
    }

    /** The actor just before a verb, past a parenthesised acronym: "The Federation (GFT) released". */
    private Optional<String> issuerBefore(Sentence s, int verb) {
        int i = verb - 1;
        if (i >= 0 && s.token(i).word().equals(")")) {
            while (i >= 0 && !s.token(i).word().equals("(")) {
                i--;
            }
            i--;
        }
        return i >= 0 ? actorAt(s, i).filter(a -> !isPlace(a)) : Optional.empty();
    }

    /** Who issued the document a description names ("the warning"), when the article said so. */
    private Optional<String> issuerOf(String description) {
        return isDocument(description) ? Optional.ofNullable(issuers.get(head(description))) : Optional.empty();
    }

    /** "It read, …" just after a document was issued: the issuer's words. */
    private Optional<String> documentPronoun(Sentence s) {
        if (lastIssuer == null || s.index() - lastIssuerAt > 1) {
            return Optional.empty();
        }
        for (Cue c : cuesOf.get(s.index())) {
            if (c.reports(s) && c.from() > 0 && s.token(c.from() - 1).word().equalsIgnoreCase("it")) {
                return Optional.of(lastIssuer);
            }
        }
        return Optional.empty();
    }

    /** The one person of the article whose name ends with {@code word}: "Day" → "Doris Day". */
    private Optional<String> surnameOf(String word) {
        if (word.isEmpty() || word.contains(" ") || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        List<String> people = actors.stream().filter(a -> a.type() == ActorType.PERSON && a.name().endsWith(" " + word))
                .map(Actor::name).distinct().toList();
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    /**
     * Who issued the document a phrase names, where the phrase says it: "according to a statement from the
     * Saudi foreign ministry", "the latest projections of the Norwegian Polar Institute".
     */
    private Optional<String> issuerNamed(Sentence s, int start) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        int head = phraseEnd(s, start) - 1;
        for (Dependency d : head >= start ? s.children(head) : List.<Dependency>of()) {
            boolean from = s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                    && ISSUED.contains(s.token(k.dependent()).key()));
            if (d.relation().startsWith("nmod") && from) {
                Optional<String> issuer = resolve(s, d.dependent());
                if (issuer.isPresent() && acceptable(issuer.get())) {
                    return issuer;
                }
            }
        }
        return Optional.empty();
    }

    private static final Set<String> ISSUED = Set.of("of", "from", "by");
    private static final java.util.regex.Pattern QUALIFIED_OFFICE =
            java.util.regex.Pattern.compile("\\b(shadow|former|deputy|vice|ex|acting|assistant|under)\\b");

    private static boolean isDocument(String description) {
        return DOCUMENT_NOUNS.contains(head(description));
    }

    /** The last word of a description, lower case and singular: "the orange warnings" → "warning". */
    private static String head(String description) {
        String[] words = description.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        return head.endsWith("s") && DOCUMENT_NOUNS.contains(head.substring(0, head.length() - 1))
                ? head.substring(0, head.length() - 1) : head;
    }

    /**
     * Whether a paragraph ends between two sentences: a line break between them. Articles separate
     * paragraphs by a blank line (the news) or by one line break (the UN speeches, one paragraph a line);
     * a sentence that ends where a hard-wrapped line ends counts as a paragraph's end too, which only
     * narrows whom an unattributed sentence is given to.
     */
    private boolean paragraphBreak(int from, int to) {
        int nl = doc.article().text().indexOf('\n', from);
        return nl >= 0 && nl < to;
    }

    /**
     * Who speaks a paragraph that opens with a speaker's tag, as interviews are written: "((WSS)) : If you
     * win…" (the interviewer, William S. Saturn), "MS The results suggest…" (the interviewee, Michael
     * Siegel), "A: Frankly, less than…" (the person interviewed). A tag names a person by initials, or an
     * actor by one of its aliases when in parentheses.
     */
    private String turnOf(Sentence first) {
        java.util.regex.Matcher m = TAG.matcher(first.text());
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(3) != null) {
            // "Q: … A: …": the answers are the person interviewed, the one the article names most but its
            // author; the questions are the author's (no one here, so the author stays the default).
            return m.group(3).equals("A") ? mainPerson(doc.article().metadata().author().orElse("")).orElse(null) : null;
        }
        String tag = m.group(1) != null ? m.group(1) : m.group(2);
        for (Actor a : actors) {
            if (a.type() == ActorType.PERSON && tag.equals(initials(a.name()))
                    || m.group(1) != null && a.aliases().contains(tag)) {
                return a.name();
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("\\(\\(([A-Za-z]{1,12})\\)\\)\\s*:?|([A-Z]{2,4})\\s*:?\\s|([QA]):\\s");

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    static boolean firstPerson(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.pos().equals("PRP")
                && (t.word().equals("I") || t.word().equalsIgnoreCase("we")));
    }

    /** The attribution of the sentence, at most four ahead, where the quotation open after {@code s} closes. */
    private Optional<String> closingSpeaker(Sentence s) {
        boolean open = true;
        List<Sentence> all = doc.sentences();
        for (int i = s.index() + 1; i < all.size() && i <= s.index() + 4 && open; i++) {
            open = quoteOpenAfter(all.get(i).text(), open);
            if (!open) {
                return attribution(all.get(i)).filter(this::acceptable);
            }
        }
        return Optional.empty();
    }

    /** Whether a quotation is open after {@code text}, given whether one was open before it. */
    private static boolean quoteOpenAfter(String text, boolean open) {
        for (int i = 0; i < text.length(); i++) {
            open = openAfter(text.charAt(i), open);
        }
        return open;
    }

    private static boolean openAfter(char c, boolean open) {
        return c == '"' ? !open : c == '“' || open && c != '”';
    }

    /** Whether the sentence has a mark that can open a quotation. */
    static boolean opensQuotation(Sentence s) {
        return s.text().indexOf('"') >= 0 || s.text().indexOf('“') >= 0;
    }

    /** The index of "according" in "according to", or -1. */
    static int accordingTo(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).key().equals("accord") && t.get(i + 1).key().equals("to")) {
                return i;
            }
        }
        return -1;
    }

    private void updateQuoteState(Sentence s, String speaker) {
        inQuote = quoteOpenAfter(s.text(), inQuote);
        if (speaker != null) {
            quoteSpeaker = speaker;
        } else if (!inQuote) {
            quoteSpeaker = null;
        }
    }

    private void rememberPeople(Sentence s) {
        for (Actor a : actors) {
            if (a.type() == ActorType.PERSON
                    && a.aliases().stream().anyMatch(x -> WholeWords.contains(s.text(), x))) {
                lastPerson = a.name();
            }
        }
    }

    /**
     * A reporting verb in the infinitive with an object and no clause ("to assess each member's capacity"):
     * what someone is to do, not what anyone said; "went on to say thousands could die" and "declined to
     * comment" report.
     */
    private static boolean infinitive(Sentence s, int verb) {
        return s.parsed() && verb > 0 && s.token(verb).pos().equals("VB")
                && s.token(verb - 1).word().equalsIgnoreCase("to")
                && !Verbs.SAYING.contains(s.token(verb).key())
                && s.children(verb).stream().anyMatch(d -> d.relation().equals("obj"))
                && s.children(verb).stream().noneMatch(d -> d.relation().matches("ccomp|parataxis"));
    }

    private Optional<String> attribution(Sentence s) {
        int according = accordingTo(s);
        for (Cue c : cuesOf.get(s.index())) {
            // "According to ISNA, the prosecutor said…": the one said to speak, where the sentence reports
            // his words; a reporting verb deeper down ("…optimistic that the telescope could reveal") is not.
            if (!c.reports(s) || infinitive(s, c.from())) {
                continue;   // "a mechanism to assess each member's capacity": a purpose, not a report
            }
            if (according >= 0) {
                Optional<String> said = s.parsed() && c.from() == s.root() ? subjectOf(s, c.from()) : Optional.empty();
                if (said.isPresent()) {
                    return said;
                }
                continue;
            }
            int verb = c.from();
            Optional<String> subject = Optional.empty();
            // "He continued by announcing, …": a subject-less reporting verb speaks for its governor's subject.
            for (int v = verb, up = 0; s.parsed() && v >= 0 && up < 3 && subject.isEmpty(); v = s.head(v), up++) {
                subject = subjectOf(s, v);
            }
            if (subject.isEmpty()) {
                subject = shallowSubject(s, verb);
            }
            if (subject.isPresent()) {
                return subject;
            }
        }
        if (according >= 0) {
            Optional<String> cited = nounPhraseAt(s, according + 2);
            return cited.filter(Speakers::isDocument).isPresent() ? issuerNamed(s, according + 2).or(() -> cited) : cited;
        }
        // "Senator Lindsey Graham spoke on Fox News, "This is going to…"": who introduces a quotation speaks it.
        if (s.parsed() && opensQuotation(s) && s.root() >= 0) {
            for (Dependency d : s.children(s.root())) {
                if (d.relation().equals("nsubj") && d.dependent() < s.tokens().size()) {
                    Optional<String> actor = actorAt(s, d.dependent());
                    if (actor.isPresent()) {
                        return actor;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The speaker of the reporting verb nearest above the trigger's clause, where the sentence has
     * several: "Duda said the victims were… while Brudziński wrote he had ordered checks that will…" is
     * Brudziński's; "…, transport secretary declares. Yesterday, Grant Shapps announced that X would…" is
     * Shapps's. Empty without a parse or without such a verb.
     */
    Optional<String> reporterOf(Sentence s, Cue trigger) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        List<Cue> cues = cuesOf.get(s.index());
        int steps = 0;
        for (int up = s.head(trigger.clauseHead(s)); up >= 0 && steps < 6; up = s.head(up), steps++) {
            int verb = up;
            if (cues.stream().anyMatch(c -> c.from() == verb && c.reports(s))
                    && !infinitive(s, verb)) {
                // A place as the subject here is more often a misparse ("…, however Bonham noted" read
                // with "Australia's" as subject) than a country speaking: the sentence's speaker decides then.
                return subjectOf(s, verb).filter(this::acceptable).filter(p -> !isPlace(p));
            }
        }
        return Optional.empty();
    }

    private Optional<String> subjectOf(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("nsubj")) {
                return resolve(s, d.dependent());
            }
        }
        return Optional.empty();
    }

    /** "X said", "X has said", "said X", ", says X". */
    private Optional<String> shallowSubject(Sentence s, int verb) {
        int before = verb - 1;
        boolean passive = false;
        while (before >= 0 && (s.token(before).pos().equals("VBZ") || s.token(before).pos().equals("VBP")
                || s.token(before).pos().equals("RB") || s.token(before).pos().equals("VBD")
                && s.token(before).key().equals("have"))) {
            passive |= s.token(before).key().equals("be");
            before--;
        }
        if (passive && s.token(verb).pos().equals("VBN")) {
            return Optional.empty();   // "Xi Jinping is expected to travel": expected by whom the sentence does not say
        }
        if (before >= 0 && (s.token(before).pos().startsWith("NNP") || s.token(before).pos().equals("PRP"))) {
            return resolve(s, before);
        }
        // "…," said Bash.": the name after the verb, also where the tagger took it for a common noun
        // ("Bash"/NN, "Day"/NN) and the entity tagger still saw a name.
        if (verb + 1 < s.tokens().size() && (s.token(verb + 1).pos().startsWith("NNP")
                || s.token(verb + 1).pos().startsWith("NN") && !s.token(verb + 1).ner().equals("O"))) {
            return resolve(s, verb + 1);
        }
        return Optional.empty();
    }

    private Optional<String> resolve(Sentence s, int token) {
        String w = s.token(token).word().toLowerCase(Locale.ROOT);
        if (s.parsed() && (w.equals("one") || s.token(token).pos().equals("CD"))) {
            // "one of the diplomats said", "two of the sources said": the diplomats, the sources.
            for (Dependency d : s.children(token)) {
                if (d.relation().startsWith("nmod") && s.token(d.dependent()).pos().startsWith("NN")) {
                    return resolve(s, d.dependent());
                }
            }
        }
        if (PRONOUNS.contains(w)) {
            if (w.equals("he") || w.equals("she")) {
                return subjectBefore(s, token).or(() -> Optional.ofNullable(lastPerson));
            }
            if (w.equals("you")) {
                return mainPerson("");   // an interview: "you" is the person interviewed
            }
            return Optional.empty();   // "I said" inside a quotation: the quotation's speaker decides
        }
        Optional<String> actor = actorAt(s, token);
        if (actor.isPresent()) {
            return actor;
        }
        // "a senior US official told reporters", "three EU diplomats said", "his spokesman said": a source
        // described by a common noun is that description, not the country or organisation that modifies it.
        if (s.parsed() && (s.token(token).pos().equals("NN") || s.token(token).pos().equals("NNS"))) {
            int start = firstOfPhrase(s, token);
            int from = start;
            while (from < token && s.token(from).pos().matches("DT|PRP\\$|CD")) {
                from++;
            }
            // Only a source counted or qualified by a name: "two sources", "three EU diplomats".
            boolean counted = java.util.stream.IntStream.range(start, token).anyMatch(i -> s.token(i).pos().equals("CD"))
                    || from < token && actorIn(s, from, token).isPresent();
            String described = description(s, from, token + 1);
            Optional<String> person = actorIn(s, from, token + 1).filter(this::isPerson);
            // Not an owner's ("Reform UK's Welsh leader") nor one named after the noun ("economists at ING").
            boolean owned = java.util.stream.IntStream.range(from, token).anyMatch(i -> s.token(i).pos().equals("POS"));
            boolean namedAfter = java.util.stream.IntStream.range(token + 1, Math.min(s.tokens().size(), token + 9))
                    .anyMatch(i -> Syntax.dominates(s, token, i) && actorAt(s, i).isPresent());
            if (counted && person.isEmpty() && !owned && !namedAfter && acceptable(described) && !isActor(described)) {
                return Optional.of(described);
            }
        }
        // "Conservative Party leader and Prime Minister Boris Johnson said": the name in the subject's own
        // words (compounds, appositions, conjuncts), not a word of the clause beyond it.
        if (s.parsed()) {
            int from = token;
            int to = token + 1;
            for (int i = Math.max(0, token - 8); i < Math.min(s.tokens().size(), token + 9); i++) {
                if (i != token && Syntax.dominates(s, token, i)) {
                    from = Math.min(from, i);
                    to = Math.max(to, i + 1);
                }
            }
            Optional<String> inside = actorIn(s, from, to);
            if (inside.isPresent()) {
                return inside;
            }
        }
        Optional<String> titled = titled(s.token(token));
        return titled.isPresent() ? titled : nounPhraseAt(s, firstOfPhrase(s, token));
    }

    /**
     * The person who is the subject of an earlier clause of the sentence, for a "he" or "she" after it:
     * "John Rhys-Davies broke news when he revealed…". Without a parse, the person the sentence opens with.
     */
    private Optional<String> subjectBefore(Sentence s, int pronoun) {
        if (!s.parsed()) {
            return pronoun > 0 ? actorAt(s, 0).filter(this::isPerson) : Optional.empty();
        }
        for (int i = pronoun - 1; i >= 0; i--) {
            if (s.relation(i).equals("nsubj")) {
                Optional<String> actor = actorAt(s, i).filter(this::isPerson);
                if (actor.isPresent()) {
                    return actor;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "the president" → the article's person with that title ("US President Donald Trump"); "the
     * commission" → the article's one organisation whose name has that word ("Commission on Presidential
     * Debates").
     */
    private Optional<String> titled(Token head) {
        if (!head.pos().startsWith("NN") || head.pos().startsWith("NNP") && !head.word().equals("President")
                || head.pos().equals("NNS")) {
            return Optional.empty();   // "the ministers" are not the one minister the article names
        }
        String office = head.key();
        // "the chancellor" is not the shadow, former or deputy chancellor.
        for (Actor a : actors) {
            String title = a.title().toLowerCase(Locale.ROOT);
            if (a.type() == ActorType.PERSON && (title.endsWith(office) && !QUALIFIED_OFFICE.matcher(title).find()
                    || a.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(office + " ")))) {
                return Optional.of(a.name());
            }
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

    /** The person the article mentions most, {@code except} aside (the author, who asks the questions). */
    private Optional<String> mainPerson(String except) {
        return actors.stream().filter(a -> a.type() == ActorType.PERSON && !a.name().equals(except))
                .max(java.util.Comparator.comparingInt(Actor::mentions)).map(Actor::name);
    }

    /**
     * Who commits to a plan or pledge, or is the agent of a passive expectation: "the president …
     * vowed to keep fighting", "projected by multiple media outlets to win".
     */
    Optional<String> committer(Sentence s, Cue trigger) {
        int verb = trigger.from();
        boolean commits = trigger.kind() == Cue.Kind.FUTURE && Verbs.PLANS.contains(s.token(verb).key())
                || trigger.kind() == Cue.Kind.HINT && s.token(verb).pos().startsWith("VB")
                && Verbs.COMMITTING.contains(s.token(verb).key());
        if (!s.parsed()) {
            return commits ? shallowSubject(s, verb).or(() -> openingSubject(s, verb)) : Optional.empty();
        }
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("obl:agent")) {
                return nounPhraseAt(s, firstOfPhrase(s, d.dependent()));
            }
        }
        if (!commits) {
            return Optional.empty();
        }
        for (int v = verb, up = 0; v >= 0 && up < 3; v = s.head(v), up++) {
            Optional<String> subject = subjectOf(s, v);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /**
     * Without a parse, the subject a sentence opens with, for a verb of its main clause: "She spoke about
     * her husband, who was arrested in May, and promised to…". Only a pronoun or an actor, and only when
     * the verb is finite and nothing before it but the opening subject is a finite verb's own subject.
     */
    private Optional<String> openingSubject(Sentence s, int verb) {
        if (s.tokens().isEmpty() || !s.token(verb).pos().matches("VBD|VBZ|VBP|VBN")) {
            return Optional.empty();
        }
        Token first = s.token(0);
        if (first.pos().equals("PRP")) {
            return resolve(s, 0);
        }
        Optional<String> actor = actorAt(s, 0);
        if (actor.isPresent()) {
            for (int i = 1; i < verb; i++) {
                if (s.token(i).pos().equals("PRP") || s.token(i).word().equals("that")) {
                    return Optional.empty();   // "X said that she promised": another subject between
                }
            }
        }
        return actor;
    }

    private static int firstOfPhrase(Sentence s, int head) {
        int first = head;
        for (Dependency d : s.children(head)) {
            if (d.dependent() < first && !d.relation().equals("case")) {
                first = d.dependent();
            }
        }
        return first;
    }

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

    /**
     * A short noun phrase starting at the token, determiners dropped: "a court clerk" → "court clerk".
     * An actor inside the phrase names it, the one at its head first and else a person: "NASA
     * administrator Jim Bridenstine" → Jim Bridenstine, never a name beyond the phrase.
     */
    private Optional<String> nounPhraseAt(Sentence s, int start) {
        int from = afterDeterminers(s, start);
        int to = phraseEnd(s, start);
        if (to == from) {
            return from < s.tokens().size() ? actorAt(s, from) : Optional.empty();
        }
        Optional<String> named = actorIn(s, from, to);
        return named.isPresent() ? named : Optional.of(description(s, from, to));
    }

    /** The first word from {@code start} that is no determiner: "the", "his spokesman". */
    private static int afterDeterminers(Sentence s, int start) {
        int from = start;
        while (from < s.tokens().size() && s.token(from).pos().matches("DT|PRP\\$")) {
            from++;
        }
        return from;
    }

    /** Where the short noun phrase of {@link #nounPhraseAt} ends (exclusive). */
    private static int phraseEnd(Sentence s, int start) {
        int from = afterDeterminers(s, start);
        int to = from;
        while (to < s.tokens().size() && to - from < 6 && (s.token(to).pos().startsWith("NN")
                || s.token(to).pos().startsWith("JJ") || s.token(to).pos().equals("POS")
                || s.token(to).pos().equals("CD") || s.token(to).word().equals("-"))) {
            to++;
        }
        return to;
    }

    /**
     * A description as it would read inside a sentence: "Authorities said" → "authorities", a common noun
     * capitalised only because it opens the sentence; proper nouns keep their case ("Penn State researchers").
     */
    private static String description(Sentence s, int from, int to) {
        String text = s.span(from, to);
        Token first = s.token(from);
        boolean opens = java.util.stream.IntStream.range(0, from)
                .noneMatch(i -> Character.isLetterOrDigit(s.token(i).word().charAt(0)));
        boolean common = opens && !first.pos().startsWith("NNP") && first.word().length() > 1
                && Character.isUpperCase(first.word().charAt(0)) && Character.isLowerCase(first.word().charAt(1));
        return common ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    /** The actor of tokens [from, to): the one covering the last token, else a person, else any. */
    private Optional<String> actorIn(Sentence s, int from, int to) {
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

    boolean isPerson(String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name) && a.type() == ActorType.PERSON);
    }

    private boolean isPlace(String name) {
        return actors.stream().anyMatch(a -> a.name().equals(name) && a.type() == ActorType.PLACE);
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
}
