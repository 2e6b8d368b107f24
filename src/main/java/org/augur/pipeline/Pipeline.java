package org.augur.pipeline;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.actor.ActorFinder;
import org.augur.corpus.Article;
import org.augur.forecast.Forecast;
import org.augur.forecast.ForecastModel;
import org.augur.forecast.ModelForecastFinder;
import org.augur.forecast.RuleForecastFinder;
import org.augur.forecast.ForecastFinder;
import org.augur.forecast.Horizons;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Annotator;
import org.augur.nlp.EntityMention;
import org.augur.nlp.Sentence;
import org.augur.nlp.TimeTagger;
import org.augur.topic.Topic;
import org.augur.topic.TopicFinder;
import org.augur.cue.CueLexicon;

/**
 * The stages in order: annotate (parsing only forecast candidates) → actors → topics → forecasts →
 * their horizons (time tagged in forecast sentences only). Stateless apart from its stages, so one
 * instance serves every worker thread.
 */
public final class Pipeline {
    private final Annotator annotator;
    private final ActorFinder actors;
    private final TopicFinder topics;
    private final ForecastFinder forecasts;
    private final Horizons horizons;

    public Pipeline(Annotator annotator, ActorFinder actors, TopicFinder topics, ForecastFinder forecasts,
                    Horizons horizons) {
        this.annotator = annotator;
        this.actors = actors;
        this.topics = topics;
        this.forecasts = forecasts;
        this.horizons = horizons;
    }

    /**
     * The standard stages around an annotator and time tagger, with a topic taxonomy: forecasts decided
     * by {@code model} when there is one, else by the cue rules alone.
     */
    public static Pipeline standard(Annotator annotator, TimeTagger times, org.augur.topic.Taxonomy taxonomy,
                                    java.util.Optional<ForecastModel> model) {
        RuleForecastFinder rules = new RuleForecastFinder(CueLexicon.standard(), taxonomy);
        ForecastFinder finder = model.<ForecastFinder>map(m -> new ModelForecastFinder(rules, m)).orElse(rules);
        return new Pipeline(annotator, org.augur.actor.RuleActorFinder.standard(),
                org.augur.topic.RuleTopicFinder.standard(taxonomy), finder, new Horizons(times));
    }

    /** The standard stages with forecasts decided by the cue rules alone. */
    public static Pipeline standard(Annotator annotator, TimeTagger times, org.augur.topic.Taxonomy taxonomy) {
        return standard(annotator, times, taxonomy, java.util.Optional.empty());
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
        List<Forecast> decided = forecasts.find(a.doc(), a.actors());
        // The forecasts decided on sentences the rules did not need parsed get their parse now where it
        // can give them a horizon (which must hang on the event's clause); their gist, polarity and
        // predictor read it too. Parsing all of them cost 5% of a run's time on the bench speeches, for
        // gists no closer to the gold's.
        java.util.Set<Integer> unparsed = new java.util.TreeSet<>();
        decided.forEach(f -> {
            Sentence s = a.doc().sentences().get(f.sentence());
            if (!s.parsed() && horizons.mayHoldHorizon(s)) {
                unparsed.add(f.sentence());
            }
        });
        AnnotatedDoc doc = unparsed.isEmpty() ? a.doc() : annotator.parse(a.doc(), unparsed);
        List<Forecast> drafted = doc == a.doc() ? decided : forecasts.redraft(doc, a.actors(), decided);
        List<Forecast> forecastList = horizons.add(doc, drafted);
        return new ArticleResult(article, a.annotated().sentences().size(), a.annotated().tokenCount(), a.actors(),
                topicList, forecastList);
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
