package org.augur.pipeline;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.actor.ActorFinder;
import org.augur.corpus.Article;
import org.augur.forecast.Forecast;
import org.augur.forecast.ForecastFinder;
import org.augur.forecast.Horizons;
import org.augur.nlp.AnnotatedDoc;
import org.augur.nlp.Annotator;
import org.augur.nlp.TimeTagger;
import org.augur.topic.Topic;
import org.augur.topic.TopicFinder;

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

    /** The standard rule-based stages around an annotator and time tagger, with a topic taxonomy. */
    public static Pipeline standard(Annotator annotator, TimeTagger times, org.augur.topic.Taxonomy taxonomy) {
        return new Pipeline(annotator, org.augur.actor.RuleActorFinder.standard(),
                org.augur.topic.RuleTopicFinder.standard(taxonomy),
                new org.augur.forecast.RuleForecastFinder(org.augur.forecast.CueLexicon.standard(), taxonomy),
                new Horizons(times));
    }

    public ArticleResult process(Article article) {
        AnnotatedDoc doc = annotator.annotate(article, forecasts::toParse);
        List<Actor> found = actors.find(doc);
        List<Topic> topicList = topics.find(doc, found);
        List<Forecast> forecastList = horizons.add(doc, forecasts.find(doc, found));
        return new ArticleResult(article, doc.sentences().size(), doc.tokenCount(), found, topicList, forecastList);
    }
}
