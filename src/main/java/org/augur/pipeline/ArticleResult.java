package org.augur.pipeline;

import java.util.List;
import org.augur.actor.Actor;
import org.augur.corpus.Article;
import org.augur.forecast.Forecast;
import org.augur.topic.Topic;

/**
 * Everything Augur extracted from one article, and how many of its characters no token holds
 * ({@link org.augur.nlp.AnnotatedDoc#untokenizable()}).
 */
public record ArticleResult(Article article, int sentences, int tokens, long untokenizable, List<Actor> actors,
                            List<Topic> topics, List<Forecast> forecasts) {
    public ArticleResult {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        forecasts = List.copyOf(forecasts);
    }
}
