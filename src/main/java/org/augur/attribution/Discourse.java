package org.augur.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.augur.actor.Actor;
import org.augur.cue.Cue;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;

/**
 * Who speaks each sentence of one article: its speaker, the voice its forecasts are given to, the source
 * of its paragraph, whether a speaker was named so far, and the lede's speaker. Read once per article,
 * sentence by sentence in order (paragraphs, quotations, interview turns, reported sources, documents
 * and who issued them); immutable afterwards, so every answer here is a look-up or a pure function of
 * the sentence asked about.
 */
public final class Discourse {
    /**
     * What the reading found for one sentence, as it stood once that sentence was read; {@code personBefore}
     * and {@code organisationBefore} as they stood before: the person a "he" or "she" of the sentence is,
     * the organisation its "the company" is.
     */
    record Voices(Optional<String> speaker, Optional<String> voice, boolean named, Optional<String> paragraphSpeaker,
                  Optional<String> personBefore, Optional<String> organisationBefore) {
        Voices {
            Objects.requireNonNull(speaker);
            Objects.requireNonNull(voice);
            Objects.requireNonNull(paragraphSpeaker);
            Objects.requireNonNull(personBefore);
            Objects.requireNonNull(organisationBefore);
        }
    }

    private final Names names;
    private final List<List<Cue>> cues;
    private final Optional<String> lede;
    private final List<Voices> voices;
    private final Optional<String> speaksFor;

    Discourse(Names names, List<List<Cue>> cues, Optional<String> lede, List<Voices> voices, Optional<String> speaksFor) {
        this.names = names;
        this.cues = cues.stream().map(List::copyOf).toList();
        this.lede = Objects.requireNonNull(lede);
        this.voices = List.copyOf(voices);
        this.speaksFor = Objects.requireNonNull(speaksFor);
    }

    /** The discourse of an article whose sentences have the cues {@code cuesOf}, by sentence index. */
    public static Discourse of(AnnotatedDoc doc, List<Actor> actors, List<List<Cue>> cuesOf) {
        if (cuesOf.size() != doc.sentences().size()) {
            throw new IllegalArgumentException(cuesOf.size() + " cue lists for " + doc.sentences().size() + " sentences");
        }
        return DiscourseReader.read(doc, List.copyOf(actors), cuesOf);
    }

    /** The cues of a sentence, as the lexicon found them: the lexicon runs once per sentence. */
    public List<Cue> cues(int sentence) {
        return cues.get(sentence);
    }

    /** "…, says Ivan Timofeev" in one of the first three sentences of a commentary. */
    public Optional<String> lede() {
        return lede;
    }

    /**
     * The state a government's own statement speaks for, whose "we" it is ({@link SpeaksFor}); empty for
     * any other document. The gist names it; the predictor column keeps the author's convention.
     */
    public Optional<String> speaksFor() {
        return speaksFor;
    }

    /**
     * The speaker of a sentence: reported speech, "according to", a quotation and who opens or closes it,
     * an interview turn, the speaker last named for a nearby "we". What the speaker feature of the
     * forecast model reads; who makes its forecasts is {@link #voice}.
     */
    public Optional<String> speaker(int sentence) {
        return voices.get(sentence).speaker();
    }

    /**
     * Who speaks a sentence, as its predictor: the {@link #speaker}, except where rules the forecast
     * model was not trained with read otherwise (a subject that is neither a source nor a document lends
     * no one; a surname, an interview turn, an apposition, the introducer of a quotation name someone; a
     * closing mark left on a new paragraph ends a quotation). Rules that changed the speaker feature
     * itself cost cross-validated F1, so the two are kept apart.
     */
    public Optional<String> voice(int sentence) {
        return voices.get(sentence).voice();
    }

    /**
     * Whether a speaker was named up to this sentence (itself included): with first person, a sign of
     * speech whether or not it can be given to that speaker.
     */
    public boolean named(int sentence) {
        return voices.get(sentence).named();
    }

