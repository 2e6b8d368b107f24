package org.augur.attribution;

import java.util.List;
import java.util.Optional;
import org.augur.actor.Actor;
import org.augur.actor.ActorType;
import org.augur.cue.Cue;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;
import org.augur.nlp.WholeWords;

/**
 * Reads an article's sentences once, in order, keeping who spoke last, whether a quotation is open,
 * which paragraph and interview turn it is in and who issued the documents named so far; what it found
 * for each sentence becomes a {@link Discourse}. The only mutable state of attribution lives here, for
 * the length of one {@link #read}.
 */
final class DiscourseReader {
    /** A sentence's text that opens a new paragraph, after the closing mark of the last one's quotation. */
    private static final java.util.regex.Pattern PARAGRAPH_INSIDE = java.util.regex.Pattern.compile("[\"”]?[ \\t\u00a0]*\\n");

    private final AnnotatedDoc doc;
    private final List<Actor> actors;
    private final Names names;
    private final List<List<Cue>> cuesOf;   // each sentence's cues, by sentence index
    private String quoteSpeaker;
    private boolean inQuote;
    private String lastPerson;
    private String organisationBefore; // who "the company" or "it" of the sentence being read is, or null
    private String lastOrganisation;  // the organisation a sentence named first, outside quotations,
    private int lastOrganisationAt = -100;  // in this sentence
    private String lastSpeaker;
    private int paragraph = -1;       // the paragraph of the sentence last read
    private String turnSpeaker;       // who speaks the paragraph, when a tag opens it (an interview)
    private String interviewee;       // who answers the "Q:"s, once the first is read
    private int lastSpeakerParagraph = -1;
    private int lastSpeakerAt = -1;   // the sentence that named lastSpeaker
    // Who makes the forecasts, where it differs from the speaker the model's feature reads (Discourse#voice).
    private int sourceParagraph = -1; // the paragraph where lastSpeaker spoke in person or by a document, not cited
    private boolean sourceInPast;     // and whether that report's verb was in the past ("said", not "reports")
    private Optional<String> voice = Optional.empty();     // who speaks the sentence last read, as its predictor
    private Optional<String> ownVoice = Optional.empty();  // its speaker by a surname, a turn, an apposition
    private boolean lent;             // its speaker stands in for a subject that is neither source nor document
    private boolean attributed;       // its speaker is its own (attribution, turn), not a quotation's
    private String quoteVoice;        // who speaks the open quotation, as its predictor
    private final Issuers issuers;
    private int previousEnd = -1;
    private boolean reopened;         // the sentence opens a paragraph with the mark of a quotation that runs on
    private boolean firstPersonAfter; // its speaker is only the source named just before its unquoted "we"/"I"
    private final Optional<String> speaksFor;   // the state a government's statement speaks for

    private DiscourseReader(AnnotatedDoc doc, List<Actor> actors, List<List<Cue>> cuesOf) {
        this.doc = doc;
        this.actors = actors;
        this.names = new Names(doc, actors);
        this.cuesOf = cuesOf;
        this.issuers = new Issuers(names, cuesOf);
        this.speaksFor = SpeaksFor.of(doc.sentences().stream().map(Sentence::text).toList(), actors);
    }

    /** The discourse of an article whose sentences have the cues {@code cuesOf} (by sentence index). */
    static Discourse read(AnnotatedDoc doc, List<Actor> actors, List<List<Cue>> cuesOf) {
        DiscourseReader reader = new DiscourseReader(doc, actors, cuesOf);
        int n = doc.sentences().size();
        List<Discourse.Voices> voices = new java.util.ArrayList<>(n);
        for (Sentence s : doc.sentences()) {
            // A "he" of this sentence is the person of the sentences before it, as the speaker rules read it.
            Optional<String> personBefore = Optional.ofNullable(reader.lastPerson);
            Optional<String> speaker = reader.speakerOf(s);
            voices.add(new Discourse.Voices(speaker, reader.voice, reader.lastSpeaker != null,
                    reader.reports(s) ? Optional.ofNullable(reader.lastSpeaker) : Optional.empty(), personBefore,
                    Optional.ofNullable(reader.organisationBefore)));
        }
        return new Discourse(reader.names, cuesOf, reader.ledeSpeaker(), voices, reader.speaksFor);
    }

