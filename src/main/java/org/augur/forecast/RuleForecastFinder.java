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
import org.augur.cue.Verbs;
import org.augur.event.Gist;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Dependency;
import org.augur.nlp.Sentence;
import org.augur.nlp.Syntax;
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
 *       subject, "according to", an open quotation's speaker, the lede's "says X", else the author), a
 *       gist from the parse, the horizon from the first future time expression.</li>
 * </ol>
 */
public final class RuleForecastFinder implements ForecastFinder {

    private static final Set<String> NON_EVENT_VERBS = Set.of("see", "recall", "observe", "say", "find", "understand",
            "look", "remember", "imagine", "argue", "note");

    private static final Set<String> ANAPHORS = Set.of("its", "their", "it", "they", "this", "these", "that", "those");
    private static final Set<String> CONSEQUENCE_VERBS = Set.of("require", "mean", "entail", "violate", "need");
    /** Verbs that carry a negation down into what they embed: "I don't think that X will" (neg-raising). */
    private static final Set<String> NEG_RAISING = Set.of("think", "believe", "expect", "suppose", "imagine");
    /** Words of belief and of hope or fear that embed a forecast ("we believe that…", "I hope that…"). */
    private static final Set<String> BELIEFS = Set.of("think", "believe", "confident", "convinced", "optimistic",
            "suppose", "guess", "feel", "suspect", "reckon", "sure", "expect", "predict", "forecast", "anticipate",
            "foresee", "estimate", "project", "doubt");
    /** Nouns of belief that hold a stance as the subject of "is that…" ("my expectation is that…"). */
    private static final Set<String> BELIEF_NOUNS = Set.of("expectation", "belief", "view", "bet", "assessment",
            "impression", "suspicion", "hunch", "prediction", "guess", "sense", "feeling");
    private static final Set<String> HOPES = Set.of("hope", "fear", "wish", "worry", "afraid", "concerned", "worried",
            "fearful", "anxious");
    private static final Set<String> UNDER = Set.of("under", "according");
    /** Adverbs of habit: a modal they modify tells how things usually go. */
    private static final Set<String> HABITS = Set.of("usually", "normally", "typically", "generally", "often",
            "sometimes", "routinely", "traditionally", "customarily", "ordinarily");
    private static final Set<String> HEDGING_MODALS = Set.of("would", "could", "may", "might", "can");
    /** Texts that provide and permit: their modals describe the text, not the future. */
    private static final Set<String> LEGAL_TEXTS = Set.of("bill", "law", "act", "legislation", "proposal", "treaty",
            "ruling", "amendment", "measure", "decree", "constitution", "regulation", "ordinance", "provision",
            "statute", "directive", "judgment", "judgement");
    private static final Set<String> PROVIDING_VERBS = Set.of("allow", "permit", "let", "require", "limit", "ban",
            "prohibit", "bar", "except", "exempt", "fund", "give", "grant", "enable", "establish", "create", "provide",
            "impose", "restrict", "oblige", "force", "authorize", "authorise", "apply", "cover", "extend", "protect");
    /** Verbs of commenting, which a refusal negates ("would not comment"). */
    private static final Set<String> COMMENT_VERBS = Set.of("comment", "speculate", "elaborate", "disclose", "confirm");
    /** Words that put off comment ("it would be premature to comment"). */
    private static final Set<String> TOO_SOON = Set.of("premature", "early", "inappropriate", "wrong");
    private static final Set<String> JUDGEMENT_VERBS = Set.of("consider", "see", "regard", "view", "deem", "describe",
            "characterize", "characterise", "call", "interpret", "construe");

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
     * This mirrors {@link #predicts} and {@link Discourse}: a rule that reads the parse in a new way must
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
            boolean anchored = hasAnchor(found, s) || s.index() > 0 && hasAnchor(previous, sentences.get(s.index() - 1));
            boolean reportingVerb = found.stream().anyMatch(c -> c.reports(s));
            boolean quotation = SpeechSigns.opensQuotation(s);
            boolean accordingTo = SpeechSigns.accordingTo(s) >= 0;
            boolean maySpeak = accordingTo || quoted || speakerNamed && SpeechSigns.firstPerson(s);
            boolean mayPredict = found.stream().anyMatch(c -> c.kind().triggers() && switch (c.kind()) {
                case CAN -> anchored;
                case WOULD -> (anchored || maySpeak) && !politeWish(afterAdverbs(c, s), s);
                default -> true;
            });
            boolean candidate = !isQuestion(s) && found.stream().anyMatch(c -> c.kind().triggers());
            if (candidate && (mayPredict || reportingVerb || quotation)) {
                out.add(s.index());
            }
            speakerNamed |= reportingVerb || accordingTo || quotation;
            quoted |= quotation;
            previous = found;
        }
        return out;
    }

    /** The first token after the cue that is no adverb: "would not have", "would also like". */
    private static int afterAdverbs(Cue c, Sentence s) {
        int next = c.to();
        while (next < s.tokens().size() && s.token(next).pos().equals("RB")) {
            next++;
        }
        return next;
    }

    private static boolean isQuestion(Sentence s) {
        String t = s.text().strip();
        while (!t.isEmpty() && "\"'”’)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
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
        return candidates(doc, actors, true);
    }

    /**
     * The candidates, with their features only when {@code features} (drafting again after a parse needs
     * none). A candidate's gist, actors and topics are worked out when its draft is first asked for, so
     * the many candidates a model turns down cost no gist.
     */
    public List<Candidate> candidates(AnnotatedDoc doc, List<Actor> actors, boolean features) {
        return candidates(doc, attribution().read(doc, actors), actors, features);
    }

    /** The candidates, with who speaks each sentence read from {@code discourse} (of this same {@code doc}). */
    public List<Candidate> candidates(AnnotatedDoc doc, Discourse discourse, List<Actor> actors, boolean features) {
        List<Candidate> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        String fallback = discourse.lede().or(() -> doc.article().metadata().author()).orElse("");
        for (Sentence s : sentences) {
            Optional<String> speaker = discourse.speaker(s.index());
            if (isQuestion(s)) {
                continue;
            }
            List<Cue> found = discourse.cues(s.index());
            boolean anchored = hasAnchor(found, s)
                    || s.index() > 0 && hasAnchor(discourse.cues(s.index() - 1), sentences.get(s.index() - 1));
            List<Cue> all = new ArrayList<>();
            List<Cue> triggers = new ArrayList<>();
            List<Cue> hints = new ArrayList<>();
            for (Cue c : found) {
                if (c.kind().triggers()) {
                    all.add(c);
                    if (predicts(c, s, anchored, reportedBy(found, c, s, speaker.isPresent()))) {
                        triggers.add(c);
                    }
                } else if (c.kind().proposes()) {
                    hints.add(c);
                }
            }
            List<Integer> futureDates = ForecastFeatures.futureDates(s, doc.article().metadata().date());
            futureDates.forEach(i -> hints.add(new Cue(Cue.Kind.ANCHOR, i, i + 1, s.token(i).word())));
            if (all.isEmpty() && hints.isEmpty() || hints.isEmpty() && !all.isEmpty() && all.stream().allMatch(c -> asks(c, s))) {
                continue;   // no cue; or an indirect question ("Some ask whether the US will stay"), as a question is none
            }
            List<Cue> used = !triggers.isEmpty() ? triggers : !all.isEmpty() ? all : hints;
            String predictor = predictor(s, used, discourse, fallback);
            Forecast outline = forecast(doc, s, found, used, predictor, actors, false);
            boolean speaks = speaker.isPresent() || discourse.named(s.index()) && SpeechSigns.firstPerson(s);
            ForecastFeatures.Context context = new ForecastFeatures.Context(anchored, speaks,
                    doc.article().metadata().date(), futureDates);
            // The model reads the cues' own certainty, as it was trained; the draft reads the stance too.
            Forecast read = features ? outline.withCertainty(certainty(s, used, negations(found, used, s), false)) : outline;
            out.add(new Candidate(outline, () -> forecast(doc, s, found, used, predictor, actors, true),
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
     * A document, an event or a bare role word is never the predictor. The sentence's voice is
     * {@link Discourse#voice}.
     */
    private static String predictor(Sentence s, List<Cue> used, Discourse discourse, String fallback) {
        Optional<String> voice = discourse.voice(s.index());
        Optional<String> committer = used.stream().map(t -> discourse.committer(s, t)).flatMap(Optional::stream)
                .filter(discourse::acceptable).findFirst();
        if (committer.isPresent() && discourse.isActor(committer.get())
                && !voice.filter(discourse::isPerson).isPresent()) {
            return committer.get();
        }
        Optional<String> reporter = used.stream().map(t -> discourse.reporterOf(s, t)).flatMap(Optional::stream).findFirst();
        return reporter.or(() -> voice).or(() -> committer)
                .or(() -> discourse.paragraphSpeaker(s.index())).orElse(fallback);
    }

    private static boolean hasAnchor(List<Cue> found, Sentence s) {
        return found.stream().anyMatch(c -> c.kind() == Cue.Kind.ANCHOR || c.kind() == Cue.Kind.FUTURE
                && s.token(c.from()).pos().equals("MD"));
    }

    /**
     * Whether a trigger stands in reported speech: a reporting verb governs its clause ("said that prices
     * would rise"), or the sentence has no reporting verb of its own but inherits a speaker (a quotation).
     */
    static boolean reportedBy(List<Cue> found, Cue trigger, Sentence s, boolean hasSpeaker) {
        int clause = trigger.clauseHead(s);
        boolean ownReport = false;
        for (Cue r : found) {
            if (!r.reports(s)) {
                continue;
            }
            ownReport = true;
            if (r.from() == clause || s.children(r.from()).stream().anyMatch(d -> s.token(d.dependent()).pos().equals("MD"))) {
                continue;   // "he would say", "one should not state that": not a report of the forecast
            }
            // "…, the statement said": the reporting verb hangs on the clause it reports (parataxis).
            boolean parataxis = s.head(r.from()) == clause || governs(s, clause, r.from()) && s.relation(r.from()).equals("parataxis");
            if (s.parsed() ? governs(s, r.from(), clause) || parataxis : r.from() < trigger.from()) {
                return true;
            }
        }
        return hasSpeaker && !ownReport;
    }

    private static boolean governs(Sentence s, int governor, int token) {
        for (int up = s.head(token), steps = 0; up >= 0 && steps < 4; up = s.head(up), steps++) {
            if (up == governor) {
                return true;
            }
        }
        return false;
    }

    /** Whether a trigger cue really predicts here. */
    boolean predicts(Cue c, Sentence s, boolean anchored, boolean reported) {
        if (veto(c, s).isPresent()) {
            return false;
        }
        String word = s.token(c.from()).key();
        return switch (c.kind()) {
            case CAN -> anchored && !NON_EVENT_VERBS.contains(eventVerb(c, s).map(Token::key).orElse(""));
            case WOULD -> anchored || reported;
            case POSSIBLE -> switch (word) {
                case "chance", "risk" -> c.to() < s.tokens().size() && (s.token(c.to()).key().equals("that")
                        || s.token(c.to()).key().equals("of") && c.to() + 1 < s.tokens().size()
                        && s.token(c.to() + 1).pos().equals("VBG"));
                default -> true;
            };
            // "likely" predicts as "likely to" or beside a modal.
            case PROBABLE -> !word.equals("likely") || c.to() < s.tokens().size() && s.token(c.to()).key().equals("to")
                    || c.from() > 0 && s.token(c.from() - 1).pos().equals("MD") || anchored;
            case FUTURE -> future(c, s, s.token(c.from()));
            default -> true;
        };
    }

    /**
     * Why a trigger does not predict whatever surrounds it, where a rule can say: the reason names the
     * kind of statement it makes instead (a counterfactual, a condition, a refusal, what a law provides, a
     * habit, a description, a demand, a judgement, the past). Empty where nothing rules the trigger out;
     * it may still not predict for want of a future anchor or a speaker ({@link #predicts}). The model
     * reads the reasons as features.
     */
    static Optional<String> veto(Cue c, Sentence s) {
        Token first = s.token(c.from());
        int next = afterAdverbs(c, s);   // "would not have been", "could never have"
        int participle = next + 1;
        while (participle < s.tokens().size() && s.token(participle).pos().equals("RB")) {
            participle++;   // "could have ever expected"
        }
        boolean perfect = participle < s.tokens().size() && s.token(next).key().equals("have")
                && s.token(participle).pos().equals("VBN");
        String word = first.key();
        String reason = null;
        if (first.pos().equals("MD") && perfect) {
            reason = "counterfactual";   // "could have been": a counterfactual about the past
        } else if (inConditionClause(c, s)) {
            reason = "condition";   // "if we expect them to…": the forecast, if any, is the main clause's
        } else if (refusal(c, s)) {
            reason = "refusal";   // "said he would not comment": a refusal made now, not a forecast
        } else if (c.kind() == Cue.Kind.FUTURE && defines(c, s)) {
            reason = "description";   // "the main purpose of the UN is to maintain peace": a role, not a plan
        } else if (c.kind() == Cue.Kind.FUTURE && obliged(c, s)) {
            reason = "demand";   // "we must remain committed to…": an obligation, not a forecast
        } else if (c.kind() == Cue.Kind.WOULD && advice(c, s)) {
            reason = "judgement";   // "it would be a mistake to dismiss the summit": advice, not a forecast
        } else if (c.kind() == Cue.Kind.WOULD && politeWish(next, s)) {
            reason = "wish";   // "I would like to express…": a wish or a speech act made now
        } else if (provision(c, s)) {
            reason = "provision";   // "the bill would allow extraditions": what a text provides
        } else if (habit(c, s)) {
            reason = "habit";   // "the Secretary of State would normally succeed the governor"
        } else if (first.pos().equals("MD") && pastCondition(c, s)) {
            reason = "counterfactual";   // "Had Congress approved the reform, the deficit would be smaller"
        } else if (c.kind() == Cue.Kind.WOULD && s.relation(c.clauseHead(s)).startsWith("acl")) {
            reason = "description";   // "legislation that would fund", "assurances that it would"
        } else if (c.kind() == Cue.Kind.WOULD && CONSEQUENCE_VERBS.contains(s.token(c.clauseHead(s)).key())) {
            reason = "consequence";   // "would require approval": the consequence of a hypothetical change
        } else if (c.kind() == Cue.Kind.POSSIBLE && word.equals("could") && next > c.to()
                && s.token(c.to()).key().equals("not")) {
            reason = "past";   // "could not reach an agreement": past inability
        } else if (c.kind() == Cue.Kind.POSSIBLE && !word.equals("chance") && !word.equals("risk") && judgement(c, s)) {
            reason = "judgement";   // "could be considered bribery"
        } else if ((c.kind() == Cue.Kind.POSSIBLE && !word.equals("could") || c.kind() == Cue.Kind.PROBABLE)
                && !word.equals("chance") && !word.equals("risk") && aboutPast(c, s)) {
            reason = "past";   // "rules that probably dated from the 1990s"
        } else if (c.kind() == Cue.Kind.EXPECT && c.to() < s.tokens().size() && s.token(c.to()).key().equals("from")) {
            reason = "demand";   // "expect from Iran assurances"
        } else if (c.kind() == Cue.Kind.EXPECT && (word.equals("expect") && s.relation(c.from()).equals("amod")
                || perfectWithModal(c, s))) {
            reason = "past";   // "than anyone could have ever expected"
        }
        return Optional.ofNullable(reason);
    }

    /**
     * Nouns that, as the subject of "be to", say what something is for or what is required, not what
     * anyone intends: "the purpose of the United Nations is to maintain peace", "our duty is to…", "the
     * challenge is to…", "the only answer is to…". A goal, aim, objective, intention or plan "is to" is a
     * stated intention, which the guidelines count as a forecast.
     */
    private static final Set<String> DEFINING = Set.of("purpose", "duty", "mission", "mandate", "task", "role", "job",
            "challenge", "answer", "solution", "defence", "defense", "responsibility", "obligation", "need", "key",
            "way", "priority", "path", "lesson", "question", "problem", "point", "function", "requirement",
            "imperative", "test");

    /**
     * "be to" whose subject is a {@link #DEFINING} noun or one of {@link #ADVICE} ("the mistake would be to
     * stop…"): from the parse, or the first noun before it.
     */
    static boolean defines(Cue c, Sentence s) {
        if (c.to() - c.from() != 2 || !s.token(c.from()).key().equals("be")
                || !s.token(c.from() + 1).key().equals("to")) {
            return false;
        }
        if (s.parsed()) {
            int verb = s.relation(c.from()).startsWith("aux") ? s.head(c.from()) : c.from();
            if (verb < 0) {
                return false;
            }
            return s.children(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                    && (DEFINING.contains(s.token(d.dependent()).key())
                            || ADVICE.contains(s.token(d.dependent()).key())));
        }
        int start = c.from() - 1;
        while (start >= 0 && !s.token(start).pos().startsWith("VB") && !s.token(start).word().equals(",")) {
            start--;
        }
        for (int i = start + 1; i < c.from(); i++) {
            if (s.token(i).pos().startsWith("NN")) {
                return DEFINING.contains(s.token(i).key()) || ADVICE.contains(s.token(i).key());
            }
        }
        return false;
    }

    private static final Set<String> OBLIGING = Set.of("must", "should", "ought");

    /**
     * "we must be ready to stand up for it", "we should remain committed to…": a state the speaker says
     * someone ought to be in ("be", "remain", "stay", "stand" heading the cue) is an obligation, which the
     * guidelines do not count as a forecast.
     */
    static boolean obliged(Cue c, Sentence s) {
        if (!CueLexicon.COPULAS.contains(s.token(c.from()).key())) {
            return false;
        }
        int i = c.from() - 1;
        while (i >= 0 && s.token(i).pos().equals("RB")) {
            i--;
        }
        if (i >= 0 && s.token(i).pos().equals("MD") && OBLIGING.contains(s.token(i).key())) {
            return true;
        }
        if (!s.parsed()) {
            return false;
        }
        // "the UN must set a deadline and be prepared to walk away": the obligation of the first conjunct.
        int predicate = predicate(c.from(), s);
        if (!s.relation(predicate).equals("conj") || s.head(predicate) < 0) {
            return false;
        }
        int conjunct = s.head(predicate);
        return s.children(conjunct).stream().anyMatch(d -> d.relation().startsWith("aux")
                && OBLIGING.contains(s.token(d.dependent()).key()));
    }

    /** Words that judge an action as advice ("it would be a mistake / wise / naive to…"). */
    private static final Set<String> ADVICE = Set.of("mistake", "error", "wrong", "right", "wise", "unwise", "naive",
            "foolish", "folly", "prudent", "sensible", "advisable", "better", "best", "fair", "unfair", "irresponsible",
            "reasonable", "unreasonable", "useful", "helpful", "good", "bad", "shame", "pity", "desirable",
            "preferable", "appropriate");

    /**
     * "It would be a mistake to dismiss the summit", "it would be wise to wait": "it" standing for an
     * action judged by the speaker is advice, which the guidelines do not count ("It would be difficult
     * for the parties to agree" judges a future outcome and stays). From the parse, or from the words
     * "it would be (a) WORD to"; and such a word as the subject ("the mistake would be to stop…").
     */
    static boolean advice(Cue c, Sentence s) {
        int i = c.from();
        if (s.parsed() && s.head(i) >= 0 && s.token(s.head(i)).pos().equals("VB") && s.children(s.head(i)).stream()
                .anyMatch(d -> d.relation().equals("nsubj") && ADVICE.contains(s.token(d.dependent()).key()))) {
            return true;   // "the mistake would be to stop administering them"
        }
        if (i == 0 || !s.token(i - 1).key().equals("it")) {
            return false;
        }
        if (s.parsed()) {
            int head = s.head(i);
            return head >= 0 && ADVICE.contains(s.token(head).key())
                    && s.children(head).stream().anyMatch(d -> d.relation().matches("xcomp|acl|csubj|advcl")
                            && s.children(d.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
                                    && s.token(m.dependent()).key().equals("to")));
        }
        int j = i + 1;
        if (j >= s.tokens().size() || !s.token(j).key().equals("be")) {
            return false;
        }
        j++;
        if (j < s.tokens().size() && s.token(j).pos().equals("DT")) {
            j++;
        }
        return j + 1 < s.tokens().size() && ADVICE.contains(s.token(j).key()) && s.token(j + 1).word().equals("to");
    }

    private static final Set<String> WISHING = Set.of("like", "love", "prefer", "wish");

    /**
     * "I would like to emphasize…", "he would prefer to agree a solution": "would" before a verb of wishing
     * and "to" is the polite present of "want", not a forecast; in speeches it is mostly a speech act
     * performed by saying it ("would like to express", "to conclude"). A forecast the wish embeds has its
     * own trigger ("would like to announce that the forum will convene"). A wish to see something happen
     * ("would like to see the talks resume") is a hope, which the guidelines count as a forecast.
     */
    static boolean politeWish(int next, Sentence s) {
        List<Token> t = s.tokens();
        return next + 2 < t.size() && WISHING.contains(t.get(next).key()) && t.get(next + 1).word().equals("to")
                && t.get(next + 2).pos().equals("VB") && !t.get(next + 2).key().equals("see");
    }

    /**
     * "rules that probably dated from the 1990s", "it was possibly the largest", "has perhaps reached": a
     * probability adverb on a verb of the past judges what happened, not what will. The verb is the
     * adverb's head in the parse (unparsed: the verb after it, or a "was"/"had" before it); a modal on it
     * ("would probably have") or "was going to" keeps the future.
     */
    static boolean aboutPast(Cue c, Sentence s) {
        if (!s.token(c.from()).pos().startsWith("RB")) {
            return false;
        }
        if (!s.parsed()) {
            int next = c.to();
            if (next < s.tokens().size() && s.token(next).pos().equals("VBD")) {
                return true;
            }
            Token before = c.from() > 0 ? s.token(c.from() - 1) : null;
            return before != null && before.pos().equals("VBD") && (before.key().equals("be") || before.key().equals("have"))
                    && !(next < s.tokens().size() && s.token(next).key().equals("go"));
        }
        int h = s.head(c.from());
        if (h < 0 || s.token(h).key().equals("go") && s.token(h).pos().equals("VBG")) {
            return false;
        }
        // A participle with a subject and no auxiliary is a past tense the tagger misread ("rules that probably dated").
        boolean past = s.token(h).pos().equals("VBD") || s.token(h).pos().equals("VBN")
                && s.children(h).stream().anyMatch(d -> d.relation().equals("nsubj"))
                && s.children(h).stream().noneMatch(d -> d.relation().startsWith("aux"));
        for (Dependency d : s.children(h)) {
            Token t = s.token(d.dependent());
            if (d.relation().startsWith("aux") && t.pos().equals("MD")) {
                return false;
            }
            if ((d.relation().startsWith("aux") || d.relation().equals("cop"))
                    && (t.pos().equals("VBD") || t.key().equals("have"))) {
                past = true;
            }
        }
        return past;
    }

    /**
     * What a law, bill, treaty or ruling provides or permits, which the guidelines say is no forecast:
     * a hedging modal ("would", "could", "may", "can") whose clause has such a text as its subject and a
     * verb of providing ("the bill would allow…", "the measure would except…"), or stands under one
     * ("Under this proposal, senators would be limited…"). What happens once it passes is a forecast: not
     * where the sentence has a condition ("if passed, the bill would limit…") or another verb ("the bill
     * would become enforceable").
     */
    static boolean provision(Cue c, Sentence s) {
        Token modal = s.token(c.from());
        if (!s.parsed() || !modal.pos().equals("MD") || !HEDGING_MODALS.contains(modal.key())) {
            return false;
        }
        int head = c.clauseHead(s);
        boolean underText = false;
        boolean textSubject = false;
        for (Dependency d : s.children(head)) {
            String word = s.token(d.dependent()).key();
            if (d.relation().equals("advcl") || d.relation().equals("mark") && word.equals("if")) {
                return false;
            }
            textSubject |= d.relation().startsWith("nsubj") && LEGAL_TEXTS.contains(word);
        }
        // "Under this proposal, …", "According to the constitution, …", also over a conjoined clause
        // ("Under current law, the president is limited to two terms but senators may serve…").
        int scope = s.relation(head).equals("conj") && s.head(head) >= 0 ? s.head(head) : head;
        for (int clause : new int[] {head, scope}) {
            for (Dependency d : s.children(clause)) {
                underText |= d.relation().startsWith("obl") && LEGAL_TEXTS.contains(s.token(d.dependent()).key())
                        && s.children(d.dependent()).stream().anyMatch(k -> k.relation().equals("case")
                        && UNDER.contains(s.token(k.dependent()).key()));
            }
        }
        return underText || textSubject && PROVIDING_VERBS.contains(s.token(head).key());
    }

    /**
     * A habit or a rule, which the guidelines say is no forecast: the trigger's clause says how things
     * usually go ("would normally succeed", "would sometimes kill", "will typically take").
     */
    static boolean habit(Cue c, Sentence s) {
        if (!s.token(c.from()).pos().equals("MD")) {
            return false;
        }
        if (c.to() < s.tokens().size() && HABITS.contains(s.token(c.to()).key())) {
            return true;
        }
        return s.parsed() && s.children(c.clauseHead(s)).stream()
                .anyMatch(d -> d.relation().equals("advmod") && HABITS.contains(s.token(d.dependent()).key()));
    }

    /**
     * A condition told by inversion with "had" ("Had Congress approved the reform in 2024, the deficit
     * would now be smaller"): a counterfactual about the past, which the guidelines exclude. Read from the
     * parse (the clause's adverbial clause with "had" before its subject), or from the words: the sentence
     * opens with "Had" and the trigger comes after a comma.
     */
    static boolean pastCondition(Cue c, Sentence s) {
        if (s.parsed()) {
            for (Dependency d : s.children(c.clauseHead(s))) {
                if (!d.relation().equals("advcl")) {
                    continue;
                }
                int had = -1;
                int subject = -1;
                for (Dependency k : s.children(d.dependent())) {
                    if (k.relation().startsWith("aux") && s.token(k.dependent()).word().equalsIgnoreCase("had")) {
                        had = k.dependent();
                    } else if (k.relation().startsWith("nsubj")) {
                        subject = k.dependent();
                    }
                }
                if (had >= 0 && subject > had) {
                    return true;
                }
            }
        }
        int start = 0;
        while (start < s.tokens().size() && !Character.isLetterOrDigit(s.token(start).word().charAt(0))) {
            start++;
        }
        if (start >= c.from() || !s.token(start).word().equals("Had")) {
            return false;
        }
        for (int i = start + 1; i < c.from(); i++) {
            if (s.token(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said he would not comment", "It would be premature to speculate", "I will not elaborate": a
     * refusal to comment, made when the words were said, is no forecast. The trigger's clause is a verb of
     * commenting under a negation, or a word like "premature" governing one.
     */
    static boolean refusal(Cue c, Sentence s) {
        if (!s.parsed() || !s.token(c.from()).pos().equals("MD")) {
            return false;
        }
        int head = c.clauseHead(s);
        if (COMMENT_VERBS.contains(s.token(head).key())) {
            return s.children(head).stream().anyMatch(d -> CueLexicon.NEGATIONS.contains(s.token(d.dependent()).key()));
        }
        return TOO_SOON.contains(s.token(head).key()) && s.children(head).stream()
                .anyMatch(d -> d.relation().startsWith("xcomp") && COMMENT_VERBS.contains(s.token(d.dependent()).key()));
    }

    /**
     * "Such payments could be considered bribery", "may be seen as": a hedged judgement about the present,
     * not a forecast.
     */
    private static boolean judgement(Cue c, Sentence s) {
        Optional<Token> verb = eventVerb(c, s);
        return verb.isPresent() && verb.get().pos().equals("VBN") && JUDGEMENT_VERBS.contains(verb.get().key());
    }

    /** "than anyone could have ever expected": an expectation in the past, not about the future. */
    private static boolean perfectWithModal(Cue c, Sentence s) {
        boolean have = false;
        boolean modal = false;
        for (Dependency d : s.children(c.from())) {
            if (d.relation().equals("aux")) {
                have |= s.token(d.dependent()).key().equals("have");
                modal |= s.token(d.dependent()).pos().equals("MD");
            }
        }
        return have && modal;
    }

    /** A plan predicts when it is a verb of the present ("plans to"), not a noun or a past plan ("was planning to"). */
    private static boolean future(Cue c, Sentence s, Token first) {
        String word = first.key();
        if (word.equals("be") && first.pos().equals("VBD") && c.phrase().contains(" ")) {
            return false;   // "was scheduled to hold": a past plan
        }
        String form = first.word().toLowerCase(Locale.ROOT);
        if (form.equals("scheduled") || form.equals("set")) {
            if (s.children(c.from()).stream().anyMatch(d -> d.relation().startsWith("aux")
                    && s.token(d.dependent()).pos().equals("VBD"))) {
                return false;   // "which was also scheduled to hold"
            }
            // A bare "scheduled to" clause counts in a sentence about the present: "the states scheduled to vote are…".
            int root = s.root();
            if (root == c.from()) {
                // The parser took the participle for the main verb ("The states scheduled to hold elections
                // are…" parsed with "scheduled" as root): the sentence's own tenses tell.
                return s.tokens().stream().anyMatch(t -> t.pos().matches("VBZ|VBP|MD"))
                        && s.tokens().stream().noneMatch(t -> t.pos().equals("VBD"));
            }
            return root < 0 || s.token(root).pos().matches("VBZ|VBP|MD") || s.children(root).stream()
                    .anyMatch(d -> d.relation().matches("cop|aux.*") && s.token(d.dependent()).pos().matches("VBZ|VBP|MD"));
        }
        if (!word.equals("plan") && !word.equals("intend") && !word.equals("aim")) {
            return true;
        }
        if (!first.pos().startsWith("VB") || first.pos().equals("VBD") || first.pos().equals("VBN")) {
            return false;
        }
        for (int i = Math.max(0, c.from() - 3); i < c.from(); i++) {
            Token t = s.token(i);
            if (t.key().equals("be") && (t.pos().equals("VBD") || t.word().equalsIgnoreCase("had"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the trigger's clause is introduced by "if" or "unless" (a condition), or by "whether" (an
     * open question: "declined to say whether it would ballot members"; not a fear "concerned about
     * whether…").
     */
    static boolean inConditionClause(Cue c, Sentence s) {
        if (asks(c, s)) {
            return true;
        }
        if (!s.parsed()) {
            return false;
        }
        int head = c.clauseHead(s);
        if (s.relation(head).startsWith("aux") && s.head(head) >= 0) {
            head = s.head(head);   // "if we are to have…": "are" is the auxiliary of "have", which "if" marks
        }
        return s.children(head).stream().anyMatch(d -> d.relation().equals("mark")
                && (s.token(d.dependent()).key().equals("if") || s.token(d.dependent()).key().equals("unless")));
    }

    /**
     * Whether the trigger stands in an open question: a "whether" clause that no fear governs ("many are
     * concerned about whether progress will continue" is a fear).
     */
    static boolean asks(Cue c, Sentence s) {
        if (whetherBefore(c, s)) {
            return true;
        }
        if (!s.parsed()) {
            return false;
        }
        int head = c.clauseHead(s);
        return s.children(head).stream().anyMatch(d -> d.relation().equals("mark")
                && s.token(d.dependent()).key().equals("whether"))
                && !(s.head(head) >= 0 && HOPES.contains(s.token(s.head(head)).key()));
    }

    /**
     * "whether" opening the trigger's clause, read from the words where the parse may miss it ("whether
     * it would ballot members", with "ballot" tagged a noun): only the clause's subject between, and no
     * word of fear before it.
     */
    private static boolean whetherBefore(Cue c, Sentence s) {
        for (int i = c.from() - 1; i >= 0 && i >= c.from() - 5; i--) {
            Token t = s.token(i);
            if (t.key().equals("whether")) {
                int before = i - 1;
                while (before >= 0 && s.token(before).pos().equals("IN")) {
                    before--;   // "concerned about whether"
                }
                return before < 0 || !HOPES.contains(s.token(before).key());
            }
            if (!t.pos().matches("PRP|NNP?S?|DT|JJ|CD|POS|PRP\\$")) {
                return false;
            }
        }
        return false;
    }

    private Forecast forecast(AnnotatedDoc doc, Sentence s, List<Cue> found, List<Cue> triggers, String predictor,
                              List<Actor> actors, boolean full) {
        List<Cue> negations = negations(found, triggers, s);
        Certainty certainty = certainty(s, triggers, negations, true);
        boolean unlikely = triggers.stream().anyMatch(t -> t.kind() == Cue.Kind.UNLIKELY);
        Polarity polarity = (unlikely ^ !negations.isEmpty()) ? Polarity.NEGATIVE : Polarity.POSITIVE;
        Set<String> cueWords = new LinkedHashSet<>();
        triggers.forEach(t -> cueWords.add(t.phrase().toLowerCase(Locale.ROOT)));
        negations.forEach(n -> cueWords.add(n.phrase().toLowerCase(Locale.ROOT)));
        if (!full) {
            return new Forecast(s.index(), s.begin(), s.end(), s.text(), "", certainty, polarity,
                    new ArrayList<>(cueWords), predictor, List.of(), List.of(), "", "");
        }
        String gist = Gist.of(s, triggers, negations, predictor);
        return new Forecast(s.index(), s.begin(), s.end(), s.text(), gist, certainty, polarity,
                new ArrayList<>(cueWords), predictor, actorsIn(s, actors), topicsOf(s, doc), "", "");
    }

    /**
     * How high in the parse a trigger speaks: its clause's depth; an adverbial speaks at the verb it
     * modifies, so "prices will probably rise" and "in all likelihood, the next round will take place"
     * are as hedged as their adverbials.
     */
    private static int level(Cue t, Sentence s) {
        if (s.parsed() && !s.token(t.from()).pos().equals("MD")) {
            for (int i = t.from(); i < t.to(); i++) {
                int h = s.head(i);
                String rel = s.relation(i);
                if (h >= 0 && (h < t.from() || h >= t.to()) && (rel.equals("advmod") || rel.startsWith("obl"))
                        && s.token(h).isVerb()) {
                    return depth(s, h);
                }
            }
        }
        return depth(s, t.clauseHead(s));
    }

    private static List<Cue> negations(List<Cue> found, List<Cue> triggers, Sentence s) {
        return found.stream().filter(c -> c.kind() == Cue.Kind.NEGATION
                && triggers.stream().anyMatch(t -> inScope(c, t, s))).toList();
    }

    /**
     * How certain the triggers make a forecast: the most hedged of those highest in the parse ("her plans
     * will begin with issues on which she could find common ground" is certain; the "could" of the
     * relative clause hedges something else), hedged by a negated belief ("I don't think it will").
     * {@code read} also reads an adverb at the verb it modifies ("will probably rise") and the stance of
     * the words that embed the clause ("I hope that…"); without it, this is the cues' certainty that the
     * model's {@code rulecert} feature was trained on.
     */
    private static Certainty certainty(Sentence s, List<Cue> triggers, List<Cue> negations, boolean read) {
        java.util.function.ToIntFunction<Cue> height = t -> read ? level(t, s) : depth(s, t.clauseHead(s));
        // "One can hardly expect any progress": the modal hedges the expectation, which says how likely.
        List<Cue> hedging = read ? triggers.stream().filter(t -> !modalOnFrame(t, triggers, s)).toList() : triggers;
        int top = hedging.stream().mapToInt(height).min().orElse(0);
        Certainty certainty = Certainty.CERTAIN;
        for (Cue t : hedging) {
            if (height.applyAsInt(t) == top) {
                certainty = certainty.weaker(certaintyOf(t, s)).weaker(read ? stance(t, s) : Certainty.CERTAIN);
            }
        }
        if (negations.stream().anyMatch(n -> s.parsed() && NEG_RAISING.contains(s.token(Math.max(0, s.head(n.from()))).key()))) {
            certainty = certainty.weaker(Certainty.PROBABLE);
        }
        return certainty;
    }

    /**
     * A modal whose verb is an expectation cue among the triggers ("can … expect", "could anticipate") or
     * a verb of saying that reports the forecast ("I can announce that we will…", "I can assure you that…"):
     * it hedges the saying, not the event.
     */
    private static boolean modalOnFrame(Cue t, List<Cue> triggers, Sentence s) {
        if (!s.token(t.from()).pos().equals("MD") || !s.parsed()) {
            return false;
        }
        int verb = s.head(t.from());
        if (verb >= 0 && Verbs.SAYING.contains(s.token(verb).key())
                && s.children(verb).stream().anyMatch(d -> d.relation().equals("ccomp"))) {
            return true;
        }
        return verb >= 0 && triggers.stream().anyMatch(e -> e.kind() == Cue.Kind.EXPECT && e.from() <= verb && verb < e.to());
    }

    private static int depth(Sentence s, int token) {
        if (!s.parsed()) {
            return 0;
        }
        int d = 0;
        for (int up = s.head(token); up >= 0 && d < s.tokens().size(); up = s.head(up)) {
            d++;
        }
        return d;
    }

    /**
     * A cue's certainty; "would" with a hypothetical subject or condition ("staying in would make it
     * harder", "if X, Y would follow") is probable, reported "would" (future in the past) certain.
     */
    static Certainty certaintyOf(Cue c, Sentence s) {
        if (c.kind() == Cue.Kind.WOULD && s.parsed()) {
            int head = c.clauseHead(s);
            for (Dependency d : s.children(head)) {
                if (d.relation().startsWith("csubj") && (s.token(d.dependent()).pos().equals("VBG")
                        || s.token(d.dependent()).pos().equals("VB"))) {
                    return Certainty.PROBABLE;
                }
                if (d.relation().equals("advcl") && s.children(d.dependent()).stream()
                        .anyMatch(m -> m.relation().equals("mark") && s.token(m.dependent()).key().equals("if"))) {
                    return Certainty.PROBABLE;
                }
            }
        }
        return Certainty.of(c.kind());
    }

    /**
     * How sure the words that embed a trigger's clause make it: a belief ("I believe that X will", "we
     * remain confident that X will") is probable, a hope or a fear possible ("concerned about whether
     * progress will continue"; the guidelines' reading);
     * otherwise nothing is taken from the trigger's own certainty.
     */
    static Certainty stance(Cue t, Sentence s) {
        int clause = t.clauseHead(s);
        int up = s.parsed() ? s.head(clause) : -1;
        if (up >= 0 && (s.relation(clause).equals("ccomp") || s.relation(clause).equals("advcl"))) {
            if (s.token(up).key().equals("be")) {
                // "My central expectation is that the economy will stagnate": the subject holds the stance.
                for (Dependency d : s.children(up)) {
                    if (d.relation().equals("nsubj") && BELIEF_NOUNS.contains(s.token(d.dependent()).key())) {
                        return Certainty.PROBABLE;
                    }
                }
            }
            return stanceOf(s.token(up).key());
        }
        // Where the parse does not show it ("I hope that the talks announced last week will open…" was parsed
        // with "hope" as the subject of "open"): the stance word before the trigger that "that" follows.
        for (int i = t.from() - 2; i >= 0; i--) {
            if (s.token(i + 1).key().equals("that") && stanceOf(s.token(i).key()) != Certainty.CERTAIN) {
                return stanceOf(s.token(i).key());
            }
        }
        return Certainty.CERTAIN;
    }

    private static Certainty stanceOf(String word) {
        return HOPES.contains(word) ? Certainty.POSSIBLE : BELIEFS.contains(word) ? Certainty.PROBABLE : Certainty.CERTAIN;
    }

    /**
     * Whether a negation scopes over a trigger. With a parse: the negation hangs on the trigger's clause
     * head, on one of that head's arguments ("no breakthrough is expected"), or on a word that governs
     * the clause ("not the time to expect"). Without one: within three words before the trigger or
     * between a modal and its verb, no comma or conjunction between.
     */
    static boolean inScope(Cue negation, Cue trigger, Sentence s) {
        int n = negation.from();
        if (n > trigger.from() && n < trigger.to()) {
            return true;   // inside the phrase: "are not going to"
        }
        if (s.parsed() && !s.dependencies().isEmpty()) {
            // "no documents are expected to be signed": "are" is an auxiliary of "expected".
            int clause = predicate(trigger.clauseHead(s), s);
            int g = s.head(n);
            if (g < 0) {
                return false;
            }
            if (NEG_RAISING.contains(s.token(g).key()) && g != trigger.from() && Syntax.dominates(s, g, clause)) {
                return true;
            }
            if (g == clause || g >= trigger.from() && g < trigger.to() || s.head(g) == clause && !s.relation(g).startsWith("obl")
                    && !s.relation(g).equals("advcl") && !s.relation(g).startsWith("acl")) {
                return true;
            }
            // Climb from the clause to the words that govern it without starting a new assertion:
            // "not the time to expect" (acl), "don't think that … will" (ccomp), "not likely to" (xcomp).
            int up = clause;
            for (int steps = 0; steps < 3 && up >= 0; steps++) {
                String rel = s.relation(up);
                if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl") || rel.equals("csubj"))) {
                    return false;
                }
                up = s.head(up);
                if (up == g) {
                    return true;
                }
            }
            return false;
        }
        int from = Math.min(n, trigger.from());
        int to = Math.max(n, trigger.from());
        if (to - from > 3) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            String w = s.token(i).word();
            if (w.equals(",") || w.equals("but") || w.equals(";")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word a token stands for when it is an auxiliary or a copula ("are" in "are expected to", "be" in
     * "be ready to"): the verb or predicate it hangs on; else the token itself.
     */
    static int predicate(int token, Sentence s) {
        int head = s.head(token);
        return head >= 0 && s.relation(token).matches("aux.*|cop") ? head : token;
    }

    /** The verb the trigger predicts, when the parse shows it. */
    static Optional<Token> eventVerb(Cue trigger, Sentence s) {
        if (s.token(trigger.from()).pos().equals("MD")) {
            int h = s.head(trigger.from());
            if (h >= 0) {
                return Optional.of(s.token(h));
            }
            for (int i = trigger.to(); i < s.tokens().size(); i++) {
                if (s.token(i).pos().startsWith("VB")) {
                    return Optional.of(s.token(i));
                }
            }
        }
        return Optional.empty();
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