    /**
     * The last speaker, when named in this sentence's paragraph: a source named in a paragraph ("PG&E
     * stated it scheduled the blackouts") speaks for the paragraph's unattributed forecasts ("Nearly 800
     * thousand customers were scheduled to be affected").
     */
    public Optional<String> paragraphSpeaker(int sentence) {
        return voices.get(sentence).paragraphSpeaker();
    }

    /**
     * Who commits to a plan or pledge, or is the agent of a passive expectation: "the president …
     * vowed to keep fighting", "projected by multiple media outlets to win".
     */
    public Optional<String> committer(Sentence s, Cue trigger) {
        return at(s).committer(s, trigger);
    }

    /**
     * The speaker of the reporting verb nearest above the trigger's clause, where the sentence has
     * several: "Duda said the victims were… while Brudziński wrote he had ordered checks that will…" is
     * Brudziński's. Empty without a parse or without such a verb.
     */
    public Optional<String> reporterOf(Sentence s, Cue trigger) {
        return at(s).reporterOf(s, trigger);
    }

    /**
     * The source a headline's role word stands for, as the lede names it: "…, pollster predicts" → the
     * polling firm the lede cites, "…, league chief says" → the league's chief executive the lede names.
     * Only for a headline (the first sentence's first paragraph) whose source is one role, not a group
     * ("…, say scientists" keeps its description); empty when the lede names no actor.
     */
    public Optional<String> headlineSource(Sentence s, Cue trigger, String described) {
        if (s.index() != 0 || !s.sameParagraph(0, trigger.from()) || names.isActor(described)
                || described.endsWith("s") && !described.endsWith("ss")) {
            return Optional.empty();
        }
        List<Sentence> all = names.doc().sentences();
        boolean joined = !s.sameParagraph(0, s.tokens().size() - 1);   // the splitter joined the lede to it
        Sentence lede = joined ? s : all.size() > 1 ? all.get(1) : null;
        if (lede == null) {
            return Optional.empty();
        }
        for (Cue c : cues(lede.index())) {
            if (c.kind() == Cue.Kind.REPORT && !(joined && s.sameParagraph(0, c.from()))) {
                // the reporter above the lede's reporting verb ("The league expects…, chief executive Youssef
                // Benali said"), else that verb's own subject ("The New Zealand Air Pilots Guild said…")
                Optional<String> own = c.reports(lede) && lede.parsed() ? at(lede).subjectOf(lede, c.from()) : Optional.empty();
                Optional<String> source = reporterOf(lede, c).or(() -> own).filter(this::isActor).filter(a -> !names.isPlace(a));
                if (source.isPresent()) {
                    return source;
                }
            }
        }
        return voice(lede.index()).filter(this::isActor).filter(a -> !names.isPlace(a));
    }

    /** Who holds the view a verb of belief or fear above the trigger governs ("Critics doubt…"). */
    public Optional<String> holderOf(Sentence s, Cue trigger) {
        return at(s).holderOf(s, trigger);
    }

    /** Whether a name is one of the article's actors. */
    public boolean isActor(String name) {
        return names.isActor(name);
    }

    public boolean isPerson(String name) {
        return names.isPerson(name);
    }

    /**
     * Whether a predictor a rule found can stand: an actor of the article, or a description of people or
     * an organisation ("unnamed defence officials", "Penn State researchers"), never a document, an event
     * or a role word alone ("letter", "exit", "spokesperson", "chief").
     */
    public boolean acceptable(String predictor) {
        return names.acceptable(predictor);
    }

    /** The subjects as they resolve in the sentence (a "he" is the person the sentences before it named). */
    private Subjects at(Sentence s) {
        Voices v = voices.get(s.index());
        return new Subjects(names, cues, v.personBefore().orElse(null), v.organisationBefore().orElse(null));
    }
}