    /**
     * Whether the sentence just read continues the report of the last source: in the paragraph where that
     * source spoke, or in the next one when the sentence still reads as reported ("reportedly"). Carrying
     * every sentence of the next paragraph cost predictor accuracy on every gold folder
     * (src/doc/attribution.md): there a new paragraph's narration is the author's. So is narration in the
     * present after a report in the past ("…," said Lindqvist. Lindqvist is to brief reporters on Tuesday),
     * where a report in the present goes on in it (a paper reports that…. A deal is unlikely before January).
     * A past report's "would" in the next paragraph ("…, the report said. ⏎ Brazil's economy would grow…")
     * was tried as a sign of report too: it gave train's "She would be the third woman to be…" to the
     * speaker of the paragraph before (src/doc/attribution.md, eighteenth session).
     */
    private boolean reports(Sentence s) {
        boolean narrated = sourceInPast && SpeechSigns.presentNarration(s, inQuote);
        return sourceParagraph >= 0 && (sourceParagraph == paragraph && !narrated
                || sourceParagraph == paragraph - 1 && SpeechSigns.reportedly(s));
    }

    /** Whether a reporting verb of the sentence is in the past tense: "said", "had announced", not "reports". */
    private boolean reportsInPast(Sentence s) {
        return cuesOf.get(s.index()).stream().anyMatch(c -> c.reports(s) && s.token(c.from()).pos().matches("VBD|VBN"));
    }

    /** The subjects as the sentences read so far let them be resolved (a "he" is {@link #rememberPeople}'s person). */
    private Subjects subjects() {
        return new Subjects(names, cuesOf, lastPerson, organisationBefore);
    }

    /** Who the sentence's pronouns, kinds and documents stand for, as the sentences read so far let them be resolved. */
    private References references() {
        return new References(names, lastPerson, organisationBefore);
    }

