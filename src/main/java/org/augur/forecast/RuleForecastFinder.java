package org.augur.forecast;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.augur.actor.Actor;
import org.augur.attribution.Attribution;
import org.augur.attribution.Discourse;
import org.augur.attribution.SpeechSigns;
import org.augur.cue.Cue;
import org.augur.cue.CueLexicon;
import org.augur.event.Gist;
import org.augur.event.Voice;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;
import org.augur.nlp.WholeWords;
import org.augur.topic.Taxonomy;

/**
 * Forecasts by rule, in three steps per sentence:
 * <ol>
 *   <li>cues from the lexicon; a sentence without a trigger cue, or a question, is no forecast;</li>
 *   <li>triggers that do not predict are dropped: "could have" (counterfactual), "can" and "would"
 *       without anything pointing to the future or a reporting verb (ability, habit), past plans;</li>
 *   <li>for what remains: certainty (the most hedged trigger), polarity (a negation whose head is the
 *       trigger's clause or governs it; "unlikely" counts as one), the predictor (reporting verb's
 *       subject, "according to", an open quotation's speaker, the lede's "says X", else the author, as
 *       the {@link Discourse} tells), the gist of the predicted event ({@link Gist}).</li>
 * </ol>
 * Whether a trigger predicts is {@link Triggers}' (its vetoes, one class per family, {@link Vetoes}'),
 * the certainty {@link Certainties}', the scope of negation {@link Negations}'.
 */
public final class RuleForecastFinder implements ForecastFinder {
    private static final Set<String> ANAPHORS = Set.of("its", "their", "it", "they", "this", "these", "that", "those");

    private final CueLexicon cues;
    private final Taxonomy taxonomy;

    public RuleForecastFinder(CueLexicon cues, Taxonomy taxonomy) {
        this.cues = cues;
        this.taxonomy = taxonomy;
    }

    /**
     * Candidates (a trigger cue, not a question) whose parse can change the output: those where a trigger
     * may predict, and those whose parse may name a speaker (a reporting verb, a quotation). Left out:
     * sentences where every trigger is a "can" or "would" that cannot predict whatever the parse says —
     * "can" without anything pointing to the future, "would" without that nor a possible speaker (no
     * "according to", no quotation so far, no "I"/"we" after a sentence that could name a speaker), and
     * the "would" of a polite wish ("I would like to express…"), which never predicts.
     * This mirrors {@link Triggers#predicts} and {@link Discourse}: a rule that reads the parse in a new way must
     * be reflected here.
     */
    @Override
    public Set<Integer> toParse(List<Sentence> sentences) {
        Set<Integer> out = new LinkedHashSet<>();
        boolean speakerNamed = false;   // an earlier sentence may have named a speaker
        boolean quoted = false;         // a quotation may be open
        List<Cue> previous = List.of();
        for (Sentence s : sentences) {
            List<Cue> found = cues.find(s);
            boolean anchored = Triggers.hasAnchor(found, s) || s.index() > 0 && Triggers.hasAnchor(previous, sentences.get(s.index() - 1));
            boolean reportingVerb = found.stream().anyMatch(c -> c.reports(s));
            boolean quotation = SpeechSigns.opensQuotation(s);
            boolean accordingTo = SpeechSigns.accordingTo(s) >= 0;
            boolean maySpeak = accordingTo || quoted || speakerNamed && SpeechSigns.firstPerson(s);
            boolean mayPredict = found.stream().anyMatch(c -> c.kind().triggers() && switch (c.kind()) {
                case CAN -> anchored;
                case WOULD -> (anchored || maySpeak) && !Wishes.politeWish(Triggers.afterAdverbs(c, s), s);
                default -> true;
            });
            boolean candidate = !Triggers.isQuestion(s) && found.stream().anyMatch(c -> c.kind().triggers());
            if (candidate && (mayPredict || reportingVerb || quotation)) {
                out.add(s.index());
            }
            speakerNamed |= reportingVerb || accordingTo || quotation;
            quoted |= quotation;
            previous = found;
        }
        return out;
    }

    /** The attribution stage this finder's candidates read, over the same cue lexicon. */
    public Attribution attribution() {
        return new Attribution(cues);
    }

    /** The candidates the rules alone keep, each with the certainty of its draft. */
    @Override
    public Decisions decide(AnnotatedDoc doc, Discourse discourse, List<Actor> actors) {
        return new Decisions(doc, candidates(doc, discourse, actors, false).stream().filter(Candidate::ruleSays)
                .map(c -> new Decision(c, c.outline().certainty())).toList());
    }

