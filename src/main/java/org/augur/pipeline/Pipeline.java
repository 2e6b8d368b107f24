package org.augur.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.augur.actor.Actor;
import org.augur.actor.ActorFinder;
import org.augur.actor.RuleActorFinder;
import org.augur.attribution.Attribution;
import org.augur.attribution.Discourse;
import org.augur.corpus.Article;
import org.augur.cue.CueLexicon;
import org.augur.event.Horizons;
import org.augur.forecast.Decisions;
import org.augur.forecast.Forecast;
import org.augur.forecast.ForecastFinder;
import org.augur.forecast.ForecastModel;
import org.augur.forecast.ModelForecastFinder;
import org.augur.forecast.RuleForecastFinder;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Annotator;
import org.augur.nlp.EntityMention;
import org.augur.nlp.Sentence;
import org.augur.nlp.TimeTagger;
import org.augur.topic.RuleTopicFinder;
import org.augur.topic.Taxonomy;
import org.augur.topic.Topic;
import org.augur.topic.TopicFinder;

/**
 * The stages in the order the data flows: annotate (parsing only what the decision needs) → actors →
 * topics → who speaks (attribution) → candidates → decide → parse what was kept → describe → the
 * horizons (time tagged in forecast sentences only) → rows. Stateless apart from its stages, so one
 * instance serves every worker thread.
 */
public final class Pipeline {
    private final Annotator annotator;
    private final ActorFinder actors;
    private final TopicFinder topics;
    private final Attribution attribution;
    private final ForecastFinder forecasts;
    private final Horizons horizons;

    public Pipeline(Annotator annotator, ActorFinder actors, TopicFinder topics, Attribution attribution,
                    ForecastFinder forecasts, Horizons horizons) {
        this.annotator = annotator;
        this.actors = actors;
        this.topics = topics;
        this.attribution = attribution;
        this.forecasts = forecasts;
        this.horizons = horizons;
    }

    /**
     * The standard stages around an annotator and time tagger, with a topic taxonomy: forecasts decided
     * by {@code model} when there is one, else by the cue rules alone.
     */
    public static Pipeline standard(Annotator annotator, TimeTagger times, Taxonomy taxonomy,
                                    Optional<ForecastModel> model) {
        CueLexicon cues = CueLexicon.standard();
        RuleForecastFinder rules = new RuleForecastFinder(cues, taxonomy);
        ForecastFinder finder = model.<ForecastFinder>map(m -> new ModelForecastFinder(rules, m)).orElse(rules);
        return new Pipeline(annotator, RuleActorFinder.standard(), RuleTopicFinder.standard(taxonomy),
                new Attribution(cues), finder, new Horizons(times));
    }

    /** The standard stages with forecasts decided by the cue rules alone. */
    public static Pipeline standard(Annotator annotator, TimeTagger times, Taxonomy taxonomy) {
        return standard(annotator, times, taxonomy, Optional.empty());
    }

    /** An article annotated (as the extractors see it) and its actors: what every later stage reads. */
    public record Analysis(AnnotatedDoc annotated, AnnotatedDoc doc, List<Actor> actors) {
    }

    public Analysis analyse(Article article) {
        AnnotatedDoc annotated = annotator.annotate(article, forecasts::toParse);
        AnnotatedDoc doc = taggedOnly(annotated);
        return new Analysis(annotated, doc, actors.find(doc));
    }

    public ArticleResult process(Article article) {
        Analysis a = analyse(article);
        List<Topic> topicList = topics.find(a.doc(), a.actors());
        Discourse discourse = attribution.read(a.doc(), a.actors());
        Decisions decided = forecasts.decide(a.doc(), discourse, a.actors());
        AnnotatedDoc doc = parseKept(a.doc(), decided);
        Discourse heard = doc == a.doc() ? discourse : attribution.read(doc, a.actors());
        List<Forecast> described = forecasts.describe(doc, heard, a.actors(), decided);
        List<Forecast> forecastList = described.stream()
                .map(f -> horizons.of(doc, f.sentence(), f.cues()).map(h -> f.withHorizon(h.value(), h.text())).orElse(f))
                .toList();
        return new ArticleResult(article, a.annotated().sentences().size(), a.annotated().tokenCount(),
                a.annotated().untokenizable(), a.actors(), topicList, forecastList);
    }

    /**
     * The document with the kept forecasts' sentences parsed where the decision did not need them parsed
     * but their parse can give them a horizon (which must hang on the event's clause); their gist,
     * polarity and predictor read it too. Parsing all of them cost 5% of a run's time on the bench
     * speeches, for gists no closer to the gold's. The same document when none needs it.
     */
    private AnnotatedDoc parseKept(AnnotatedDoc doc, Decisions decided) {
        Set<Integer> unparsed = new TreeSet<>();
        for (int i : decided.sentences()) {
            Sentence s = doc.sentences().get(i);
            if (!s.parsed() && horizons.mayHoldHorizon(s)) {
                unparsed.add(i);
            }
        }
        return unparsed.isEmpty() ? doc : annotator.parse(doc, unparsed);
    }

    /**
     * The document as the extractors should see it: a sentence too long to be tagged
     * ({@link Annotator#MAX_TAGGED_TOKENS}) keeps its place, offsets and text but shows no tokens. Rules
     * over untagged tokens find only noise, and some of them grow with the square of a sentence's cues
     * (9 s for one 100,000-token sentence); the sentence still counts in documents.csv.
     */
    static AnnotatedDoc taggedOnly(AnnotatedDoc doc) {
        if (doc.sentences().stream().allMatch(Pipeline::tagged)) {
            return doc;
        }
        List<Sentence> sentences = doc.sentences().stream()
                .map(s -> tagged(s) ? s : Sentence.shallow(s.index(), s.begin(), s.end(), s.text(), List.of()))
                .toList();
        List<EntityMention> mentions = doc.mentions().stream()
                .filter(m -> tagged(doc.sentences().get(m.sentence())))
                .toList();
        return new AnnotatedDoc(doc.article(), sentences, mentions);
    }

    private static boolean tagged(Sentence s) {
        return s.tokens().size() <= Annotator.MAX_TAGGED_TOKENS;
    }
}