    /** "…, says Ivan Timofeev" in one of the first three sentences of a commentary. */
    private Optional<String> ledeSpeaker() {
        for (Sentence s : doc.sentences().subList(0, Math.min(3, doc.sentences().size()))) {
            List<Token> t = s.tokens();
            for (int i = 1; i + 1 < t.size(); i++) {
                if (t.get(i).word().equals("says") && t.get(i - 1).word().equals(",")) {
                    Optional<String> who = names.actorAt(s, i + 1);
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
     * feature of the forecast model reads. Who makes its forecasts is {@link Discourse#voice}.
     */
    private Optional<String> speakerOf(Sentence s) {
        reopened = SpeechSigns.reopensQuotation(doc.article().text(), previousEnd, s, inQuote);
        if (inQuote && !reopened && previousEnd >= 0 && SpeechSigns.blankLine(doc.article().text(), previousEnd, s.begin())) {
            // A quotation goes on into a new paragraph only where that paragraph opens with a mark: '"We expect
            // savings of 1.2 billion dirhams a year.⏎⏎Benali said the two banks…' closed it, mark or no mark.
            // Only after a blank line: a hard-wrapped line may end inside a quotation.
            inQuote = false;
            quoteSpeaker = null;
        }
        boolean startsInQuote = inQuote;
        organisationBefore = organisationBefore(s);
        issuers.read(s, references());
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
        boolean closedAtOnce = startsInQuote && !reopened && (opening.startsWith("\"") || opening.startsWith("”"));
        if (PARAGRAPH_INSIDE.matcher(s.text()).lookingAt() && !attributed) {
            sourceParagraph = -1;
        }
        Optional<String> heard;
        if (startsInQuote && quoteVoice != null && SpeechSigns.quotedThrough(s)) {
            // "[...] For as long as the government doesn't respond, there will…"": a reporting verb
            // inside the quotation is the quoted speaker's word.
            heard = Optional.of(fuller(quoteVoice, speaker));
        } else if (ownVoice.isPresent() || attributed) {
            heard = ownVoice.or(() -> lent ? Optional.empty() : speaker);
        } else if (closedAtOnce) {
            heard = Optional.empty();
        } else if (startsInQuote && quoteVoice != null) {
            heard = Optional.of(fuller(quoteVoice, speaker));
        } else if (firstPersonAfter && speaksFor.isPresent()) {
            // "…according to the World Risk Index… If emissions rise, we will witness…": in a government's
            // statement an unquoted "we" is the statement's own, whoever it cited last.
            heard = Optional.empty();
        } else {
            heard = speaker;
        }
        // "Former CIA deputy director Michael Morell praised Mendez on Twitter: "…": who opens a
        // quotation speaks it, where no parse or reporting verb says so; so does who a colon introduces
        // to a quotation closed in the same sentence ("In the words of Dwight Eisenhower: "…"").
        boolean introduced = inQuote || !startsInQuote && SpeechSigns.quotesAfterColon(s);
        return heard.isPresent() || !introduced ? heard : introducer(s, startsInQuote);
    }

    /**
     * The speaker instead of the voice where the speaker is the same person named in full: "Trump" (an
     * actor of its own where the article has several Trumps) and "Donald Trump" who was last named.
     */
    private static String fuller(String voice, Optional<String> speaker) {
        return speaker.filter(p -> p.endsWith(" " + voice)).orElse(voice);
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
            open = SpeechSigns.openAfter(text.charAt(i), open);
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
            Optional<String> actor = names.actorAt(s, t.index()).filter(a -> !names.isPlace(a));
            int next = t.index() + 1;
            while (actor.isPresent() && next < s.tokens().size() && names.actorAt(s, next).equals(actor)) {
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
        } else if (QUESTION_OR_ANSWER.matcher(s.text()).lookingAt()) {
            turnSpeaker = turnOf(s);   // "Q: Will prices rise? A: Slightly.": a question and its answer on one line
        }
        previousEnd = s.end();
        firstPersonAfter = false;
        Optional<String> own = subjects().attribution(s).or(() -> Optional.ofNullable(turnSpeaker))
                .or(() -> theySaid(s));
        lent = false;
        attributed = false;
        // "Ricardo Llerandi, Rosselló's chief of staff, also announced…", unparsed: the name before the
        // apposition; the speaker feature was trained without it.
        ownVoice = own.isEmpty() ? appositionSubject(s).or(() -> issuers.pronoun(s)) : Optional.empty();
        if (own.isPresent() && !names.acceptable(own.get())) {
            // A surname the actors hold only inside a full name ("Day said", of "Doris Day") names that
            // person as the predictor, and in an interview the turn's speaker does ("MS The results
            // suggest…"); the model was trained without them, so the speaker feature stays as below.
            String subject = own.get();
            ownVoice = names.surnameOf(subject).or(() -> Optional.ofNullable(turnSpeaker)).or(() -> issuers.of(subject))
                    .or(() -> issuers.pronoun(s)).or(() -> sameRole(subject));
            // "The statement also said…", "…, read the warning": a document speaks for whoever spoke last.
            // A subject that is no document either ("production sites are to be kept, with sales expected
            // to…") keeps that speaker as a sign of speech, as the model was trained, but names no predictor.
            lent = ownVoice.isEmpty() && lastSpeaker != null && !Names.isDocument(own.get());
            own = Optional.ofNullable(lastSpeaker);
        }
        updateQuoteState(s, own.orElse(null));
        rememberPeople(s, startsInQuote);
        if (own.isPresent()) {
            lastSpeaker = own.get();
            lastSpeakerParagraph = paragraph;
            lastSpeakerAt = s.index();
            if (!lent && !cites(s, own.get())) {
                sourceParagraph = paragraph;
                sourceInPast = reportsInPast(s);
            }
            attributed = true;
            return own;
        }
        if (startsInQuote && quoteSpeaker != null) {
            return Optional.of(quoteSpeaker);
        }
        if (inQuote && (startsInQuote || SpeechSigns.opensQuotation(s))) {
            // A quotation whose attribution comes where it closes: ""Prices will rise. They will not
            // fall," said the official."
            // A document closing it speaks for whoever issued it: '"…," read the warning'.
            Optional<String> closing = subjects().closingAttribution(s)
                    .flatMap(who -> names.acceptable(who) ? Optional.of(who) : issuers.of(who));
            if (closing.isPresent()) {
                quoteSpeaker = closing.get();
                return closing;
            }
            // '"…," Lolohea said. "The storm surge will be the biggest danger.': a quotation opened right
            // after its speaker's, in the same paragraph, goes on in that voice.
            if (!startsInQuote && lastSpeaker != null && lastSpeakerAt == s.index() - 1
                    && lastSpeakerParagraph == paragraph && names.isPerson(lastSpeaker)) {
                quoteSpeaker = lastSpeaker;
                return Optional.of(lastSpeaker);
            }
        }
        // "We will get through this": first person with no attribution speaks for the speaker last named
        // when it stands in a quotation, or follows the naming closely, in the same paragraph. Elsewhere
        // it is the author's own voice, as all through a speech or a commentary ("Brazil has responded
        // with dialogue. […] We will overcome intolerance.").
        if (!SpeechSigns.firstPerson(s) || lastSpeaker == null) {
            return Optional.empty();
        }
        boolean near = s.index() - lastSpeakerAt <= FIRST_PERSON_REACH && lastSpeakerParagraph == paragraph;
        firstPersonAfter = near && !startsInQuote;
        return startsInQuote || near ? Optional.of(lastSpeaker) : Optional.empty();
    }

    /** "…," the envoy added': the last speaker, described by the same head noun ("a former envoy"). */
    private Optional<String> sameRole(String subject) {
        if (lastSpeaker == null || subject.isBlank() || lastSpeaker.equals(subject)) {
            return Optional.empty();
        }
        String[] said = lastSpeaker.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String[] now = subject.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return said[said.length - 1].equals(now[now.length - 1]) ? Optional.of(lastSpeaker) : Optional.empty();
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
        int according = SpeechSigns.accordingTo(s);
        if (according < 0 || !names.nounPhraseAt(s, according + 2).equals(Optional.of(speaker))) {
            return false;
        }
        int head = Names.phraseEnd(s, according + 2) - 1;
        return !names.isActor(speaker) || names.actorAt(s, head).equals(Optional.of(speaker));
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
                Optional<String> actor = names.actorAt(s, comma - 1).filter(a -> !names.isPlace(a));
                if (actor.isPresent()) {
                    return actor;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a paragraph ends between two sentences: a line break between them. Articles separate
     * paragraphs by a blank line (the news) or by one line break (the UN speeches, one paragraph a line);
     * a sentence that ends where a hard-wrapped line ends counts as a paragraph's end too, which only
     * narrows whom an unattributed sentence is given to.
     */
    private boolean paragraphBreak(int from, int to) {
        return SpeechSigns.paragraphBreak(doc.article().text(), from, to);
    }

    /**
     * Who speaks a paragraph that opens with a speaker's tag, as interviews are written: "((WSS)) : If you
     * win…" (the interviewer, William S. Saturn), "MS The results suggest…" (the interviewee, Michael
     * Siegel), "A: Frankly, less than…" (the person interviewed), "Owusu: We will sign…". A tag names a
     * person by initials, by surname or alias before a colon, or an actor by one of its aliases when in
     * parentheses.
     */
    private String turnOf(Sentence first) {
        java.util.regex.Matcher m = TAG.matcher(first.text());
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(3) != null) {
            // "Q: … A: …": the answers are the person interviewed; the questions are the author's (no one
            // here, so the author stays the default).
            if (interviewee == null) {
                interviewee = interviewee();
            }
            return m.group(3).equals("A") ? interviewee : null;
        }
        if (m.group(4) != null) {
            // "Owusu: We will sign…": a person of the article named by surname or alias; "Reporter: …" is
            // the author's question.
            String name = m.group(4);
            return actors.stream().filter(a -> a.type() == ActorType.PERSON
                    && (a.aliases().contains(name) || a.name().endsWith(" " + name))).map(Actor::name).findFirst().orElse(null);
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

    /**
     * "Energy analysts said the target was ambitious. They said delays are likely…": a "they" that reports,
     * right after a source that is several (a plural description, or names joined by "and"), is that source.
     * A "they" after one person or one body is left alone: it may be anyone.
     */
    private Optional<String> theySaid(Sentence s) {
        if (lastSpeaker == null || lastSpeakerAt != s.index() - 1 || !plural(lastSpeaker)) {
            return Optional.empty();
        }
        for (Cue c : cuesOf.get(s.index())) {
            if (c.reports(s)) {
                int at = c.from() - 1;
                while (at >= 0 && s.token(at).pos().matches("RB|MD|VB[DZP]?")) {
                    at--;
                }
                if (at >= 0 && s.token(at).word().equalsIgnoreCase("they")) {
                    return Optional.of(lastSpeaker);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a source is several: "analysts", "Biden and Sanders", not an actor's one name. */
    private boolean plural(String source) {
        if (source.contains(" and ")) {
            return true;
        }
        String head = source.substring(source.lastIndexOf(' ') + 1);
        return !names.isActor(source) && head.endsWith("s") && !head.endsWith("ss") && Character.isLowerCase(head.charAt(0));
    }

    /**
     * Who answers an interview's questions, at its first "Q:" or "A:": the person last named before it
     * ("…chief executive Mark Ellery took questions."), else the person the article names most; never its
     * author.
     */
    private String interviewee() {
        String author = doc.article().metadata().author().orElse("");
        if (lastPerson != null && !lastPerson.equals(author)) {
            return lastPerson;
        }
        return names.mainPerson(author).orElse(null);
    }

    private static final java.util.regex.Pattern QUESTION_OR_ANSWER = java.util.regex.Pattern.compile("\\s*[QA]:\\s");

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "\\(\\(([A-Za-z]{1,12})\\)\\)\\s*:?|([A-Z]{2,4})\\s*:?\\s|([QA]):\\s|(\\p{Lu}[\\p{L}'-]+):\\s");

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private void updateQuoteState(Sentence s, String speaker) {
        inQuote = SpeechSigns.quoteOpenAfter(ownMarks(s.text()), inQuote);
        if (speaker != null) {
            quoteSpeaker = speaker;
        } else if (!inQuote) {
            quoteSpeaker = null;
        }
    }

    /**
     * The person the sentence names first, outside quotation marks, and the organisation (see
     * {@link #organisationBefore}): a "he" after it is that person, as the subject a sentence opens with
     * is what the next one goes on about ("Bloomberg endorsed his former rival, Joe Biden. "…," he said":
     * Bloomberg). A name inside a quotation is the quoted speaker's word
     * ("If they speak to us the way Premier Ionescu did," he said): the "he" who says it is someone else.
     */
    private void rememberPeople(Sentence s, boolean startsInQuote) {
        // "He said Thai Foreign Minister Pichet had given him that assurance": a sentence whose subject is
        // "he" or "she" goes on about the person already in view; one it names is no new "he".
        boolean continues = lastPerson != null && !s.tokens().isEmpty()
                && s.token(0).word().matches("He|She") && !startsInQuote;
        if (!continues) {
            firstNamed(s, startsInQuote, ActorType.PERSON).ifPresent(p -> lastPerson = p);
        }
        firstNamed(s, startsInQuote, ActorType.ORGANIZATION).ifPresent(o -> {
            lastOrganisation = o;
            lastOrganisationAt = s.index();
        });
    }

    /** The actor of a type the sentence names first, outside quotation marks. */
    private Optional<String> firstNamed(Sentence s, boolean startsInQuote, ActorType type) {
        String text = ownMarks(s.text());
        boolean[] quoted = SpeechSigns.quoted(text, startsInQuote);
        int first = Integer.MAX_VALUE;
        String named = null;
        for (Actor a : actors) {
            if (a.type() != type) {
                continue;
            }
            for (String alias : a.aliases()) {
                int at = firstOutside(text, alias, quoted);
                if (at >= 0 && at < first) {
                    first = at;
                    named = a.name();
                }
            }
        }
        return Optional.ofNullable(named);
    }

    /**
     * The organisation a source named by its kind alone ("The company said it would appeal", "the agency's
     * report") or an "it" with no subject before it in its sentence stands for: the organisation the
     * sentence before named first, unless the source last heard is an organisation named no earlier; else
     * that source, when it spoke in this paragraph or the one before; null when neither.
     */
    private String organisationBefore(Sentence s) {
        boolean speakerIs = lastSpeaker != null && lastSpeakerParagraph >= paragraph - 1
                && names.isOrganisation(lastSpeaker);
        if (lastOrganisationAt == s.index() - 1 && (!speakerIs || lastOrganisationAt > lastSpeakerAt)) {
            return lastOrganisation;
        }
        return speakerIs ? lastSpeaker : null;
    }


    /** The sentence's text with the mark that reopens a continued quotation blanked, as its marks count. */
    private String ownMarks(String text) {
        return reopened ? SpeechSigns.blankReopening(text) : text;
    }

    /** Where {@code name} first occurs in {@code text} as a whole word outside quotation marks, or -1. */
    private static int firstOutside(String text, String name, boolean[] quoted) {
        for (int at = WholeWords.at(text, name, 0); at >= 0; at = WholeWords.at(text, name, at + 1)) {
            if (!quoted[at]) {
                return at;
            }
        }
        return -1;
    }
}