    /**
     * The drafts as the rules decided them, on the first annotation: the rules never drew their
     * forecasts again from a later parse (only a trained model's are, {@link ModelForecastFinder#describe}),
     * and the sentences they keep are parsed for the decision already ({@link #toParse}).
     */
    @Override
    public List<Forecast> describe(AnnotatedDoc doc, Discourse discourse, List<Actor> actors, Decisions decided) {
        return decided.kept().stream().map(Decision::draft).toList();
    }

    /** Decides and describes on one annotation: the forecasts of {@code doc}. */
    public List<Forecast> find(AnnotatedDoc doc, List<Actor> actors) {
        Discourse discourse = attribution().read(doc, actors);
        return describe(doc, discourse, actors, decide(doc, discourse, actors));
    }

    /**
     * Every sentence that may be a forecast (a trigger cue, not a question), with what the rules make of
     * it and the features a trained model decides on. A candidate the rules keep is drafted from the
     * triggers that predict; one they drop, from all its triggers, so that a model that keeps it still
     * has a certainty, a polarity and a predictor to give.
     */
    public List<Candidate> candidates(AnnotatedDoc doc, List<Actor> actors) {
        return candidates(doc, attribution().read(doc, actors), actors, true);
    }

    /**
     * The candidates, with who speaks each sentence read from {@code discourse} (of this same {@code doc}),
     * and with their features only when {@code features} (drafting again after a parse needs none). A
     * candidate's gist, actors and topics are worked out when its draft is first asked for, so the many
     * candidates a model turns down cost no gist.
     */
    public List<Candidate> candidates(AnnotatedDoc doc, Discourse discourse, List<Actor> actors, boolean features) {
        List<Candidate> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        String fallback = discourse.lede().or(() -> doc.article().metadata().author()).orElse("");
        for (Sentence s : sentences) {
            Optional<String> speaker = discourse.speaker(s.index());
            if (Triggers.isQuestion(s)) {
                continue;
            }
            List<Cue> found = discourse.cues(s.index());
            boolean anchored = Triggers.hasAnchor(found, s)
                    || s.index() > 0 && Triggers.hasAnchor(discourse.cues(s.index() - 1), sentences.get(s.index() - 1));
            List<Cue> all = new ArrayList<>();
            List<Cue> triggers = new ArrayList<>();
            List<Cue> hints = new ArrayList<>();
            for (Cue c : found) {
                if (c.kind().triggers()) {
                    all.add(c);
                    if (Triggers.predicts(c, s, anchored, Triggers.reportedBy(found, c, s, speaker.isPresent()))) {
                        triggers.add(c);
                    }
                } else if (c.kind().proposes()) {
                    hints.add(c);
                }
            }
            List<Integer> futureDates = ForecastFeatures.futureDates(s, doc.article().metadata().date());
            futureDates.forEach(i -> hints.add(new Cue(Cue.Kind.ANCHOR, i, i + 1, s.token(i).word())));
            if (all.isEmpty() && hints.isEmpty() || hints.isEmpty() && !all.isEmpty() && all.stream().allMatch(c -> Conditions.asks(c, s))) {
                continue;   // no cue; or an indirect question ("Some ask whether the US will stay"), as a question is none
            }
            List<Cue> used = !triggers.isEmpty() ? triggers : !all.isEmpty() ? all : hints;
            String predictor = predictor(s, used, discourse, fallback);
            Voice voice = new Voice(predictor, discourse.isPerson(predictor), discourse.speaksFor().orElse(""));
            Forecast outline = forecast(doc, s, found, used, voice, actors, false);
            boolean speaks = speaker.isPresent() || discourse.named(s.index()) && SpeechSigns.firstPerson(s);
            ForecastFeatures.Context context = new ForecastFeatures.Context(anchored, speaks,
                    doc.article().metadata().date(), futureDates);
            // The model reads the cues' own certainty, as it was trained; the draft reads the stance too.
            Forecast read = features ? outline.withCertainty(Certainties.certainty(s, used, Negations.negations(found, used, s), false)) : outline;
            out.add(new Candidate(outline, () -> forecast(doc, s, found, used, voice, actors, true),
                    !triggers.isEmpty(),
                    features ? ForecastFeatures.of(s, found, all, triggers, hints, read, context) : List.of()));
        }
        return out;
    }

    /**
     * Who makes the forecast: the speaker of reported speech or a quotation, unless the speaker is no
     * person and an actor of the article commits to the predicted event in the sentence's own words
     * ("Al Jazeera reported that Widodo was planning to visit": Widodo's plan, not the channel's
     * forecast); else who commits to it; else the paragraph's source, the lede's speaker or the author.
     * A document, an event or a bare role word is never the predictor, nor, in a government's statement,
     * the state it speaks for (then the author). The sentence's voice is {@link Discourse#voice}.
     */
    private static String predictor(Sentence s, List<Cue> used, Discourse discourse, String fallback) {
        String named = named(s, used, discourse).orElse(fallback);
        // "Chad stresses that…", "Chad pledges to…": the state a government's statement speaks for, named
        // as the one who says or commits, is the statement's own voice: its author, or none (the speeches
        // gold's AUTHOR), never the state itself.
        return discourse.speaksFor().filter(named::equals).isPresent() ? fallback : named;
    }

    /** Who the sentence or its discourse names as making the forecast, before any fallback. */
    private static Optional<String> named(Sentence s, List<Cue> used, Discourse discourse) {
        Optional<String> voice = discourse.voice(s.index());
        Optional<String> committer = used.stream().map(t -> discourse.committer(s, t)).flatMap(Optional::stream)
                .filter(discourse::acceptable).findFirst();
        if (committer.isPresent() && discourse.isActor(committer.get())
                && !voice.filter(discourse::isPerson).isPresent()) {
            return committer;
        }
        Optional<String> reporter = used.stream().map(t -> discourse.reporterOf(s, t)).flatMap(Optional::stream).findFirst();
        Optional<String> found = reporter.or(() -> voice).or(() -> committer)
                .or(() -> used.stream().map(t -> discourse.holderOf(s, t)).flatMap(Optional::stream).findFirst())
                .or(() -> discourse.paragraphSpeaker(s.index()));
        // "…, league chief says": a headline's role word is the source its lede names
        return found.flatMap(who -> used.stream().map(t -> discourse.headlineSource(s, t, who)).flatMap(Optional::stream)
                .findFirst()).or(() -> found);
    }

    private Forecast forecast(AnnotatedDoc doc, Sentence s, List<Cue> found, List<Cue> triggers, Voice voice,
                              List<Actor> actors, boolean full) {
        List<Cue> negations = Negations.negations(found, triggers, s);
        Certainty certainty = Certainties.certainty(s, triggers, negations, true);
        boolean unlikely = triggers.stream().anyMatch(t -> t.kind() == Cue.Kind.UNLIKELY);
        Polarity polarity = (unlikely ^ !negations.isEmpty()) ? Polarity.NEGATIVE : Polarity.POSITIVE;
        Set<String> cueWords = new LinkedHashSet<>();
        triggers.forEach(t -> cueWords.add(t.phrase().toLowerCase(Locale.ROOT)));
        negations.forEach(n -> cueWords.add(n.phrase().toLowerCase(Locale.ROOT)));
        if (!full) {
            return new Forecast(s.index(), s.begin(), s.end(), s.text(), "", certainty, polarity,
                    new ArrayList<>(cueWords), voice.predictor(), List.of(), List.of(), "", "");
        }
        String gist = Gist.of(s, triggers, negations, voice);
        return new Forecast(s.index(), s.begin(), s.end(), s.text(), gist, certainty, polarity,
                new ArrayList<>(cueWords), voice.predictor(), actorsIn(s, actors), topicsOf(s, doc), "", "");
    }

    /**
     * Taxonomy topics of the sentence, and of the sentence before when this one opens by pointing back
     * ("Its agenda can include…" after "…the upcoming summit": the summit's topics too).
     */
    List<String> topicsOf(Sentence s, AnnotatedDoc doc) {
        Set<String> labels = new LinkedHashSet<>();
        taxonomy.find(s).forEach(m -> labels.add(m.label()));
        if (s.index() > 0 && pointsBack(s)) {
            taxonomy.find(doc.sentences().get(s.index() - 1)).forEach(m -> labels.add(m.label()));
        }
        return new ArrayList<>(labels);
    }

    private static boolean pointsBack(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.pos().equals(",") || t.pos().equals("``") || t.pos().equals("''")) {
                continue;
            }
            return ANAPHORS.contains(t.word().toLowerCase(Locale.ROOT)) && (t.pos().startsWith("PRP") || t.pos().equals("DT"));
        }
        return false;
    }

    /**
     * Actors named in the sentence, by any of their surface forms; a form inside a longer one of another
     * actor does not count ("House" in "The White House has said").
     */
    static List<String> actorsIn(Sentence s, List<Actor> actors) {
        String text = s.text();
        List<int[]> spans = new ArrayList<>();   // {begin, end, actor index} of every whole-word form
        for (int i = 0; i < actors.size(); i++) {
            for (String alias : actors.get(i).aliases()) {
                for (int at = WholeWords.at(text, alias, 0); at >= 0; at = WholeWords.at(text, alias, at + 1)) {
                    spans.add(new int[] {at, at + alias.length(), i});
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            int actor = i;
            boolean named = spans.stream().anyMatch(m -> m[2] == actor && spans.stream().noneMatch(o -> o[2] != actor
                    && o[0] <= m[0] && o[1] >= m[1] && o[1] - o[0] > m[1] - m[0]));
            if (named) {
                out.add(actors.get(i).name());
            }
        }
        return out;
    }
}
